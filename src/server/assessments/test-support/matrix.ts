/** Authorisation matrix rows: assessments. */
import { expect, pa, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /api/patients/:patientId/assessments': { request: (c) => ({ url: pa(c, '/assessments') }), expect: expect.record(200) },
  'POST /api/patients/:patientId/assessments': { request: (c) => ({ url: pa(c, '/assessments'), body: { assessmentDate: '2026-04-14' } }), expect: expect.clinicianRecord(201) },
  'GET /api/patients/:patientId/assessments/:assessmentId': { request: (c) => ({ url: pa(c, `/assessments/${c.f.assessmentId}`) }), expect: expect.record(200) },
  'GET /api/patients/:patientId/assessments/:assessmentId/reproduction': {
    request: (c) => ({ url: pa(c, `/assessments/${c.f.assessmentId}/reproduction`) }),
    expect: expect.clinicianRecord(200),
  },
};
