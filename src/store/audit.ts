/**
 * The audit trail: append-only and hash-chained.
 *
 * Each event's hash is SHA-256 over the previous event's hash and the event's own content (a fixed-order JSON array,
 * so the encoding is unambiguous). Order comes from the database: an append locks the single `audit_head` row
 * (PostgreSQL `SELECT ... FOR UPDATE`; SQLite has one writer at a time), takes `seq + 1` and the head hash, inserts the
 * event and moves the head, all in the caller's transaction. Several servers on one PostgreSQL database therefore
 * extend one chain in one order. Updates and deletes of audit_events are refused by database triggers
 * (migrations.ts). `verifyAuditChain` recomputes the chain and names the first broken link.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DialectName, Store } from './connect.js';
import { newId } from './ids.js';
import { GENESIS_HASH } from './migrations.js';
import type { AuditEventsTable, Database } from './schema.js';

export interface AuditEventInput {
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  patientId: string | null;
  outcome: 'success' | 'failure';
  statusCode: number;
  ip: string | null;
  userAgent: string | null;
  method: string | null;
  path: string | null;
  detail?: Record<string, unknown> | null;
}

export type AuditRow = AuditEventsTable;

/** The hashed content of an event, in a fixed order. */
function content(e: Omit<AuditRow, 'hash'>): unknown[] {
  return [
    e.seq,
    e.id,
    e.at,
    e.actor_id,
    e.actor_role,
    e.action,
    e.resource_type,
    e.resource_id,
    e.patient_id,
    e.outcome,
    e.status_code,
    e.ip,
    e.user_agent,
    e.method,
    e.path,
    e.detail,
  ];
}

export function auditHash(e: Omit<AuditRow, 'hash'>): string {
  return createHash('sha256').update(e.prev_hash).update('\n').update(JSON.stringify(content(e))).digest('hex');
}

/** Appends one event inside the caller's transaction; returns its position and hash. */
export async function appendAuditEvent(trx: Transaction<Database>, dialect: DialectName, e: AuditEventInput): Promise<{ seq: number; hash: string }> {
  let q = trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
  if (dialect === 'postgres') q = q.forUpdate();
  const head = await q.executeTakeFirstOrThrow();
  const row: Omit<AuditRow, 'hash'> = {
    seq: Number(head.seq) + 1,
    id: newId(),
    at: e.at,
    actor_id: e.actorId,
    actor_role: e.actorRole,
    action: e.action,
    resource_type: e.resourceType,
    resource_id: e.resourceId,
    patient_id: e.patientId,
    outcome: e.outcome,
    status_code: e.statusCode,
    ip: e.ip,
    user_agent: e.userAgent ? e.userAgent.slice(0, 300) : null,
    method: e.method,
    path: e.path ? e.path.slice(0, 500) : null,
    detail: e.detail ? JSON.stringify(e.detail) : null,
    prev_hash: head.hash,
  };
  const hash = auditHash(row);
  await trx.insertInto('audit_events').values({ ...row, hash }).execute();
  await trx.updateTable('audit_head').set({ seq: row.seq, hash }).where('id', '=', 1).execute();
  return { seq: row.seq, hash };
}

/** Appends one event in a transaction of its own. */
export async function appendAudit(store: Store, e: AuditEventInput): Promise<{ seq: number; hash: string }> {
  return store.db.transaction().execute((trx) => appendAuditEvent(trx, store.dialect, e));
}

export interface AuditFilter {
  patientId?: string;
  actorId?: string;
  action?: string;
  outcome?: 'success' | 'failure';
  resourceType?: string;
  /** ISO timestamps, inclusive. */
  from?: string;
  to?: string;
  /** Only events with seq below this (paging backwards from the newest). */
  before?: number;
  limit?: number;
}

/** Events matching the filter, newest first. */
export async function queryAudit(db: Kysely<Database>, f: AuditFilter): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_events').selectAll();
  if (f.patientId) q = q.where('patient_id', '=', f.patientId);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.outcome) q = q.where('outcome', '=', f.outcome);
  if (f.resourceType) q = q.where('resource_type', '=', f.resourceType);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<=', f.to);
  if (f.before !== undefined) q = q.where('seq', '<', f.before);
  const rows = await q.orderBy('seq', 'desc').limit(Math.min(f.limit ?? 100, 1000)).execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq), status_code: Number(r.status_code) }));
}

export type ChainVerification =
  | { ok: true; events: number; headSeq: number; headHash: string }
  | { ok: false; events: number; brokenAt: number; reason: string };

/**
 * Recomputes the chain from the first event. Reports the first event whose sequence, link or hash is wrong, and a
 * head row that disagrees with the last event (events removed from the end).
 */
export async function verifyAuditChain(db: Kysely<Database>, pageSize = 2000): Promise<ChainVerification> {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let count = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq', 'asc')
      .limit(pageSize)
      .execute();
    for (const raw of page) {
      const r = { ...raw, seq: Number(raw.seq), status_code: Number(raw.status_code) };
      if (r.seq !== expectedSeq) {
        return { ok: false, events: count, brokenAt: expectedSeq, reason: `event ${expectedSeq} is missing (next present is ${r.seq})` };
      }
      if (r.prev_hash !== prev) {
        return { ok: false, events: count, brokenAt: r.seq, reason: `event ${r.seq} does not link to event ${r.seq - 1} (prev_hash differs)` };
      }
      const { hash, ...rest } = r;
      const recomputed = auditHash(rest);
      if (recomputed !== hash) {
        return { ok: false, events: count, brokenAt: r.seq, reason: `event ${r.seq} was altered (its hash does not match its content)` };
      }
      prev = hash;
      expectedSeq++;
      count++;
    }
    if (page.length < pageSize) break;
  }
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  if (!head) return { ok: false, events: count, brokenAt: expectedSeq, reason: 'the audit head row is missing' };
  if (Number(head.seq) !== count || head.hash !== prev) {
    return {
      ok: false,
      events: count,
      brokenAt: Math.min(Number(head.seq), count) + 1,
      reason: `the chain head says ${Number(head.seq)} events but ${count} link up (events removed from the end?)`,
    };
  }
  return { ok: true, events: count, headSeq: count, headHash: prev };
}
