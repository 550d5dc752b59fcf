/** Authorisation matrix rows: care plans. */
import { expect, pa, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /api/patients/:patientId/plans': { request: (c) => ({ url: pa(c, '/plans') }), expect: expect.record(200) },
  'GET /api/patients/:patientId/plans/:planId': { request: (c) => ({ url: pa(c, `/plans/${c.f.planId}`) }), expect: expect.record(200) },
  'PATCH /api/patients/:patientId/plans/:planId/steps/:stepId': {
    request: (c) => ({ url: pa(c, `/plans/${c.f.planId}/steps/${c.f.stepId}`), body: { status: 'accepted', note: 'matrix' } }),
    expect: expect.clinicianRecord(200),
  },
};
