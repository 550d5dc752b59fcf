/** API tokens for scripts and other systems (bearer authentication). Stored as SHA-256; shown once at creation. */
import type { Executor } from './executor.js';
import { newId, randomToken, sha256 } from './ids.js';
import type { ApiTokensTable } from './schema.js';

export const TOKEN_PREFIX = 'spt_';

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const toToken = (r: ApiTokensTable): ApiToken => ({
  id: r.id,
  name: r.name,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export async function createApiToken(
  db: Executor,
  t: { userId: string; name: string; now: string; expiresAt: string | null },
): Promise<{ token: string; record: ApiToken }> {
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  const row: ApiTokensTable = {
    id: newId(),
    user_id: t.userId,
    name: t.name,
    token_hash: sha256(token),
    created_at: t.now,
    expires_at: t.expiresAt,
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto('api_tokens').values(row).execute();
  return { token, record: toToken(row) };
}

export async function findApiToken(db: Executor, token: string): Promise<ApiTokensTable | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', sha256(token)).executeTakeFirst();
}

export async function markTokenUsed(db: Executor, id: string, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export async function listApiTokens(db: Executor, userId: string): Promise<ApiToken[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at').execute();
  return rows.map(toToken);
}

export async function revokeApiToken(db: Executor, userId: string, id: string, now: string): Promise<boolean> {
  const r = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
