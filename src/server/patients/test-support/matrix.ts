/** Authorisation matrix rows: patient records. */
import { expect, pa, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /api/patients': { request: () => ({ url: '/api/patients' }), expect: expect.clinicianOnly(200) },
  'POST /api/patients': {
    request: () => ({ url: '/api/patients', body: { familyName: 'Matrix', givenName: 'Mo', birthDate: '1970-05-05', sex: 'other' } }),
    expect: expect.clinicianOnly(201),
  },
  'GET /api/patients/:patientId': { request: (c) => ({ url: pa(c) }), expect: expect.record(200) },
  'PATCH /api/patients/:patientId': { request: (c) => ({ url: pa(c), body: { givenName: 'Anna' } }), expect: expect.clinicianRecord(200) },
  'GET /api/patients/:patientId/case': { request: (c) => ({ url: pa(c, '/case') }), expect: expect.clinicianRecord(200) },
  'GET /api/patients/:patientId/export': { request: (c) => ({ url: pa(c, '/export') }), expect: expect.record(200) },
};
