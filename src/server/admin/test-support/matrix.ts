/** Authorisation matrix rows: administration. */
import { randomUUID } from 'node:crypto';
import { createPatient } from '../../../store/patients.js';
import { createUser } from '../../../store/users.js';
import { expect, type CellContext, type MatrixTable } from '../../test-support/matrix.js';

const freshClinician = async (c: CellContext) =>
  (await createUser(c.t.store.db, { email: `c-${randomUUID()}@test`, displayName: 'c', role: 'clinician', passwordHash: 'x' }, c.t.clock.now().toISOString())).id;

export const matrix: MatrixTable = {
  'GET /api/admin/users': { request: () => ({ url: '/api/admin/users' }), expect: expect.adminOnly(200) },
  'POST /api/admin/users': {
    request: () => ({ url: '/api/admin/users', body: { email: `n-${randomUUID()}@test.org`, displayName: 'New', role: 'clinician', password: 'a long enough passphrase 1' } }),
    expect: expect.adminOnly(201),
  },
  'PATCH /api/admin/users/:userId': { request: async (c) => ({ url: `/api/admin/users/${await freshClinician(c)}`, body: { disabled: true } }), expect: expect.adminOnly(200) },
  'GET /api/admin/care-teams': { request: () => ({ url: '/api/admin/care-teams' }), expect: expect.adminOnly(200) },
  'POST /api/admin/care-teams': { request: () => ({ url: '/api/admin/care-teams', body: { name: `Team ${randomUUID()}` } }), expect: expect.adminOnly(201) },
  'PUT /api/admin/care-teams/:teamId/members/:userId': {
    request: async (c) => ({ url: `/api/admin/care-teams/${c.t.teamB}/members/${await freshClinician(c)}` }),
    expect: expect.adminOnly(204),
  },
  'DELETE /api/admin/care-teams/:teamId/members/:userId': {
    request: async (c) => {
      const id = await freshClinician(c);
      await c.t.store.db.insertInto('care_team_members').values({ team_id: c.t.teamB, user_id: id, created_at: c.t.clock.now().toISOString() }).execute();
      return { url: `/api/admin/care-teams/${c.t.teamB}/members/${id}` };
    },
    expect: expect.adminOnly(204),
  },
  'GET /api/admin/patients': { request: () => ({ url: '/api/admin/patients' }), expect: expect.adminOnly(200) },
  'PUT /api/admin/patients/:patientId/care-team': {
    // A patient of its own, so that moving it changes nobody else's access.
    request: async (c) => {
      const p = await createPatient(c.t.store.db, { careTeamId: c.t.teamA, familyName: 'Move', givenName: 'Me', birthDate: '1980-01-01', sex: 'unknown' }, null, c.t.clock.now().toISOString());
      return { url: `/api/admin/patients/${p.id}/care-team`, body: { careTeamId: c.t.teamB } };
    },
    expect: expect.adminOnly(204),
  },
};
