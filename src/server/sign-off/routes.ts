/**
 * Clinical sign-off (issue 5 item 9): a clinician accepts or overrides each recommendation of a stored assessment;
 * an override needs a reason. Decisions are stored beside the unchanged assessment, audited, and listed with the
 * recommendations still open. A later decision on the same recommendation supersedes the earlier one (both kept).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAssessment } from '../../store/assessments.js';
import { insertSignOffs, listSignOffs, type SignOff } from '../../store/sign-offs.js';
import { assessmentParams } from '../assessments/routes.js';
import { auditedWrite } from '../audit/record.js';
import { notFound, unprocessable, type FieldError } from '../errors.js';
import { errorResponses } from '../schemas.js';
import { recommendationsOf, type Recommendation } from './recommendations.js';

const tags = ['sign-off'];
const decisionSchema = z.object({ id: z.string(), assessmentId: z.string(), recommendation: z.string(), decision: z.enum(['accept', 'override']), reason: z.string().nullable(), clinicianId: z.string(), createdAt: z.string() });
const statusSchema = z.object({
  recommendations: z.array(z.object({ key: z.string(), kind: z.string(), title: z.string(), decision: decisionSchema.nullable() })),
  open: z.number(),
  decisions: z.array(decisionSchema),
});

function status(recs: Recommendation[], decisions: SignOff[]) {
  const latest = new Map<string, SignOff>();
  for (const d of decisions) latest.set(d.recommendation, d);
  const rows = recs.map((r) => ({ ...r, decision: latest.get(r.key) ?? null }));
  return { recommendations: rows, open: rows.filter((r) => !r.decision).length, decisions };
}

export const signOffRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.ctx.store.db;
  const base = '/api/patients/:patientId/assessments/:assessmentId/sign-offs';

  app.get(
    base,
    {
      config: { access: { roles: ['clinician'], patientParam: 'patientId' }, audit: { action: 'read', resource: 'SignOff' } },
      schema: { tags, summary: 'Recommendations of an assessment with their sign-off decisions', params: assessmentParams, response: { 200: statusSchema, ...errorResponses } },
    },
    async (req) => {
      const a = await getAssessment(db(), req.params.patientId, req.params.assessmentId);
      if (!a) throw notFound('assessment', 'params.assessmentId');
      return status(recommendationsOf(a.output), await listSignOffs(db(), req.params.patientId, a.id));
    },
  );

  app.post(
    base,
    {
      config: { access: { roles: ['clinician'], patientParam: 'patientId' }, audit: { action: 'create', resource: 'SignOff' } },
      schema: {
        tags,
        summary: 'Accept or override recommendations (an override needs a reason)',
        params: assessmentParams,
        body: z
          .object({
            decisions: z
              .array(z.object({ recommendation: z.string().min(1).max(300), decision: z.enum(['accept', 'override']), reason: z.string().trim().max(2000).optional() }).strict())
              .min(1)
              .max(200),
          })
          .strict(),
        response: { 201: statusSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { patientId, assessmentId } = req.params;
      const a = await getAssessment(db(), patientId, assessmentId);
      if (!a) throw notFound('assessment', 'params.assessmentId');
      const recs = recommendationsOf(a.output);
      const keys = new Set(recs.map((r) => r.key));
      const errors: FieldError[] = [];
      const seen = new Set<string>();
      req.body.decisions.forEach((d, i) => {
        if (!keys.has(d.recommendation)) errors.push({ path: `body.decisions[${i}].recommendation`, message: `'${d.recommendation}' is not a recommendation of this assessment (see GET ${base.replace(':patientId', patientId).replace(':assessmentId', assessmentId)})` });
        if (seen.has(d.recommendation)) errors.push({ path: `body.decisions[${i}].recommendation`, message: 'listed twice' });
        seen.add(d.recommendation);
        if (d.decision === 'override' && !d.reason) errors.push({ path: `body.decisions[${i}].reason`, message: 'an override needs a reason' });
      });
      if (errors.length) throw unprocessable(errors);
      await auditedWrite(req, 201, async (trx) => {
        const rows = await insertSignOffs(trx, {
          patientId,
          assessmentId,
          clinicianId: req.principal!.userId,
          now: app.ctx.clock.now().toISOString(),
          decisions: req.body.decisions.map((d) => ({ recommendation: d.recommendation, decision: d.decision, reason: d.reason || null })),
        });
        return { result: rows, resourceId: assessmentId, detail: { decisions: rows.map((r) => ({ recommendation: r.recommendation, decision: r.decision, reason: r.reason })) } };
      });
      return reply.code(201).send(status(recs, await listSignOffs(db(), patientId, assessmentId)));
    },
  );
};
