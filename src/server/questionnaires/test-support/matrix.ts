/** Authorisation matrix rows: instruments, questionnaire responses, schedules, the diary on a record. */
import { expect, pa, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'GET /api/instruments': { request: () => ({ url: '/api/instruments' }), expect: expect.signedIn(200) },
  'GET /api/instruments/:instrumentId': { request: () => ({ url: '/api/instruments/odi' }), expect: expect.signedIn(200) },
  'GET /api/patients/:patientId/questionnaires': { request: (c) => ({ url: pa(c, '/questionnaires') }), expect: expect.record(200) },
  'POST /api/patients/:patientId/questionnaires': {
    request: (c) => ({ url: pa(c, '/questionnaires'), body: { instrument: 'nrs', date: '2026-04-01', answers: { 'nrs-back': 2, 'nrs-leg': 5 } } }),
    expect: expect.clinicianRecord(201),
  },
  'GET /api/patients/:patientId/questionnaires/:responseId': { request: (c) => ({ url: pa(c, `/questionnaires/${c.f.responseId}`) }), expect: expect.record(200) },
  'GET /api/patients/:patientId/questionnaire-schedule': { request: (c) => ({ url: pa(c, '/questionnaire-schedule') }), expect: expect.record(200) },
  'PUT /api/patients/:patientId/questionnaire-schedule': {
    request: (c) => ({ url: pa(c, '/questionnaire-schedule'), body: { schedules: [{ instrument: 'nrs', everyDays: 7 }] } }),
    expect: expect.clinicianRecord(200),
  },
  'GET /api/patients/:patientId/diary': { request: (c) => ({ url: pa(c, '/diary') }), expect: expect.record(200) },
};
