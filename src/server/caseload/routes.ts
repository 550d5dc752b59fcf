/**
 * GET /api/caseload: every patient of the clinician's care teams with what the caseload screen shows (summary.ts).
 * One request for the whole list, so the web app can search, filter and scroll thousands of rows without paging.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../schemas.js';
import { today } from '../today.js';
import { caseloadOf } from './summary.js';

const score = z.object({ measure: z.string(), label: z.string(), latest: z.number(), previous: z.number().nullable(), date: z.string(), direction: z.enum(['higher-is-worse', 'higher-is-better']) });

export const caseloadRow = z.object({
  patientId: z.string(),
  name: z.string(),
  mrn: z.string().nullable(),
  birthDate: z.string(),
  age: z.number().nullable(),
  sex: z.string(),
  urgency: z.enum(['routine', 'urgent', 'emergency']).nullable(),
  redFlags: z.array(z.string()),
  topCause: z.object({ id: z.string(), name: z.string(), probability: z.number(), band: z.string() }).nullable(),
  assessedOn: z.string().nullable(),
  assessmentId: z.string().nullable(),
  scores: z.array(score),
  followUpsDue: z.array(z.object({ label: z.string(), status: z.string() })),
  escalations: z.number(),
  alerts: z.number(),
});

export const caseloadRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/caseload',
    {
      config: { access: { roles: ['clinician'] }, audit: { action: 'search', resource: 'Patient' } },
      schema: {
        tags: ['patients'],
        summary: 'Caseload: the patients of your care teams with urgency, top cause, latest scores, follow-ups due and flags',
        response: { 200: z.object({ rows: z.array(caseloadRow), total: z.number() }), ...errorResponses },
      },
    },
    async (req) => {
      const rows = await caseloadOf(app.ctx.store.db, req.principal!.teamIds, today(app.ctx), app.ctx.store.dialect);
      req.auditNote.detail = { count: rows.length };
      return { rows, total: rows.length };
    },
  );
};
