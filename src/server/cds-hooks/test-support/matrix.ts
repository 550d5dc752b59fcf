/**
 * Authorisation matrix rows: CDS Hooks. Discovery is public (no patient data). The service and its feedback endpoint
 * accept only a JWT signed by an allowlisted EHR: SpinePath sessions and API tokens do not count, so every caller of
 * the matrix (none of which is an EHR) gets 401. The signed path is tested in routes.test.ts and jwt.test.ts.
 */
import { expect, type MatrixTable } from '../../test-support/matrix.js';

const unsignedEveryone = expect.custom(401, 401, 401, 401, 401, 401);
const request = { hook: 'patient-view', hookInstance: 'a6f0c6c2-5d0e-4a55-9d64-0b8d3d7e7b11', context: { userId: 'Practitioner/example', patientId: 'example' }, prefetch: { patient: null } };
const feedback = { feedback: [{ card: '4e0a3a1e-3283-4575-ab82-028d55fe2719', outcome: 'overridden', outcomeTimestamp: '2026-04-14T09:00:00Z' }] };

export const matrix: MatrixTable = {
  'GET /cds-services': { request: () => ({ url: '/cds-services' }), expect: expect.public(200) },
  'POST /cds-services/spinepath-patient-view': { request: () => ({ url: '/cds-services/spinepath-patient-view', body: request }), expect: unsignedEveryone },
  'POST /cds-services/spinepath-patient-view/feedback': { request: () => ({ url: '/cds-services/spinepath-patient-view/feedback', body: feedback }), expect: unsignedEveryone },
};
