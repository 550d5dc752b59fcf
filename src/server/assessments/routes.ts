/**
 * Assessments: POST runs the engine on the patient's record as of a date and stores input and output; GET returns the
 * stored output exactly as it was produced; /reproduction re-runs the stored input with today's engine.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../case/primitives.js';
import { getAssessment, listAssessments } from '../../store/assessments.js';
import { notFound, unprocessable } from '../errors.js';
import { errorResponses, idParam, issueSchema, json, patientParams } from '../schemas.js';
import { today } from '../today.js';
import { reproduce } from './reproduce.js';
import { runAssessment } from './run.js';

const tags = ['assessments'];
const summarySchema = z.object({
  id: z.string(),
  patientId: z.string(),
  assessmentDate: z.string(),
  knowledgeBase: z.object({ version: z.string(), hash: z.string() }),
  engineVersion: z.string(),
  urgency: z.string(),
  timeZone: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export const assessmentSchema = summarySchema.extend({ case: json, output: json });
export const assessmentParams = z.object({ patientId: idParam, assessmentId: idParam }).strict();

export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.ctx.store.db;

  app.get(
    '/api/patients/:patientId/assessments',
    {
      config: { access: { roles: ['clinician', 'patient'], patientParam: 'patientId' }, audit: { action: 'search', resource: 'Assessment' } },
      schema: { tags, summary: 'Stored assessments, newest first', params: patientParams, response: { 200: z.object({ assessments: z.array(summarySchema) }), ...errorResponses } },
    },
    async (req) => ({ assessments: await listAssessments(db(), req.params.patientId) }),
  );

  app.post(
    '/api/patients/:patientId/assessments',
    {
      config: { access: { roles: ['clinician'], patientParam: 'patientId' }, audit: { action: 'execute', resource: 'Assessment' } },
      schema: {
        tags,
        summary: 'Assess the patient as of a date (default today in the clinic time zone) and store input and output',
        params: patientParams,
        body: z.object({ assessmentDate: isoDate.optional() }).strict().default({}),
        response: { 201: z.object({ assessment: assessmentSchema, warnings: z.array(issueSchema), planId: z.string().nullable() }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const t = today(app.ctx);
      const date = req.body.assessmentDate ?? t;
      if (date > t) throw unprocessable([{ path: 'body.assessmentDate', message: `${date} is in the future (today is ${t} in ${app.ctx.config.timeZone})` }]);
      const run = await runAssessment(req, req.params.patientId, date);
      return reply.code(201).send(run);
    },
  );

  app.get(
    '/api/patients/:patientId/assessments/:assessmentId',
    {
      config: { access: { roles: ['clinician', 'patient'], patientParam: 'patientId' }, audit: { action: 'read', resource: 'Assessment' } },
      schema: { tags, summary: 'A stored assessment: input case and full output as produced', params: assessmentParams, response: { 200: assessmentSchema, ...errorResponses } },
    },
    async (req) => {
      const a = await getAssessment(db(), req.params.patientId, req.params.assessmentId);
      if (!a) throw notFound('assessment', 'params.assessmentId');
      return a;
    },
  );

  app.get(
    '/api/patients/:patientId/assessments/:assessmentId/reproduction',
    {
      config: { access: { roles: ['clinician'], patientParam: 'patientId' }, audit: { action: 'read', resource: 'Assessment' } },
      schema: {
        tags,
        summary: 'Re-run the stored input with the current engine and knowledge base and compare (nothing stored changes)',
        params: assessmentParams,
        response: {
          200: z.object({
            identical: z.boolean(),
            stored: z.object({ knowledgeBase: z.object({ version: z.string(), hash: z.string() }), engineVersion: z.string() }),
            current: z.object({ knowledgeBase: z.object({ version: z.string(), hash: z.string() }), engineVersion: z.string() }),
            differs: z.array(z.string()),
            inputErrors: z.array(issueSchema),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const a = await getAssessment(db(), req.params.patientId, req.params.assessmentId);
      if (!a) throw notFound('assessment', 'params.assessmentId');
      return reproduce(a);
    },
  );
};
