/**
 * Care plans (made from an assessment's plan, see from-assessment.ts): list, read, and move a step on
 * (proposed -> accepted/declined -> in-progress -> completed/stopped) with a note.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getPlan, listPlans, STEP_STATUSES, updateStep } from '../../store/plans.js';
import { auditedWrite } from '../audit/record.js';
import { notFound } from '../errors.js';
import { errorResponses, idParam, json, patientParams } from '../schemas.js';

const tags = ['plans'];
const stepSchema = z.object({ id: z.string(), key: z.string(), position: z.number(), status: z.string(), data: json, note: z.string().nullable(), updatedAt: z.string(), updatedBy: z.string().nullable() });
const planSchema = z.object({ id: z.string(), patientId: z.string(), assessmentId: z.string(), status: z.enum(['active', 'superseded']), data: json, createdAt: z.string(), steps: z.array(stepSchema) });

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.ctx.store.db;

  app.get(
    '/api/patients/:patientId/plans',
    {
      config: { access: { roles: ['clinician', 'patient'], patientParam: 'patientId' }, audit: { action: 'search', resource: 'CarePlan' } },
      schema: { tags, summary: 'Care plans, the active one first', params: patientParams, response: { 200: z.object({ plans: z.array(planSchema) }), ...errorResponses } },
    },
    async (req) => {
      const plans = await listPlans(db(), req.params.patientId);
      return { plans: [...plans.filter((p) => p.status === 'active'), ...plans.filter((p) => p.status !== 'active')] };
    },
  );

  app.get(
    '/api/patients/:patientId/plans/:planId',
    {
      config: { access: { roles: ['clinician', 'patient'], patientParam: 'patientId' }, audit: { action: 'read', resource: 'CarePlan' } },
      schema: { tags, summary: 'A care plan with its steps', params: z.object({ patientId: idParam, planId: idParam }).strict(), response: { 200: planSchema, ...errorResponses } },
    },
    async (req) => {
      const p = await getPlan(db(), req.params.patientId, req.params.planId);
      if (!p) throw notFound('care plan', 'params.planId');
      return p;
    },
  );

  app.patch(
    '/api/patients/:patientId/plans/:planId/steps/:stepId',
    {
      config: { access: { roles: ['clinician'], patientParam: 'patientId' }, audit: { action: 'update', resource: 'CarePlanStep' } },
      schema: {
        tags,
        summary: 'Set a step status (with a note)',
        params: z.object({ patientId: idParam, planId: idParam, stepId: idParam }).strict(),
        body: z.object({ status: z.enum(STEP_STATUSES), note: z.string().trim().max(2000).optional() }).strict(),
        response: { 200: planSchema, ...errorResponses },
      },
    },
    async (req) => {
      const { patientId, planId, stepId } = req.params;
      await auditedWrite(req, 200, async (trx) => {
        const ok = await updateStep(trx, patientId, planId, stepId, { status: req.body.status, note: req.body.note || null, by: req.principal!.userId, now: app.ctx.clock.now().toISOString() });
        if (!ok) throw notFound('plan step', 'params.stepId');
        return { result: null, detail: { status: req.body.status } };
      });
      return (await getPlan(db(), patientId, planId))!;
    },
  );
};
