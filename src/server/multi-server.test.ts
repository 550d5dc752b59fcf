/**
 * Several servers behave as one: two app instances, each with its own connection pool to the same PostgreSQL
 * database, share sessions, CSRF verification, sign-in rate limits, lock-out counters and one audit chain. (SQLite
 * serves one server: docs/server.md, "Several servers".)
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../store/audit.js';
import { fixedClock } from '../store/clock.js';
import { openStore, type Store } from '../store/connect.js';
import { createUser } from '../store/users.js';
import { openTestStore, PG_TEST_URL, testDatabases, type TestStore } from '../store/test-support/databases.js';
import { reportSkipped } from '../store/test-support/report.js';
import { buildApp } from './app.js';
import { hashPassword } from './auth/password.js';
import { TEST_NOW, TEST_PASSWORD, TEST_SECRET, testConfig } from './test-support/harness.js';

const dbs = await testDatabases();
reportSkipped(dbs, 'two servers on one database');

describe.each(dbs.run.filter((k) => k === 'postgres'))('two servers on one database (%s)', (kind) => {
  let first: TestStore;
  let second: Store;
  let a: FastifyInstance;
  let b: FastifyInstance;
  const config = testConfig({ loginPerMinute: 3, loginMaxFailures: 4 });
  beforeAll(async () => {
    first = await openTestStore(kind);
    second = await openStore({ databaseUrl: PG_TEST_URL, pgSchema: first.schema, pgPoolMax: 2 });
    const clock = fixedClock(TEST_NOW);
    a = await buildApp({ config, store: first, secret: TEST_SECRET, clock, logger: false });
    b = await buildApp({ config, store: second, secret: TEST_SECRET, clock, logger: false });
    const hash = await hashPassword(TEST_PASSWORD, config.passwordHash);
    await createUser(first.db, { email: 'admin@multi.test', displayName: 'A', role: 'admin', passwordHash: hash }, TEST_NOW);
    await createUser(first.db, { email: 'victim@multi.test', displayName: 'V', role: 'admin', passwordHash: hash }, TEST_NOW);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await second?.close();
    await first?.dispose();
  });

  const login = (app: FastifyInstance, email: string, password = TEST_PASSWORD, ip = '10.0.0.1') =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });

  it('a session and its CSRF token made on one server work on the other', async () => {
    const res = await login(a, 'admin@multi.test');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const created = await b.inject({ method: 'POST', url: '/api/admin/care-teams', payload: { name: 'Made on B' }, headers: { cookie, 'x-csrf-token': res.json().csrfToken } });
    expect(created.statusCode).toBe(201);
    const out = await b.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': res.json().csrfToken } });
    expect(out.statusCode).toBe(204);
    expect((await a.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('counts the sign-in rate limit across servers', async () => {
    const ip = '10.9.9.9';
    expect((await login(a, 'nobody@multi.test', 'x', ip)).statusCode).toBe(401);
    expect((await login(b, 'nobody@multi.test', 'x', ip)).statusCode).toBe(401);
    expect((await login(a, 'nobody@multi.test', 'x', ip)).statusCode).toBe(401);
    const fourth = await login(b, 'nobody@multi.test', 'x', ip);
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json().errors[0].path).toBe('(client)');
    expect((await login(b, 'nobody@multi.test', 'x', '10.9.9.10')).statusCode).toBe(401); // another address
  });

  it('locks an account after failures spread over both servers', async () => {
    for (const [app, ip] of [[a, '10.1.0.1'], [b, '10.1.0.2'], [a, '10.1.0.3']] as const) expect((await login(app, 'victim@multi.test', 'wrong one', ip)).statusCode).toBe(401);
    expect((await login(b, 'victim@multi.test', 'wrong one', '10.1.0.4')).statusCode).toBe(429);
    expect((await login(a, 'victim@multi.test', TEST_PASSWORD, '10.1.0.5')).statusCode).toBe(429);
  });

  it('extends one audit chain from both servers, in one order', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => login(i % 2 ? a : b, 'admin@multi.test', TEST_PASSWORD, `10.2.0.${i}`)));
    const v = await verifyAuditChain(first.db);
    expect(v.ok).toBe(true);
    const seqs = (await first.db.selectFrom('audit_events').select('seq').orderBy('seq').execute()).map((r) => Number(r.seq));
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });
});
