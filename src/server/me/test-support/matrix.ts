/** Authorisation matrix rows: /api/me and the patient-facing endpoints (own record only). */
import { expect, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /api/me': { request: () => ({ url: '/api/me' }), expect: expect.signedIn(200) },
  'GET /api/me/questionnaires/due': { request: () => ({ url: '/api/me/questionnaires/due' }), expect: expect.patientOnly(200) },
  'POST /api/me/questionnaires': {
    request: () => ({ url: '/api/me/questionnaires', body: { instrument: 'nrs', answers: { 'nrs-back': 3, 'nrs-leg': 6 } } }),
    expect: expect.patientOnly(201),
  },
  'GET /api/me/diary': { request: () => ({ url: '/api/me/diary' }), expect: expect.patientOnly(200) },
  'POST /api/me/diary': { request: () => ({ url: '/api/me/diary', body: { nrs: 5, note: 'after a walk' } }), expect: expect.patientOnly(201) },
  'GET /api/me/plan': { request: () => ({ url: '/api/me/plan' }), expect: expect.patientOnly(200) },
};
