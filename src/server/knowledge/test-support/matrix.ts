/** Authorisation matrix rows: the knowledge base (reference data, no patient data). */
import { expect, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /api/knowledge': { request: () => ({ url: '/api/knowledge' }), expect: expect.clinicianOrAdmin(200) },
  'GET /api/knowledge/:kind/:id': { request: () => ({ url: '/api/knowledge/causes/recurrent-disc-herniation' }), expect: expect.clinicianOrAdmin(200) },
};
