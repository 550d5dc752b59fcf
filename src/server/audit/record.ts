/**
 * Recording audit events for requests. Routes declare `config.audit = { action, resource }`.
 * - Writes call `auditedWrite`: the data and the audit event commit in one transaction, so no acknowledged write is
 *   ever missing from the trail.
 * - Everything else (reads, refusals, failed writes) is recorded by the onSend hook before the response leaves: if
 *   the event cannot be stored the client gets a 500 instead of the data.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import { appendAuditEvent, type AuditEventInput } from '../../store/audit.js';
import type { Database } from '../../store/schema.js';

function eventFor(req: FastifyRequest, statusCode: number, at: string): AuditEventInput | undefined {
  const spec = req.routeOptions.config.audit;
  if (!spec) return undefined;
  const note = req.auditNote ?? { recorded: false };
  const params = (req.params ?? {}) as Record<string, string | undefined>;
  const p = req.principal;
  return {
    at,
    actorId: p?.userId ?? note.actorId ?? null,
    actorRole: p?.role ?? null,
    action: spec.action,
    resourceType: spec.resource,
    resourceId: note.resourceId ?? lastIdParam(params) ?? null,
    patientId: note.patientId ?? params.patientId ?? p?.patientId ?? null,
    outcome: statusCode < 400 ? 'success' : 'failure',
    statusCode,
    ip: req.ip ?? null,
    userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : null,
    method: req.method,
    path: req.url.split('?')[0] ?? req.url,
    detail: note.detail ?? null,
  };
}

/** The most specific id in the path (`/patients/:patientId/findings/:findingId` -> findingId). */
function lastIdParam(params: Record<string, string | undefined>): string | undefined {
  const keys = Object.keys(params).filter((k) => k.endsWith('Id') && k !== 'patientId');
  return keys.length ? params[keys[keys.length - 1]!] : params.patientId;
}

/**
 * Runs `fn` in one transaction together with the audit event of this request (outcome success, `status`).
 * `fn` returns the result and, optionally, the id of what it wrote (and the patient when not in the path).
 */
export async function auditedWrite<T>(
  req: FastifyRequest,
  status: number,
  fn: (trx: Transaction<Database>) => Promise<{ result: T; resourceId?: string; patientId?: string; detail?: Record<string, unknown> }>,
): Promise<T> {
  const { store, clock } = req.server.ctx;
  return store.db.transaction().execute(async (trx) => {
    const out = await fn(trx);
    if (out.resourceId) req.auditNote.resourceId = out.resourceId;
    if (out.patientId) req.auditNote.patientId = out.patientId;
    if (out.detail) req.auditNote.detail = { ...req.auditNote.detail, ...out.detail };
    const e = eventFor(req, status, clock.now().toISOString());
    if (e) {
      await appendAuditEvent(trx, store.dialect, e);
      req.auditNote.recorded = true;
    }
    return out.result;
  });
}

export function registerAuditHook(app: FastifyInstance): void {
  app.addHook('onSend', async (req: FastifyRequest, reply: FastifyReply, payload) => {
    if (!req.routeOptions.config.audit || req.auditNote?.recorded) return payload;
    const e = eventFor(req, reply.statusCode, app.ctx.clock.now().toISOString());
    if (!e) return payload;
    if (!req.auditNote) req.auditNote = { recorded: false };
    req.auditNote.recorded = true;
    const { store } = app.ctx;
    try {
      await store.db.transaction().execute((trx) => appendAuditEvent(trx, store.dialect, e));
      return payload;
    } catch (err) {
      // No data leaves without its audit event: replace the response.
      req.log.error({ err }, 'audit event could not be stored; response withheld');
      reply.code(500).type('application/json; charset=utf-8');
      return JSON.stringify({ errors: [{ path: '(server)', message: 'internal error' }] });
    }
  });
}
