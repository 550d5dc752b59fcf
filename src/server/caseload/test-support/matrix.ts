/** Authorisation matrix rows: the caseload. */
import { expect, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /api/caseload': { request: () => ({ url: '/api/caseload' }), expect: expect.clinicianOnly(200) },
};
