/** Authorisation matrix rows: clinical sign-off. */
import { expect, pa, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /api/patients/:patientId/assessments/:assessmentId/sign-offs': { request: (c) => ({ url: pa(c, `/assessments/${c.f.assessmentId}/sign-offs`) }), expect: expect.clinicianRecord(200) },
  'POST /api/patients/:patientId/assessments/:assessmentId/sign-offs': {
    request: (c) => ({ url: pa(c, `/assessments/${c.f.assessmentId}/sign-offs`), body: { decisions: [{ recommendation: c.f.recommendation, decision: 'accept' }] } }),
    expect: expect.clinicianRecord(201),
  },
};
