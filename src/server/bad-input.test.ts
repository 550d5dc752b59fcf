/**
 * Bad input and failures: malformed JSON, wrong types, unknown fields, oversized bodies, wrong media types, bad query
 * parameters, unknown routes: a 4xx naming the field, and nothing half-written. A write whose audit event cannot be
 * stored is rolled back whole; a read whose audit event cannot be stored returns no data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../store/migrations.js';
import { testDatabases } from '../store/test-support/databases.js';
import { reportSkipped } from '../store/test-support/report.js';
import { startTestServer, type TestServer } from './test-support/harness.js';

const dbs = await testDatabases();
reportSkipped(dbs, 'bad input');

describe.each(dbs.run)('bad input on %s', (kind) => {
  let t: TestServer;
  let url: string;
  const count = async () => Number((await t.store.db.selectFrom('episodes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  beforeAll(async () => {
    t = await startTestServer(kind, { bodyLimit: 4096 });
    url = `/api/patients/${t.patientA.id}/episodes`;
  });
  afterAll(async () => {
    await t.close();
  });
  const c = () => t.callers.clinicianIn;

  it('malformed JSON: 400 with line and column, nothing written', async () => {
    const before = await count();
    const r = await t.call(c(), 'POST', url, '{"data": {"date": "2024-01-01",\n  "region": lumbar}}');
    expect(r.statusCode).toBe(400);
    // Node 20's JSON.parse gives the offending text (newer versions also the line and column).
    expect(r.json().errors).toEqual([{ path: '(body)', message: expect.stringMatching(/^malformed JSON.*lumbar/) }]);
    expect(await count()).toBe(before);
  });

  it('wrong types and unknown fields: 400 naming each field', async () => {
    const r = await t.call(c(), 'POST', url, { data: { date: '2024-13-01', region: 'lumbar', procedure: 'discectomy', levels: 'L4-L5', instrumented: 'no', fusion: false, colour: 'red' }, extra: 1 });
    expect(r.statusCode).toBe(400);
    const paths = r.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['body.data.colour', 'body.data.date', 'body.data.instrumented', 'body.data.levels', 'body.extra'].sort());
    const body = await t.call(c(), 'POST', url, [1, 2]);
    expect(body.json().errors[0].path).toBe('body');
  });

  it('oversized body: 413 naming the body, nothing written', async () => {
    const before = await count();
    const r = await t.call(c(), 'POST', url, { data: { date: '2024-01-01', region: 'lumbar', procedure: 'discectomy', levels: ['L4-L5'], instrumented: false, fusion: false, note: 'x'.repeat(5000) } });
    expect(r.statusCode).toBe(413);
    expect(r.json().errors[0].path).toBe('(body)');
    expect(await count()).toBe(before);
  });

  it('wrong media type, empty JSON, prototype poisoning', async () => {
    const text = await t.call(c(), 'POST', url, '<data/>', { 'content-type': 'application/xml' });
    expect(text.statusCode).toBe(415);
    expect(text.json().errors[0].path).toBe('(header) content-type');
    const empty = await t.call(c(), 'POST', url, '', { 'content-type': 'application/json' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('(body)');
    const proto = await t.call(c(), 'POST', url, '{"data": {"__proto__": {"admin": true}}}');
    expect(proto.statusCode).toBe(400);
  });

  it('bad query and path parameters, unknown routes', async () => {
    const q = await t.call(t.callers.admin, 'GET', '/api/audit?limit=lots&colour=red');
    expect(q.statusCode).toBe(400);
    expect(q.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['query.colour', 'query.limit']);
    const nf = await t.call(c(), 'GET', '/api/nothing-here');
    expect(nf.statusCode).toBe(404);
    expect(nf.json().errors[0]).toEqual({ path: '(url)', message: 'route GET /api/nothing-here not found' });
    const rec = await t.call(c(), 'GET', `${url}/no-such-record`);
    expect(rec.json().errors[0]).toEqual({ path: 'params.recordId', message: 'Episode not found' });
  });

  it('a write whose audit event cannot be stored is rolled back whole (500, nothing written)', async () => {
    const before = await count();
    await t.store.db.deleteFrom('audit_head').execute();
    try {
      const r = await t.call(c(), 'POST', url, { data: { date: '2024-01-01', region: 'lumbar', procedure: 'discectomy', levels: ['L4-L5'], instrumented: false, fusion: false } });
      expect(r.statusCode, r.body).toBe(500);
      expect(r.json().errors).toEqual([{ path: '(server)', message: 'internal error' }]);
      expect(await count()).toBe(before);
      const read = await t.call(c(), 'GET', url);
      expect(read.statusCode).toBe(500);
      expect(read.body).not.toContain('discectomy');
    } finally {
      const last = await t.store.db.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
      await t.store.db.insertInto('audit_head').values({ id: 1, seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH }).execute();
    }
  });
});
