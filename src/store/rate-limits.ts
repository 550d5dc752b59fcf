/**
 * Fixed-window counters in the database, so that several servers count one limit together. One atomic upsert per
 * hit (SQLite and PostgreSQL both evaluate ON CONFLICT ... DO UPDATE against the row's old values).
 */
import { sql } from 'kysely';
import type { Executor } from './executor.js';

export interface Hit {
  count: number;
  /** Milliseconds until the window ends. */
  ttl: number;
}

export async function hitCounter(db: Executor, key: string, windowMs: number, nowMs: number): Promise<Hit> {
  const expired = nowMs - windowMs;
  const r = await sql<{ count: number; window_start: number }>`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, CAST(${nowMs} AS bigint), 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.window_start <= CAST(${expired} AS bigint) THEN 1 ELSE rate_limits.count + 1 END,
      window_start = CASE WHEN rate_limits.window_start <= CAST(${expired} AS bigint) THEN CAST(${nowMs} AS bigint) ELSE rate_limits.window_start END
    RETURNING count, window_start`.execute(db);
  const row = r.rows[0]!;
  return { count: Number(row.count), ttl: Math.max(0, Number(row.window_start) + windowMs - nowMs) };
}

export async function resetCounter(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

/** Removes counters whose window ended long ago (housekeeping). */
export async function purgeCounters(db: Executor, olderThanMs: number): Promise<number> {
  const r = await db.deleteFrom('rate_limits').where('window_start', '<', olderThanMs).executeTakeFirst();
  return Number(r.numDeletedRows);
}
