/**
 * The care profile of a patient (the case format's goals, preferences and spinal cord stimulation assessment):
 * read by the patient and the care team, replaced as a whole by a clinician.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { careProfileSchema, getCareProfile, setCareProfile } from '../../store/care-profiles.js';
import { auditedWrite } from '../audit/record.js';
import { errorResponses, json, patientParams } from '../schemas.js';

const tags = ['record'];
const recordSchema = z.object({ profile: json, updatedAt: z.string().nullable(), updatedBy: z.string().nullable() });

export const careProfileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/patients/:patientId/care-profile',
    {
      config: { access: { roles: ['clinician', 'patient'], patientParam: 'patientId' }, audit: { action: 'read', resource: 'CareProfile' } },
      schema: { tags, summary: 'Goals, preferences and the spinal cord stimulation assessment', params: patientParams, response: { 200: recordSchema, ...errorResponses } },
    },
    async (req) => getCareProfile(app.ctx.store.db, req.params.patientId),
  );

  app.put(
    '/api/patients/:patientId/care-profile',
    {
      config: { access: { roles: ['clinician'], patientParam: 'patientId' }, audit: { action: 'update', resource: 'CareProfile' } },
      schema: {
        tags,
        summary: 'Replace the care profile (goals, preferences, scsAssessment as in the case format)',
        params: patientParams,
        body: careProfileSchema,
        response: { 200: recordSchema, ...errorResponses },
      },
    },
    async (req) => {
      await auditedWrite(req, 200, async (trx) => {
        await setCareProfile(trx, req.params.patientId, req.body, req.principal!.userId, app.ctx.clock.now().toISOString());
        return { result: null, detail: { goals: req.body.goals, preferences: req.body.preferences, scsAssessment: req.body.scsAssessment !== undefined } };
      });
      return getCareProfile(app.ctx.store.db, req.params.patientId);
    },
  );
};
