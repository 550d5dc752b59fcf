/** Authorisation matrix rows: the care profile. */
import { expect, pa, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /api/patients/:patientId/care-profile': { request: (c) => ({ url: pa(c, '/care-profile') }), expect: expect.record(200) },
  'PUT /api/patients/:patientId/care-profile': { request: (c) => ({ url: pa(c, '/care-profile'), body: { goals: [], preferences: [] } }), expect: expect.clinicianRecord(200) },
};
