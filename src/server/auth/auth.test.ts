import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryAudit } from '../../store/audit.js';
import { testDatabases } from '../../store/test-support/databases.js';
import { reportSkipped } from '../../store/test-support/report.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../test-support/harness.js';

const dbs = await testDatabases();
reportSkipped(dbs, 'sign-in and sessions');

describe.each(dbs.run)('sign-in and sessions on %s', (kind) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(kind, { loginMaxFailures: 3 });
  });
  afterAll(async () => {
    await t.close();
  });

  it('signs in with a session cookie that is HttpOnly and SameSite=Lax, and returns a CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'Clinician.In@test', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const session = res.cookies.find((c) => c.name === 'sp_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session.secure).toBeFalsy(); // development/test: Secure only in production
    expect(res.json().csrfToken).toEqual(expect.any(String));
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('starts a new session at every sign-in and ends the one the browser had', async () => {
    const first = await t.signIn('clinician.out@test');
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'clinician.out@test', password: TEST_PASSWORD }, headers: { cookie: first.cookie! } });
    expect(again.statusCode).toBe(200);
    expect((await t.call(first, 'GET', '/api/me')).statusCode).toBe(401);
    const second = again.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    expect((await t.call({ ...first, cookie: second }, 'GET', '/api/me')).statusCode).toBe(200);
  });

  it('refuses a cookie-authenticated write without the CSRF token, accepts it with the token', async () => {
    const c = t.callers.clinicianIn;
    const without = await t.call({ ...c, csrf: undefined }, 'POST', '/api/auth/tokens', { name: 'x' });
    expect(without.statusCode).toBe(403);
    expect(without.json().errors[0].path).toBe('(header) x-csrf-token');
    const wrong = await t.call({ ...c, csrf: t.callers.clinicianOut.csrf }, 'POST', '/api/auth/tokens', { name: 'x' });
    expect(wrong.statusCode).toBe(403);
    const ok = await t.call(c, 'POST', '/api/auth/tokens', { name: 'script' });
    expect(ok.statusCode).toBe(201);
  });

  it('accepts bearer tokens without CSRF and refuses revoked ones', async () => {
    const created = await t.call(t.callers.clinicianIn, 'POST', '/api/auth/tokens', { name: 'ci' });
    const token = created.json().token as string;
    const bearer = { name: 'bearer', userId: null, role: null, token };
    expect((await t.call(bearer, 'POST', '/api/auth/tokens', { name: 'from-token' })).statusCode).toBe(201);
    expect((await t.call(t.callers.clinicianIn, 'DELETE', `/api/auth/tokens/${created.json().record.id}`)).statusCode).toBe(204);
    expect((await t.call(bearer, 'GET', '/api/auth/tokens')).statusCode).toBe(401);
    expect((await t.call({ ...bearer, token: 'spt_garbage' }, 'GET', '/api/auth/tokens')).statusCode).toBe(401);
  });

  it('locks an account after repeated failures, in the database, and audits each attempt', async () => {
    const bad = () => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'patient.b@test', password: 'wrong password here' } });
    expect((await bad()).statusCode).toBe(401);
    expect((await bad()).statusCode).toBe(401);
    const locking = await bad();
    expect(locking.statusCode).toBe(429);
    expect(locking.json().errors[0].message).toMatch(/locked until/);
    // While locked even the right password is refused.
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'patient.b@test', password: TEST_PASSWORD } });
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(t.config.lockoutMs + 1000);
    expect((await t.signIn('patient.b@test')).userId).toEqual(expect.any(String));
    const events = await queryAudit(t.store.db, { action: 'login', outcome: 'failure' });
    expect(events.length).toBe(4);
    expect(JSON.parse(events[0]!.detail!)).toMatchObject({ email: 'patient.b@test', reason: 'locked' });
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const a = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@test', password: 'whatever it is' } });
    const b = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@test', password: 'whatever it is' } });
    expect([a.statusCode, b.statusCode]).toEqual([401, 401]);
    expect(a.json()).toEqual(b.json());
  });

  it('ends a session at logout and after the idle timeout', async () => {
    const c = await t.signIn('clinician.out@test');
    expect((await t.call(c, 'GET', '/api/auth/tokens')).statusCode).toBe(200);
    expect((await t.call(c, 'POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await t.call(c, 'GET', '/api/auth/tokens')).statusCode).toBe(401);
    const d = await t.signIn('clinician.out@test');
    t.clock.advance(t.config.sessionIdleMs + 1000);
    expect((await t.call(d, 'GET', '/api/auth/tokens')).statusCode).toBe(401);
  });

  it('changes a password with the current one, by the policy', async () => {
    const c = await t.signIn('admin@test');
    const weak = await t.call(c, 'POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors[0].path).toBe('body.newPassword');
    const wrong = await t.call(c, 'POST', '/api/auth/password', { currentPassword: 'nope', newPassword: 'a much longer passphrase 42' });
    expect(wrong.json().errors[0].path).toBe('body.currentPassword');
    expect((await t.call(c, 'POST', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a much longer passphrase 42' })).statusCode).toBe(204);
    await expect(t.signIn('admin@test')).rejects.toThrow(/401/);
    expect((await t.signIn('admin@test', 'a much longer passphrase 42')).role).toBe('admin');
  });
});

describe('API rate limit (database counters)', () => {
  it('answers 429 naming the client once the per-minute limit is used up, and resets with the window', async () => {
    const t = await startTestServer('sqlite', { rateLimitPerMinute: 5 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) codes.push((await t.call(t.callers.clinicianIn, 'GET', '/api/me')).statusCode);
      expect(codes.slice(0, 5).every((c) => c === 200)).toBe(true);
      const limited = await t.call(t.callers.clinicianIn, 'GET', '/api/me');
      expect(limited.statusCode).toBe(429);
      expect(limited.json().errors[0].path).toBe('(client)');
      expect(limited.headers['retry-after']).toBeDefined();
      expect((await t.call(t.callers.anonymous, 'GET', '/health')).statusCode).toBe(200); // health is not limited
      t.clock.advance(61_000);
      expect((await t.call(t.callers.clinicianIn, 'GET', '/api/me')).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
