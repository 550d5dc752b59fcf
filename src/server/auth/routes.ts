/**
 * Sign-in and credentials: POST /api/auth/login (session cookie + CSRF token), POST /api/auth/logout,
 * GET /api/auth/csrf, POST /api/auth/password, and API tokens for scripts (GET/POST /api/auth/tokens,
 * DELETE /api/auth/tokens/:tokenId).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sha256 } from '../../store/ids.js';
import { createSession, deleteOtherSessions, deleteSession } from '../../store/sessions.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../store/tokens.js';
import { getUserRow, toUser, updateUser } from '../../store/users.js';
import { ALL_ROLES } from '../context.js';
import { ApiError, notFound, tooManyRequests, unauthorized } from '../errors.js';
import { errorResponses, idParam, userSchema } from '../schemas.js';
import { auditedWrite } from '../audit/record.js';
import { baseCookieOptions, csrfCookieName, sessionCookieName } from './cookies.js';
import { attemptLogin } from './login.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';

const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.ctx;

  app.post(
    '/api/auth/login',
    {
      config: {
        access: { public: true },
        audit: { action: 'login', resource: 'Session' },
        rateLimit: { max: config.loginPerMinute, timeWindow: 60_000 },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password: sets the session cookie and returns the CSRF token for writes',
        body: z.object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) }).strict(),
        response: { 200: z.object({ user: userSchema, csrfToken: z.string(), expiresAt: z.string() }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const { clock } = app.ctx;
      const outcome = await attemptLogin(app.ctx, req.body.email, req.body.password);
      if (!outcome.ok) {
        req.auditNote.actorId = outcome.userId;
        req.auditNote.detail = { email: req.body.email.trim().toLowerCase(), reason: outcome.reason };
        if (outcome.reason === 'locked') {
          const wait = (Date.parse(outcome.lockedUntil) - clock.now().getTime()) / 1000;
          throw tooManyRequests(`too many failed sign-ins: the account is locked until ${outcome.lockedUntil}`, wait);
        }
        throw unauthorized('e-mail or password is wrong');
      }
      const now = clock.now();
      const ttl = Math.min(config.sessionIdleMs, config.sessionTtlMs);
      const previous = req.cookies[sessionCookieName(config)];
      const session = await auditedWrite(req, 200, async (trx) => {
        // A new session on every sign-in; the one this browser had before ends (no session fixation).
        if (previous) await deleteSession(trx, sha256(previous));
        const s = await createSession(trx, { userId: outcome.user.id, now, ttlMs: ttl, ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
        req.auditNote.actorId = outcome.user.id;
        return { result: s, resourceId: s.idHash.slice(0, 16), patientId: outcome.user.patient_id ?? undefined };
      });
      reply.setCookie(sessionCookieName(config), session.token, { ...baseCookieOptions(config), maxAge: Math.floor(config.sessionTtlMs / 1000) });
      const csrfToken = reply.generateCsrf({ userInfo: session.idHash });
      return { user: toUser(outcome.user), csrfToken, expiresAt: session.expiresAt };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: { roles: ALL_ROLES }, audit: { action: 'logout', resource: 'Session' } },
      schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.undefined(), ...errorResponses } },
    },
    async (req, reply) => {
      const p = req.principal!;
      await auditedWrite(req, 204, async (trx) => {
        if (p.sessionIdHash) await deleteSession(trx, p.sessionIdHash);
        return { result: null, resourceId: p.sessionIdHash?.slice(0, 16) ?? p.tokenId };
      });
      reply.clearCookie(sessionCookieName(config), baseCookieOptions(config));
      reply.clearCookie(csrfCookieName(config), baseCookieOptions(config));
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/auth/csrf',
    {
      config: { access: { roles: ALL_ROLES }, audit: false },
      schema: { tags: ['auth'], summary: 'A CSRF token for cookie-authenticated writes (x-csrf-token header)', response: { 200: z.object({ csrfToken: z.string() }), ...errorResponses } },
    },
    async (req, reply) => ({ csrfToken: reply.generateCsrf({ userInfo: req.principal!.sessionIdHash ?? '' }) }),
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: { roles: ALL_ROLES }, audit: { action: 'update', resource: 'User' } },
      schema: {
        tags: ['auth'],
        summary: 'Change your password (ends your other sessions)',
        body: z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().min(1).max(1024) }).strict(),
        response: { 204: z.undefined(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const p = req.principal!;
      const row = await getUserRow(app.ctx.store.db, p.userId);
      if (!row || !(await verifyPassword(row.password_hash, req.body.currentPassword))) {
        throw new ApiError(400, [{ path: 'body.currentPassword', message: 'the current password is wrong' }]);
      }
      const problem = passwordProblem(req.body.newPassword, p.email);
      if (problem) throw new ApiError(422, [{ path: 'body.newPassword', message: problem }]);
      const hash = await hashPassword(req.body.newPassword, config.passwordHash);
      await auditedWrite(req, 204, async (trx) => {
        await updateUser(trx, p.userId, { passwordHash: hash }, app.ctx.clock.now().toISOString());
        await deleteOtherSessions(trx, p.userId, p.sessionIdHash);
        return { result: null, resourceId: p.userId };
      });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/auth/tokens',
    {
      config: { access: { roles: ALL_ROLES }, audit: false },
      schema: { tags: ['auth'], summary: 'Your API tokens (never the token itself)', response: { 200: z.object({ tokens: z.array(tokenSchema) }), ...errorResponses } },
    },
    async (req) => ({ tokens: await listApiTokens(app.ctx.store.db, req.principal!.userId) }),
  );

  app.post(
    '/api/auth/tokens',
    {
      config: { access: { roles: ALL_ROLES }, audit: { action: 'create', resource: 'ApiToken' } },
      schema: {
        tags: ['auth'],
        summary: 'Create an API token for scripts (shown once; send as `Authorization: Bearer <token>`)',
        body: z.object({ name: z.string().min(1).max(100), expiresInDays: z.number().int().min(1).max(3650).optional() }).strict(),
        response: { 201: z.object({ token: z.string(), record: tokenSchema }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const now = app.ctx.clock.now();
      const expiresAt = req.body.expiresInDays ? new Date(now.getTime() + req.body.expiresInDays * 86_400_000).toISOString() : null;
      const created = await auditedWrite(req, 201, async (trx) => {
        const t = await createApiToken(trx, { userId: req.principal!.userId, name: req.body.name, now: now.toISOString(), expiresAt });
        return { result: t, resourceId: t.record.id };
      });
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/api/auth/tokens/:tokenId',
    {
      config: { access: { roles: ALL_ROLES }, audit: { action: 'delete', resource: 'ApiToken' } },
      schema: { tags: ['auth'], summary: 'Revoke one of your API tokens', params: z.object({ tokenId: idParam }).strict(), response: { 204: z.undefined(), ...errorResponses } },
    },
    async (req, reply) => {
      await auditedWrite(req, 204, async (trx) => {
        if (!(await revokeApiToken(trx, req.principal!.userId, req.params.tokenId, app.ctx.clock.now().toISOString()))) throw notFound('token', 'params.tokenId');
        return { result: null };
      });
      return reply.code(204).send();
    },
  );
};
