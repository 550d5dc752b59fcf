/**
 * PDF documents of a stored assessment (issue 5 item 8; docs/letters.md):
 * - the clinician letter, for clinicians of the patient's care team;
 * - the patient plan (plain language), for the patient themself and the clinicians of their care team.
 * Both print the assessment as stored, never recomputed. Each download is audited (action export, resource
 * Assessment, with the document in the detail). Admins read no clinical record (src/server/auth/access.ts), so they
 * get neither.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderClinicianLetter } from '../../pdf/clinician-letter.js';
import { renderPatientPlan } from '../../pdf/patient-plan.js';
import { assessmentParams } from '../assessments/routes.js';
import { errorResponses, json } from '../schemas.js';
import { clinicianLetterInput, loadAssessment, patientPlanInput } from './load.js';

const tags = ['documents'];
/** The body is application/pdf (not JSON): documented as an opaque value. */
const pdf = json;

function sendPdf(reply: FastifyReply, body: Buffer, filename: string): FastifyReply {
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

export const letterRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.ctx.store.db;

  app.get(
    '/api/patients/:patientId/assessments/:assessmentId/letter.pdf',
    {
      config: { access: { roles: ['clinician'], patientParam: 'patientId' }, audit: { action: 'export', resource: 'Assessment' } },
      schema: {
        tags,
        summary: 'Clinician letter (PDF) of a stored assessment: red flags first, classification, ranked causes, work-up, plan, safety notes, sign-off, citations',
        params: assessmentParams,
        response: { 200: pdf, ...errorResponses },
      },
    },
    async (req, reply) => {
      const l = await loadAssessment(db(), req.params.patientId, req.params.assessmentId);
      const body = await renderClinicianLetter(await clinicianLetterInput(db(), l));
      req.auditNote.detail = { document: 'clinician-letter', knowledgeBase: l.assessment.knowledgeBase.version, bytes: body.length };
      return sendPdf(reply, body, `spinepath-letter-${l.assessment.assessmentDate}.pdf`);
    },
  );

  app.get(
    '/api/patients/:patientId/assessments/:assessmentId/patient-plan.pdf',
    {
      config: { access: { roles: ['clinician', 'patient'], patientParam: 'patientId' }, audit: { action: 'export', resource: 'Assessment' } },
      schema: {
        tags,
        summary: 'Patient plan (PDF) of a stored assessment in plain language: what is going on, tests, options with benefits and risks, what you can do, when to get urgent help',
        params: assessmentParams,
        response: { 200: pdf, ...errorResponses },
      },
    },
    async (req, reply) => {
      const l = await loadAssessment(db(), req.params.patientId, req.params.assessmentId);
      const body = await renderPatientPlan(patientPlanInput(l));
      req.auditNote.detail = { document: 'patient-plan', knowledgeBase: l.assessment.knowledgeBase.version, bytes: body.length };
      return sendPdf(reply, body, `spinepath-plan-${l.assessment.assessmentDate}.pdf`);
    },
  );
};
