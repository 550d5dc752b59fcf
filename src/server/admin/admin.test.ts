/** Administration: accounts, care teams, patient transfer; access follows the care team at once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../store/test-support/databases.js';
import { reportSkipped } from '../../store/test-support/report.js';
import { startTestServer, type TestServer } from '../test-support/harness.js';

const dbs = await testDatabases();
reportSkipped(dbs, 'administration');

describe.each(dbs.run)('administration on %s', (kind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(kind);
  });
  afterAll(async () => {
    await t.close();
  });
  const a = () => t.callers.admin;

  it('creates accounts by the password policy, links patient accounts to their record', async () => {
    const weak = await t.call(a(), 'POST', '/api/admin/users', { email: 'x@clinic.org', displayName: 'X', role: 'clinician', password: 'password' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors[0].path).toBe('body.password');
    const noRecord = await t.call(a(), 'POST', '/api/admin/users', { email: 'p@clinic.org', displayName: 'P', role: 'patient', password: 'a long passphrase here' });
    expect(noRecord.json().errors[0].path).toBe('body.patientId');
    const badEmail = await t.call(a(), 'POST', '/api/admin/users', { email: 'not-an-email', displayName: 'P', role: 'admin', password: 'a long passphrase here' });
    expect(badEmail.json().errors[0].path).toBe('body.email');
    const ok = await t.call(a(), 'POST', '/api/admin/users', { email: 'New.Doc@Clinic.org', displayName: 'New Doc', role: 'clinician', password: 'a long passphrase here', careTeamIds: [t.teamB] });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ email: 'new.doc@clinic.org', role: 'clinician' });
    const dup = await t.call(a(), 'POST', '/api/admin/users', { email: 'new.doc@clinic.org', displayName: 'Again', role: 'admin', password: 'a long passphrase here' });
    expect(dup.statusCode).toBe(409);
    const doc = await t.signIn('new.doc@clinic.org', 'a long passphrase here');
    expect((await t.call(doc, 'GET', '/api/me')).json().careTeams[0].id).toBe(t.teamB);
    const list = await t.call(a(), 'GET', '/api/admin/users?role=clinician');
    expect(list.json().users.map((u: { email: string }) => u.email)).toContain('new.doc@clinic.org');
  });

  it('disables an account (its sessions end) and unlocks a locked one', async () => {
    const u = (await t.call(a(), 'POST', '/api/admin/users', { email: 'temp@clinic.org', displayName: 'Temp', role: 'admin', password: 'a long passphrase here' })).json();
    const s = await t.signIn('temp@clinic.org', 'a long passphrase here');
    expect((await t.call(a(), 'PATCH', `/api/admin/users/${u.id}`, { disabled: true })).json().disabled).toBe(true);
    expect((await t.call(s, 'GET', '/api/me')).statusCode).toBe(401);
    await expect(t.signIn('temp@clinic.org', 'a long passphrase here')).rejects.toThrow(/401/);
    const self = await t.call(a(), 'PATCH', `/api/admin/users/${t.callers.admin.userId}`, { disabled: true });
    expect(self.json().errors[0].path).toBe('body.disabled');
    await t.store.db.updateTable('users').set({ locked_until: '2999-01-01T00:00:00.000Z' }).where('id', '=', u.id).execute();
    const unlocked = await t.call(a(), 'PATCH', `/api/admin/users/${u.id}`, { unlock: true, disabled: false });
    expect(unlocked.json()).toMatchObject({ disabled: false, lockedUntil: null });
    expect((await t.signIn('temp@clinic.org', 'a long passphrase here')).role).toBe('admin');
    expect((await t.call(a(), 'PATCH', '/api/admin/users/nobody', { disabled: true })).statusCode).toBe(404);
  });

  it('manages care teams, and moving a patient moves who can see the record', async () => {
    const team = await t.call(a(), 'POST', '/api/admin/care-teams', { name: 'Team C' });
    expect(team.statusCode).toBe(201);
    expect((await t.call(a(), 'POST', '/api/admin/care-teams', { name: 'Team C' })).statusCode).toBe(409);
    const out = t.callers.clinicianOut;
    expect((await t.call(a(), 'PUT', `/api/admin/care-teams/${team.json().id}/members/${t.callers.patientA.userId}`)).json().errors[0].path).toBe('params.userId');
    const pid = t.patientB.id;
    expect((await t.call(out, 'GET', `/api/patients/${pid}`)).statusCode).toBe(404);
    expect((await t.call(a(), 'PUT', `/api/admin/patients/${pid}/care-team`, { careTeamId: t.teamB })).statusCode).toBe(204);
    expect((await t.call(out, 'GET', `/api/patients/${pid}`)).statusCode).toBe(200);
    expect((await t.call(t.callers.clinicianIn, 'GET', `/api/patients/${pid}`)).statusCode).toBe(404);
    expect((await t.call(a(), 'PUT', `/api/admin/patients/${pid}/care-team`, { careTeamId: 'nope' })).json().errors[0].path).toBe('body.careTeamId');
    expect((await t.call(a(), 'PUT', `/api/admin/patients/${pid}/care-team`, { careTeamId: t.teamA })).statusCode).toBe(204);
    // Membership: remove the in-team clinician from team A and access goes with it.
    expect((await t.call(a(), 'DELETE', `/api/admin/care-teams/${t.teamA}/members/${t.callers.clinicianIn.userId}`)).statusCode).toBe(204);
    expect((await t.call(t.callers.clinicianIn, 'GET', `/api/patients/${pid}`)).statusCode).toBe(404);
    expect((await t.call(a(), 'PUT', `/api/admin/care-teams/${t.teamA}/members/${t.callers.clinicianIn.userId}`)).statusCode).toBe(204);
    expect((await t.call(t.callers.clinicianIn, 'GET', `/api/patients/${pid}`)).statusCode).toBe(200);
    const teams = (await t.call(a(), 'GET', '/api/admin/care-teams')).json().careTeams;
    expect(teams.find((x: { id: string }) => x.id === t.teamA).members).toContain(t.callers.clinicianIn.userId);
  });

  it('lists patients without names or clinical data', async () => {
    const r = (await t.call(a(), 'GET', '/api/admin/patients')).json();
    expect(Object.keys(r.patients[0]).sort()).toEqual(['careTeamId', 'createdAt', 'id', 'mrn']);
    expect((await t.call(a(), 'GET', `/api/patients/${t.patientA.id}`)).statusCode).toBe(403);
  });
});
