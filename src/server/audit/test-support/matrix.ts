/** Authorisation matrix rows: the audit trail (admins only). */
import { expect, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /api/audit': { request: () => ({ url: '/api/audit?limit=5' }), expect: expect.adminOnly(200) },
  'GET /api/audit/fhir': { request: () => ({ url: '/api/audit/fhir?limit=5' }), expect: expect.adminOnly(200) },
  'GET /api/audit/verify': { request: () => ({ url: '/api/audit/verify' }), expect: expect.adminOnly(200) },
};
