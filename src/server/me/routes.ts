/**
 * The signed-in user and the patient-facing endpoints the web app uses: who am I, my questionnaires due, submit a
 * questionnaire, my pain diary, my care plan. Patient endpoints act on the caller's own record only.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../case/primitives.js';
import { addDiaryEntry, listDiary } from '../../store/diary.js';
import { getPatient } from '../../store/patients.js';
import { listPlans } from '../../store/plans.js';
import { getSchedules, lastResponseDates } from '../../store/questionnaires.js';
import { listTeams } from '../../store/teams.js';
import { auditedWrite } from '../audit/record.js';
import { ALL_ROLES, type Principal } from '../context.js';
import { forbidden, unprocessable } from '../errors.js';
import { patientSchema } from '../patients/schemas.js';
import { diaryEntrySchema } from '../questionnaires/routes.js';
import { patientSubmissionBody, submissionResult } from '../questionnaires/schemas.js';
import { scoreSubmission, storeSubmission, submissionSummary } from '../questionnaires/submit.js';
import { errorResponses, json } from '../schemas.js';
import { today } from '../today.js';
import { dueQuestionnaires } from './due.js';
import { patientPlanView } from './plan-view.js';

const PATIENT = ['patient'] as const;
const tags = ['me'];

function ownRecord(p: Principal): string {
  if (!p.patientId) throw forbidden('this account is not linked to a patient record');
  return p.patientId;
}

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.ctx.store.db;

  app.get(
    '/api/me',
    {
      config: { access: { roles: ALL_ROLES }, audit: false },
      schema: {
        tags,
        summary: 'Who is signed in: account, role, care teams (clinicians), own record (patients)',
        response: {
          200: z.object({
            user: z.object({ id: z.string(), email: z.string(), displayName: z.string(), role: z.string(), patientId: z.string().nullable() }),
            via: z.enum(['session', 'token']),
            careTeams: z.array(z.object({ id: z.string(), name: z.string() })),
            patient: patientSchema.nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const p = req.principal!;
      const teams = p.teamIds.length ? (await listTeams(db())).filter((t) => p.teamIds.includes(t.id)).map((t) => ({ id: t.id, name: t.name })) : [];
      return {
        user: { id: p.userId, email: p.email, displayName: p.displayName, role: p.role, patientId: p.patientId },
        via: p.via,
        careTeams: teams,
        patient: p.patientId ? ((await getPatient(db(), p.patientId)) ?? null) : null,
      };
    },
  );

  app.get(
    '/api/me/questionnaires/due',
    {
      config: { access: { roles: PATIENT }, audit: { action: 'read', resource: 'QuestionnaireSchedule' } },
      schema: {
        tags,
        summary: 'My questionnaires that are due today',
        response: {
          200: z.object({ today: z.string(), due: z.array(z.object({ instrument: z.string(), name: z.string(), everyDays: z.number(), lastAnswered: z.string().nullable(), dueSince: z.string() })) }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const id = ownRecord(req.principal!);
      const t = today(app.ctx);
      return { today: t, due: dueQuestionnaires(await getSchedules(db(), id), await lastResponseDates(db(), id), t) };
    },
  );

  app.post(
    '/api/me/questionnaires',
    {
      config: { access: { roles: PATIENT }, audit: { action: 'create', resource: 'QuestionnaireResponse' } },
      schema: { tags, summary: 'Submit my answers to a questionnaire (scored at once)', body: patientSubmissionBody, response: { 201: submissionResult, ...errorResponses } },
    },
    async (req, reply) => {
      const patientId = ownRecord(req.principal!);
      const t = today(app.ctx);
      const date = req.body.date ?? t;
      if (date > t) throw unprocessable([{ path: 'body.date', message: `${date} is in the future` }]);
      const result = scoreSubmission({ ...req.body, date });
      const rec = await auditedWrite(req, 201, async (trx) => {
        const r = await storeSubmission(trx, { ...req.body, date, patientId, source: 'patient', by: req.principal!.userId, now: app.ctx.clock.now().toISOString() }, result);
        return { result: r, resourceId: r.id, patientId, detail: { instrument: r.instrument } };
      });
      return reply.code(201).send(submissionSummary(rec, true));
    },
  );

  app.get(
    '/api/me/diary',
    {
      config: { access: { roles: PATIENT }, audit: { action: 'search', resource: 'PainDiaryEntry' } },
      schema: {
        tags,
        summary: 'My pain diary',
        querystring: z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict(),
        response: { 200: z.object({ entries: z.array(diaryEntrySchema) }), ...errorResponses },
      },
    },
    async (req) => ({ entries: await listDiary(db(), ownRecord(req.principal!), req.query) }),
  );

  app.post(
    '/api/me/diary',
    {
      config: { access: { roles: PATIENT }, audit: { action: 'create', resource: 'PainDiaryEntry' } },
      schema: {
        tags,
        summary: 'Add to my pain diary: pain now (0-10) and a note',
        body: z.object({ nrs: z.number().int('a whole number 0-10').min(0).max(10), note: z.string().trim().max(2000).optional(), date: isoDate.optional() }).strict(),
        response: { 201: diaryEntrySchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const patientId = ownRecord(req.principal!);
      const t = today(app.ctx);
      const date = req.body.date ?? t;
      if (date > t) throw unprocessable([{ path: 'body.date', message: `${date} is in the future` }]);
      const e = await auditedWrite(req, 201, async (trx) => {
        const entry = await addDiaryEntry(trx, { patientId, date, nrs: req.body.nrs, note: req.body.note || null, by: req.principal!.userId, now: app.ctx.clock.now().toISOString() });
        return { result: entry, resourceId: entry.id, patientId };
      });
      return reply.code(201).send(e);
    },
  );

  app.get(
    '/api/me/plan',
    {
      config: { access: { roles: PATIENT }, audit: { action: 'read', resource: 'CarePlan' } },
      schema: { tags, summary: 'My current care plan, in plain language where the plan provides it', response: { 200: z.object({ plan: json }), ...errorResponses } },
    },
    async (req) => {
      const patientId = ownRecord(req.principal!);
      const [active] = await listPlans(db(), patientId, { activeOnly: true });
      if (active) req.auditNote.resourceId = active.id;
      return { plan: active ? patientPlanView(active) : null };
    },
  );
};
