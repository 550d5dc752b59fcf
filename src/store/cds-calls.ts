/**
 * What a CDS Hooks call needs to know before doing any work, in one read (one round trip on PostgreSQL): whether its
 * jti is already in the replay cache, and how many calls its EHR has made in the current rate-limit window.
 */
import { sql } from 'kysely';
import type { Executor } from './executor.js';

export interface Preflight {
  /** The cached expiry of this jti, when it is in the replay cache. */
  jtiExpiresAt: string | null;
  /** Calls counted under `counterKey` in the window that contains `nowMs`. */
  count: number;
  /** Milliseconds until that window ends. */
  ttl: number;
}

export async function cdsPreflight(db: Executor, q: { jtiKey: string | null; counterKey: string; windowMs: number; nowMs: number }): Promise<Preflight> {
  const r = await sql<{ jti_expires_at: string | null; count: number | string | null; window_start: number | string | null }>`
    SELECT (SELECT expires_at FROM cds_jti WHERE jti = ${q.jtiKey ?? ''}) AS jti_expires_at,
           (SELECT count FROM rate_limits WHERE key = ${q.counterKey}) AS count,
           (SELECT window_start FROM rate_limits WHERE key = ${q.counterKey}) AS window_start`.execute(db);
  const row = r.rows[0]!;
  const start = row.window_start === null ? null : Number(row.window_start);
  const current = start !== null && start > q.nowMs - q.windowMs;
  return {
    jtiExpiresAt: q.jtiKey ? row.jti_expires_at : null,
    count: current ? Number(row.count) : 0,
    ttl: current ? Math.max(0, start + q.windowMs - q.nowMs) : q.windowMs,
  };
}
