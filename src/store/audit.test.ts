import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, queryAudit, verifyAuditChain, type AuditEventInput } from './audit.js';
import { openTestStore, testDatabases, type TestStore } from './test-support/databases.js';
import { reportSkipped } from './test-support/report.js';

const dbs = await testDatabases();
reportSkipped(dbs, 'audit chain');

const event = (i: number, over: Partial<AuditEventInput> = {}): AuditEventInput => ({
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  actorId: `user-${i % 3}`,
  actorRole: 'clinician',
  action: i % 2 ? 'read' : 'create',
  resourceType: 'Finding',
  resourceId: `f-${i}`,
  patientId: i % 2 ? 'p-1' : 'p-2',
  outcome: 'success',
  statusCode: 200,
  ip: '127.0.0.1',
  userAgent: 'test',
  method: 'GET',
  path: '/api/x',
  detail: { i },
  ...over,
});

describe.each(dbs.run)('audit chain on %s', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(kind);
  });
  afterAll(async () => {
    await store.dispose();
  });

  it('appends in order, links each event to the previous one, and verifies', async () => {
    for (let i = 1; i <= 25; i++) await appendAudit(store, event(i));
    const v = await verifyAuditChain(store.db, 7);
    expect(v).toMatchObject({ ok: true, events: 25, headSeq: 25 });
  });

  it('keeps one gap-free order under concurrent appends', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendAudit(store, event(100 + i))));
    const v = await verifyAuditChain(store.db);
    expect(v).toMatchObject({ ok: true, events: 45 });
  });

  it('filters by patient, actor, action and time, newest first', async () => {
    const rows = await queryAudit(store.db, { patientId: 'p-1', action: 'read', limit: 5 });
    expect(rows.length).toBe(5);
    expect(rows.every((r) => r.patient_id === 'p-1' && r.action === 'read')).toBe(true);
    expect(rows[0]!.seq).toBeGreaterThan(rows[1]!.seq);
    const early = await queryAudit(store.db, { to: '2026-01-01T00:00:05.000Z' });
    expect(early.map((r) => r.resource_id).sort()).toEqual(['f-1', 'f-2', 'f-3', 'f-4', 'f-5']);
    const paged = await queryAudit(store.db, { before: 3 });
    expect(paged.map((r) => r.seq)).toEqual([2, 1]);
  });

  it('refuses updates and deletes at the database level', async () => {
    await expect(store.db.updateTable('audit_events').set({ outcome: 'failure' }).where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
    await expect(store.db.deleteFrom('audit_events').where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
    if (kind === 'postgres') await expect(sql`truncate audit_events`.execute(store.db)).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(store.db)).ok).toBe(true);
  });

  it('names the first broken link when an event is altered behind the triggers', async () => {
    // Simulate tampering by someone with raw database access who drops the protection.
    if (kind === 'sqlite') await sql`DROP TRIGGER audit_events_no_update`.execute(store.db);
    else await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change`.execute(store.db);
    await store.db.updateTable('audit_events').set({ resource_id: 'tampered' }).where('seq', '=', 7).execute();
    const v = await verifyAuditChain(store.db, 4);
    expect(v).toMatchObject({ ok: false, brokenAt: 7, events: 6 });
    if (!v.ok) expect(v.reason).toMatch(/altered/);
  });
});
