/** Authorisation matrix rows: PDF documents of a stored assessment. */
import { expect, pa, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /api/patients/:patientId/assessments/:assessmentId/letter.pdf': {
    request: (c) => ({ url: pa(c, `/assessments/${c.f.assessmentId}/letter.pdf`) }),
    expect: expect.clinicianRecord(200),
  },
  'GET /api/patients/:patientId/assessments/:assessmentId/patient-plan.pdf': {
    request: (c) => ({ url: pa(c, `/assessments/${c.f.assessmentId}/patient-plan.pdf`) }),
    expect: expect.record(200),
  },
};
