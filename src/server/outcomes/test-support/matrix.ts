/** Authorisation matrix rows: outcomes. */
import { expect, pa, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /api/patients/:patientId/outcomes': { request: (c) => ({ url: pa(c, '/outcomes') }), expect: expect.record(200) },
};
