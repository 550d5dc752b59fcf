/**
 * The route guard, run on every request before the body is read (so an anonymous or forbidden caller learns nothing
 * from validation messages): authenticate; 401 when the route needs a signed-in caller; CSRF check for
 * cookie-authenticated writes (403); role check (403); patient-record check (404, see context.ts `Access`).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { forbidden, notFound, unauthorized } from '../errors.js';
import { canAccessPatient } from './access.js';
import { authenticate } from './authenticate.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAuthHooks(app: FastifyInstance): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('auditNote', null as never);

  app.addHook('onRequest', async (req: FastifyRequest) => {
    req.auditNote = { recorded: false };
    const access = req.routeOptions.config.access;
    req.principal = await authenticate(req, app.ctx);
    if (!access || 'public' in access) return;
    if (!req.principal) throw unauthorized();
  });

  app.addHook('onRequest', (req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const access = req.routeOptions.config.access;
    if (!access || 'public' in access || req.principal?.via !== 'session' || SAFE_METHODS.has(req.method)) return done();
    app.csrfProtection(req, reply, done);
  });

  app.addHook('onRequest', async (req: FastifyRequest) => {
    const access = req.routeOptions.config.access;
    if (!access || 'public' in access) return;
    const p = req.principal!;
    if (!access.roles.includes(p.role)) throw forbidden(`this needs the role ${access.roles.join(' or ')}; you are signed in as ${p.role}`);
    if (access.patientParam) {
      const id = (req.params as Record<string, string | undefined>)[access.patientParam];
      if (!id || !(await canAccessPatient(app.ctx.store.db, p, id))) throw notFound('patient', `params.${access.patientParam}`);
    }
  });
}
