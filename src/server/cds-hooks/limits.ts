/**
 * Request limits for the CDS Hooks service, in the database like every limit (several servers count together):
 * - calls with a valid JWT count per EHR (`iss`), not per client address: one EHR back end may call for a whole
 *   hospital. The count is read before any work, with the replay check (store/cds-calls.ts: a refusal costs no
 *   write), and incremented in the same transaction as the call's audit event and jti, so a call costs one commit;
 * - calls that fail authentication count per client address, so bad tokens cannot be tried without bound.
 * Both allow SPINEPATH_CDS_RATE_LIMIT calls a minute.
 */
import { hitCounter } from '../../store/rate-limits.js';
import type { Executor } from '../../store/executor.js';
import { tooManyRequests } from '../errors.js';

export const WINDOW_MS = 60_000;

export const issuerKey = (iss: string | null, ip: string): string => (iss ? `cds:iss:${iss}` : `cds:unsigned:${ip}`);
export const failureKey = (ip: string): string => `cds:fail:${ip}`;

export const refuse = (what: string, max: number, ttlMs: number) => tooManyRequests(`too many CDS Hooks calls ${what}: at most ${max} a minute; try again in ${Math.ceil(ttlMs / 1000)} s`, ttlMs / 1000);

/** Counts one call. */
export async function countCall(db: Executor, key: string, nowMs: number): Promise<number> {
  return (await hitCounter(db, key, WINDOW_MS, nowMs)).count;
}

/** Counts an authentication failure from this address: the 429 to answer instead of 401 once its minute is used up. */
export async function countFailure(db: Executor, ip: string, max: number, nowMs: number): Promise<ReturnType<typeof refuse> | undefined> {
  const h = await hitCounter(db, failureKey(ip), WINDOW_MS, nowMs);
  return h.count > max ? refuse('that failed authentication from this address', max, h.ttl) : undefined;
}
