/**
 * GET /api/me/plain-plan: the signed-in patient's plan in plain language, for the "My plan" screen. The same words as
 * the patient plan PDF (letters/load.ts patientPlanInput: the plan engine's patient version of the latest stored
 * assessment, or one built from it with the knowledge base's patient texts), with where each option stands in the care
 * plan, and the assessment it came from so the app can offer the PDF.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAssessments } from '../../store/assessments.js';
import { forbidden } from '../errors.js';
import { loadAssessment, patientPlanInput } from '../letters/load.js';
import { errorResponses, json } from '../schemas.js';

export const myPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/me/plain-plan',
    {
      config: { access: { roles: ['patient'] }, audit: { action: 'read', resource: 'CarePlan' } },
      schema: {
        tags: ['me'],
        summary: 'My plan in plain language (from my latest assessment), with where each option stands',
        response: {
          200: z.object({ plan: z.object({ assessmentId: z.string(), assessmentDate: z.string(), version: json, stepStatus: z.record(z.string(), z.string()) }).nullable() }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const patientId = req.principal!.patientId;
      if (!patientId) throw forbidden('this account is not linked to a patient record');
      const db = app.ctx.store.db;
      const [latest] = await listAssessments(db, patientId);
      if (!latest) return { plan: null };
      req.auditNote.resourceId = latest.id;
      const input = patientPlanInput(await loadAssessment(db, patientId, latest.id));
      return { plan: { assessmentId: latest.id, assessmentDate: latest.assessmentDate, version: input.version, stepStatus: input.stepStatus ?? {} } };
    },
  );
};
