/**
 * The parts of a record that make up the case, one route family per kind (store/case-parts.ts):
 * episodes (operations), encounters, findings, test results, red-flag reviews, treatments, medications.
 *
 *   GET    /api/patients/:patientId/<kind>              list (add ?includeRetracted=true for retracted ones)
 *   POST   /api/patients/:patientId/<kind>              { data: <case-format object>, encounterId?, episodeId? }
 *   GET    /api/patients/:patientId/<kind>/:recordId
 *   DELETE /api/patients/:patientId/<kind>/:recordId    retract (entered in error; kept for the record and audit)
 *
 * `data` is validated against the case format (src/case/schema.ts) and checked like a case (check.ts). The record's
 * date is the one in `data`, else the encounter's, else today in the clinic's time zone.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CASE_PART_KINDS, getCasePart, insertCasePart, listCaseParts, retractCasePart, type CasePartKind } from '../../store/case-parts.js';
import { CASE_PART_TABLES } from '../../store/schema.js';
import type { Executor } from '../../store/executor.js';
import { auditedWrite } from '../audit/record.js';
import { notFound, unprocessable, type FieldError } from '../errors.js';
import { errorResponses, idParam, json, patientParams } from '../schemas.js';
import { today } from '../today.js';
import { checkCasePart } from './check.js';

export const casePartRecordSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  code: z.string(),
  date: z.string(),
  episodeId: z.string().nullable(),
  encounterId: z.string().nullable(),
  data: json,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  retracted: z.object({ at: z.string(), by: z.string().nullable(), reason: z.string().nullable() }).nullable(),
});

const recordParams = z.object({ patientId: idParam, recordId: idParam }).strict();

async function linkedDate(db: Executor, patientId: string, body: { encounterId?: string; episodeId?: string }): Promise<{ date?: string; errors: FieldError[] }> {
  const errors: FieldError[] = [];
  let date: string | undefined;
  if (body.encounterId) {
    const e = await getCasePart(db, 'encounters', patientId, body.encounterId);
    if (!e || e.retracted) errors.push({ path: 'body.encounterId', message: 'no such encounter in this record' });
    else date = e.date;
  }
  if (body.episodeId) {
    const e = await getCasePart(db, 'episodes', patientId, body.episodeId);
    if (!e || e.retracted) errors.push({ path: 'body.episodeId', message: 'no such episode in this record' });
  }
  return { date, errors };
}

function routesFor(kind: CasePartKind): FastifyPluginAsyncZod {
  return async (app) => {
    const base = `/api/patients/:patientId/${kind.segment}`;
    const tags = ['record'];
    const db = () => app.ctx.store.db;

    app.get(
      base,
      {
        config: { access: { roles: ['clinician', 'patient'], patientParam: 'patientId' }, audit: { action: 'search', resource: kind.resource } },
        schema: {
          tags,
          summary: `${kind.resource} records of a patient`,
          params: patientParams,
          querystring: z.object({ includeRetracted: z.enum(['true', 'false']).optional() }).strict(),
          response: { 200: z.object({ items: z.array(casePartRecordSchema) }), ...errorResponses },
        },
      },
      async (req) => {
        const items = await listCaseParts(db(), kind.table, req.params.patientId, { includeRetracted: req.query.includeRetracted === 'true' });
        req.auditNote.detail = { count: items.length };
        return { items };
      },
    );

    app.post(
      base,
      {
        config: { access: { roles: ['clinician'], patientParam: 'patientId' }, audit: { action: 'create', resource: kind.resource } },
        schema: {
          tags,
          summary: `Record a ${kind.resource} (data in the case format)`,
          params: patientParams,
          body: z.object({ data: kind.schema(), encounterId: idParam.optional(), episodeId: idParam.optional() }).strict(),
          response: { 201: casePartRecordSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        const patientId = req.params.patientId;
        const data = req.body.data as Record<string, unknown>;
        const errors = checkCasePart(kind, data);
        const linked = await linkedDate(db(), patientId, req.body);
        errors.push(...linked.errors);
        const date = kind.date(data) ?? linked.date ?? today(app.ctx);
        if (date > today(app.ctx)) errors.push({ path: 'body.data.date', message: `${date} is in the future` });
        if (errors.length) throw unprocessable(errors);
        const rec = await auditedWrite(req, 201, async (trx) => {
          const r = await insertCasePart(trx, kind, {
            patientId,
            data,
            date,
            episodeId: req.body.episodeId ?? null,
            encounterId: req.body.encounterId ?? null,
            by: req.principal!.userId,
            now: app.ctx.clock.now().toISOString(),
          });
          return { result: r, resourceId: r.id, detail: { code: r.code } };
        });
        return reply.code(201).send(rec);
      },
    );

    app.get(
      `${base}/:recordId`,
      {
        config: { access: { roles: ['clinician', 'patient'], patientParam: 'patientId' }, audit: { action: 'read', resource: kind.resource } },
        schema: { tags, summary: `One ${kind.resource} record`, params: recordParams, response: { 200: casePartRecordSchema, ...errorResponses } },
      },
      async (req) => {
        const r = await getCasePart(db(), kind.table, req.params.patientId, req.params.recordId);
        if (!r) throw notFound(kind.resource, 'params.recordId');
        return r;
      },
    );

    app.delete(
      `${base}/:recordId`,
      {
        config: { access: { roles: ['clinician'], patientParam: 'patientId' }, audit: { action: 'delete', resource: kind.resource } },
        schema: {
          tags,
          summary: `Retract a ${kind.resource} entered in error (it stays in the record export and the audit trail)`,
          params: recordParams,
          querystring: z.object({ reason: z.string().trim().min(1).max(500).optional() }).strict(),
          response: { 204: z.undefined(), ...errorResponses },
        },
      },
      async (req, reply) => {
        await auditedWrite(req, 204, async (trx) => {
          const ok = await retractCasePart(trx, kind.table, req.params.patientId, req.params.recordId, {
            by: req.principal!.userId,
            reason: req.query.reason ?? null,
            now: app.ctx.clock.now().toISOString(),
          });
          if (!ok) throw notFound(`${kind.resource} (or already retracted)`, 'params.recordId');
          return { result: null, detail: { reason: req.query.reason ?? null } };
        });
        return reply.code(204).send();
      },
    );
  };
}

export const casePartRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const table of CASE_PART_TABLES) await app.register(routesFor(CASE_PART_KINDS[table]));
};
