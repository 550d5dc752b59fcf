/**
 * Who is calling: a bearer API token (`Authorization: Bearer spt_...`) or a session cookie, checked against the
 * database (so every server behind a load balancer agrees). Expired, revoked or disabled means anonymous.
 */
import type { FastifyRequest } from 'fastify';
import { deleteSession, findSession, touchSession } from '../../store/sessions.js';
import { findApiToken, markTokenUsed, TOKEN_PREFIX } from '../../store/tokens.js';
import { teamIdsOf } from '../../store/teams.js';
import { getUserRow } from '../../store/users.js';
import type { AppContext, Principal } from '../context.js';
import { sessionCookieName } from './cookies.js';

/** Sessions and tokens record activity at most this often (a write per request would be wasted). */
const TOUCH_EVERY_MS = 60_000;

export async function authenticate(req: FastifyRequest, ctx: AppContext): Promise<Principal | null> {
  const auth = req.headers.authorization;
  if (auth && /^bearer /i.test(auth)) return fromToken(auth.slice(7).trim(), ctx);
  const cookie = req.cookies[sessionCookieName(ctx.config)];
  if (cookie) return fromSession(cookie, ctx);
  return null;
}

async function principalOf(userId: string, ctx: AppContext, via: Principal['via'], extra: Partial<Principal>): Promise<Principal | null> {
  const user = await getUserRow(ctx.store.db, userId);
  if (!user || user.disabled) return null;
  return {
    userId: user.id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    patientId: user.patient_id,
    teamIds: user.role === 'clinician' ? await teamIdsOf(ctx.store.db, user.id) : [],
    via,
    ...extra,
  };
}

async function fromToken(token: string, ctx: AppContext): Promise<Principal | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await findApiToken(ctx.store.db, token);
  const now = ctx.clock.now();
  if (!row || row.revoked_at || (row.expires_at && row.expires_at <= now.toISOString())) return null;
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > TOUCH_EVERY_MS) {
    await markTokenUsed(ctx.store.db, row.id, now.toISOString());
  }
  return principalOf(row.user_id, ctx, 'token', { tokenId: row.id });
}

async function fromSession(token: string, ctx: AppContext): Promise<Principal | null> {
  const s = await findSession(ctx.store.db, token);
  if (!s) return null;
  const now = ctx.clock.now();
  const absoluteEnd = Date.parse(s.created_at) + ctx.config.sessionTtlMs;
  if (Date.parse(s.expires_at) <= now.getTime() || absoluteEnd <= now.getTime()) {
    await deleteSession(ctx.store.db, s.id_hash);
    return null;
  }
  if (now.getTime() - Date.parse(s.last_seen_at) > TOUCH_EVERY_MS) {
    const expires = new Date(Math.min(absoluteEnd, now.getTime() + ctx.config.sessionIdleMs)).toISOString();
    await touchSession(ctx.store.db, s.id_hash, now.toISOString(), expires);
  }
  return principalOf(s.user_id, ctx, 'session', { sessionIdHash: s.id_hash });
}
