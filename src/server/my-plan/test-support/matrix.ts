/** Authorisation matrix rows: the patient's plan in plain language. */
import { expect, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /api/me/plain-plan': { request: () => ({ url: '/api/me/plain-plan' }), expect: expect.patientOnly(200) },
};
