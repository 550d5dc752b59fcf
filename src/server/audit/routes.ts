/**
 * The audit trail for admins: query with filters (newest first, paged by `before`), export as a FHIR R4 Bundle of
 * AuditEvent, and verify the hash chain. Reading the trail is itself audited. There is no route that changes or
 * deletes an event.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { queryAudit, verifyAuditChain, type AuditRow } from '../../store/audit.js';
import { errorResponses, idParam, json } from '../schemas.js';
import { toAuditEvent } from './fhir-audit-event.js';

const tags = ['audit'];
const ADMIN = ['admin'] as const;

export const auditFilterQuery = z
  .object({
    patientId: idParam.optional(),
    actorId: idParam.optional(),
    action: z.enum(['read', 'search', 'create', 'update', 'delete', 'export', 'execute', 'login', 'logout']).optional(),
    outcome: z.enum(['success', 'failure']).optional(),
    resourceType: z.string().max(100).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    before: z.coerce.number().int().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();

const eventSchema = z.object({
  seq: z.number(),
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  resourceType: z.string().nullable(),
  resourceId: z.string().nullable(),
  patientId: z.string().nullable(),
  outcome: z.string(),
  statusCode: z.number(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  method: z.string().nullable(),
  path: z.string().nullable(),
  detail: json,
  prevHash: z.string(),
  hash: z.string(),
});

const toJsonEvent = (r: AuditRow) => ({
  seq: r.seq,
  id: r.id,
  at: r.at,
  actorId: r.actor_id,
  actorRole: r.actor_role,
  action: r.action,
  resourceType: r.resource_type,
  resourceId: r.resource_id,
  patientId: r.patient_id,
  outcome: r.outcome,
  statusCode: r.status_code,
  ip: r.ip,
  userAgent: r.user_agent,
  method: r.method,
  path: r.path,
  detail: r.detail ? JSON.parse(r.detail) : null,
  prevHash: r.prev_hash,
  hash: r.hash,
});

const toIso = (s: string | undefined) => (s ? new Date(s).toISOString() : undefined);

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.ctx.store.db;

  app.get(
    '/api/audit',
    {
      config: { access: { roles: ADMIN }, audit: { action: 'search', resource: 'AuditEvent' } },
      schema: { tags, summary: 'Audit events, newest first (page with ?before=<seq of the last one>)', querystring: auditFilterQuery, response: { 200: z.object({ events: z.array(eventSchema), next: z.number().nullable() }), ...errorResponses } },
    },
    async (req) => {
      const q = req.query;
      const rows = await queryAudit(db(), { ...q, from: toIso(q.from), to: toIso(q.to) });
      req.auditNote.detail = { filter: { ...q }, count: rows.length };
      return { events: rows.map(toJsonEvent), next: rows.length === q.limit ? rows[rows.length - 1]!.seq : null };
    },
  );

  app.get(
    '/api/audit/fhir',
    {
      config: { access: { roles: ADMIN }, audit: { action: 'export', resource: 'AuditEvent' } },
      schema: { tags, summary: 'The same query as a FHIR R4 Bundle (searchset) of AuditEvent', querystring: auditFilterQuery, response: { 200: json, ...errorResponses } },
    },
    async (req, reply) => {
      const q = req.query;
      const rows = await queryAudit(db(), { ...q, from: toIso(q.from), to: toIso(q.to) });
      req.auditNote.detail = { filter: { ...q }, count: rows.length };
      reply.type('application/fhir+json; charset=utf-8');
      return {
        resourceType: 'Bundle',
        type: 'searchset',
        total: rows.length,
        entry: rows.map((r) => ({ fullUrl: `urn:uuid:${r.id}`, resource: toAuditEvent(r), search: { mode: 'match' } })),
      };
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: { access: { roles: ADMIN }, audit: { action: 'read', resource: 'AuditEvent' } },
      schema: {
        tags,
        summary: 'Verify the hash chain from the first event; names the first broken link',
        response: { 200: z.object({ ok: z.boolean(), events: z.number(), headSeq: z.number().optional(), headHash: z.string().optional(), brokenAt: z.number().optional(), reason: z.string().optional() }), ...errorResponses },
      },
    },
    async () => verifyAuditChain(db()),
  );
};
