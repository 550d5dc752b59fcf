/**
 * Sign-in sessions, kept in the database so that any server behind a load balancer knows them. The cookie holds a
 * random token; the table holds its SHA-256, so a copy of the database holds no usable session.
 */
import type { Executor } from './executor.js';
import { randomToken, sha256 } from './ids.js';
import type { SessionsTable } from './schema.js';

export async function createSession(
  db: Executor,
  s: { userId: string; now: Date; ttlMs: number; ip: string | null; userAgent: string | null },
): Promise<{ token: string; idHash: string; expiresAt: string }> {
  const token = randomToken();
  const idHash = sha256(token);
  const expiresAt = new Date(s.now.getTime() + s.ttlMs).toISOString();
  await db
    .insertInto('sessions')
    .values({
      id_hash: idHash,
      user_id: s.userId,
      created_at: s.now.toISOString(),
      expires_at: expiresAt,
      last_seen_at: s.now.toISOString(),
      ip: s.ip,
      user_agent: s.userAgent ? s.userAgent.slice(0, 300) : null,
    })
    .execute();
  return { token, idHash, expiresAt };
}

export async function findSession(db: Executor, token: string): Promise<SessionsTable | undefined> {
  return db.selectFrom('sessions').selectAll().where('id_hash', '=', sha256(token)).executeTakeFirst();
}

/** Slides an idle session's expiry forward (called at most about once a minute per session). */
export async function touchSession(db: Executor, idHash: string, now: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Executor, now: string): Promise<number> {
  const r = await db.deleteFrom('sessions').where('expires_at', '<', now).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Ends every other session of a user (after a password change). */
export async function deleteOtherSessions(db: Executor, userId: string, keepIdHash: string | undefined): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepIdHash) q = q.where('id_hash', '!=', keepIdHash);
  await q.execute();
}
