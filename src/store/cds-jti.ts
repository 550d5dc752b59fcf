/**
 * The JWT replay cache for CDS Hooks (a `jti` may be used once until its token expires), in the database so that a
 * token replayed to another server behind the load balancer is refused too.
 */
import type { Executor } from './executor.js';

/**
 * Records a jti; false when it was already seen and has not expired (a replay). One statement: an insert that, on a
 * conflict, takes over the row only when the earlier token has expired.
 */
export async function rememberJti(db: Executor, j: { jti: string; issuer: string; expiresAt: string; now: string }): Promise<boolean> {
  const key = `${j.issuer} ${j.jti}`;
  const r = await db
    .insertInto('cds_jti')
    .values({ jti: key, issuer: j.issuer, expires_at: j.expiresAt })
    .onConflict((oc) => oc.column('jti').doUpdateSet({ issuer: j.issuer, expires_at: j.expiresAt }).where('cds_jti.expires_at', '<', j.now))
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function purgeExpiredJti(db: Executor, now: string): Promise<number> {
  const r = await db.deleteFrom('cds_jti').where('expires_at', '<', now).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Whether a jti is in the cache and unexpired (a read: lets a service refuse a replay before doing any work). */
export async function jtiSeen(db: Executor, j: { jti: string; issuer: string; now: string }): Promise<boolean> {
  const r = await db.selectFrom('cds_jti').select('expires_at').where('jti', '=', `${j.issuer} ${j.jti}`).executeTakeFirst();
  return !!r && r.expires_at >= j.now;
}
