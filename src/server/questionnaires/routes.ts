/**
 * Questionnaires on a patient's record: responses (clinician entry; patients submit through /api/me), their scores,
 * the schedule that makes a questionnaire due, the pain diary, and the instrument definitions the apps render
 * (FHIR Questionnaire; item text only where the licence allows).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { instruments, isInstrumentId, toQuestionnaire } from '../../instruments/index.js';
import { listDiary } from '../../store/diary.js';
import { getQuestionnaireResponse, getSchedules, listQuestionnaireResponses, setSchedules } from '../../store/questionnaires.js';
import { auditedWrite } from '../audit/record.js';
import { ALL_ROLES } from '../context.js';
import { notFound, unprocessable } from '../errors.js';
import { errorResponses, idParam, json, patientParams } from '../schemas.js';
import { today } from '../today.js';
import { clinicianSubmissionBody, responseRecord, scheduleSchema, submissionResult } from './schemas.js';
import { scoreSubmission, storeSubmission, submissionSummary } from './submit.js';

const CARE = ['clinician', 'patient'] as const;
const tags = ['questionnaires'];

export const diaryEntrySchema = z.object({ id: z.string(), date: z.string(), nrs: z.number(), note: z.string().nullable(), createdAt: z.string() });

export const questionnaireRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.ctx.store.db;

  app.get(
    '/api/instruments',
    {
      config: { access: { roles: ALL_ROLES }, audit: false },
      schema: { tags, summary: 'The questionnaires SpinePath scores', response: { 200: z.object({ instruments: z.array(json) }), ...errorResponses } },
    },
    async () => ({ instruments: [...instruments] }),
  );

  app.get(
    '/api/instruments/:instrumentId',
    {
      config: { access: { roles: ALL_ROLES }, audit: false },
      schema: { tags, summary: 'An instrument as a FHIR R4 Questionnaire', params: z.object({ instrumentId: idParam }).strict(), response: { 200: json, ...errorResponses } },
    },
    async (req) => {
      if (!isInstrumentId(req.params.instrumentId)) throw notFound('instrument', 'params.instrumentId');
      return toQuestionnaire(req.params.instrumentId);
    },
  );

  app.get(
    '/api/patients/:patientId/questionnaires',
    {
      config: { access: { roles: CARE, patientParam: 'patientId' }, audit: { action: 'search', resource: 'QuestionnaireResponse' } },
      schema: {
        tags,
        summary: 'Questionnaire responses with their scores',
        params: patientParams,
        querystring: z.object({ instrument: z.string().max(50).optional() }).strict(),
        response: { 200: z.object({ responses: z.array(responseRecord) }), ...errorResponses },
      },
    },
    async (req) => ({ responses: await listQuestionnaireResponses(db(), req.params.patientId, { instrument: req.query.instrument }) }),
  );

  app.post(
    '/api/patients/:patientId/questionnaires',
    {
      config: { access: { roles: ['clinician'], patientParam: 'patientId' }, audit: { action: 'create', resource: 'QuestionnaireResponse' } },
      schema: {
        tags,
        summary: 'Enter a questionnaire response (answers are scored) or a total score',
        params: patientParams,
        body: clinicianSubmissionBody,
        response: { 201: submissionResult, ...errorResponses },
      },
    },
    async (req, reply) => {
      const date = req.body.date ?? today(app.ctx);
      if (date > today(app.ctx)) throw unprocessable([{ path: 'body.date', message: `${date} is in the future` }]);
      const result = scoreSubmission({ ...req.body, date });
      const rec = await auditedWrite(req, 201, async (trx) => {
        const r = await storeSubmission(trx, { ...req.body, date, patientId: req.params.patientId, source: 'clinician', by: req.principal!.userId, now: app.ctx.clock.now().toISOString() }, result);
        return { result: r, resourceId: r.id, detail: { instrument: r.instrument } };
      });
      return reply.code(201).send(submissionSummary(rec, false));
    },
  );

  app.get(
    '/api/patients/:patientId/questionnaires/:responseId',
    {
      config: { access: { roles: CARE, patientParam: 'patientId' }, audit: { action: 'read', resource: 'QuestionnaireResponse' } },
      schema: { tags, summary: 'One response with its full score result', params: z.object({ patientId: idParam, responseId: idParam }).strict(), response: { 200: responseRecord, ...errorResponses } },
    },
    async (req) => {
      const r = await getQuestionnaireResponse(db(), req.params.patientId, req.params.responseId);
      if (!r) throw notFound('questionnaire response', 'params.responseId');
      return r;
    },
  );

  app.get(
    '/api/patients/:patientId/questionnaire-schedule',
    {
      config: { access: { roles: CARE, patientParam: 'patientId' }, audit: { action: 'read', resource: 'QuestionnaireSchedule' } },
      schema: { tags, summary: 'Which questionnaires the patient is asked to fill in, how often', params: patientParams, response: { 200: z.object({ schedules: z.array(scheduleSchema) }), ...errorResponses } },
    },
    async (req) => ({ schedules: await getSchedules(db(), req.params.patientId) }),
  );

  app.put(
    '/api/patients/:patientId/questionnaire-schedule',
    {
      config: { access: { roles: ['clinician'], patientParam: 'patientId' }, audit: { action: 'update', resource: 'QuestionnaireSchedule' } },
      schema: {
        tags,
        summary: 'Set the questionnaire schedule (replaces it)',
        params: patientParams,
        body: z.object({ schedules: z.array(scheduleSchema).max(20) }).strict(),
        response: { 200: z.object({ schedules: z.array(scheduleSchema) }), ...errorResponses },
      },
    },
    async (req) => {
      const errors = req.body.schedules.flatMap((s, i) => (isInstrumentId(s.instrument) ? [] : [{ path: `body.schedules[${i}].instrument`, message: `unknown instrument '${s.instrument}'` }]));
      const seen = new Set<string>();
      req.body.schedules.forEach((s, i) => {
        if (seen.has(s.instrument)) errors.push({ path: `body.schedules[${i}].instrument`, message: `${s.instrument} is listed twice` });
        seen.add(s.instrument);
      });
      if (errors.length) throw unprocessable(errors);
      await auditedWrite(req, 200, async (trx) => {
        await setSchedules(trx, req.params.patientId, req.body.schedules, app.ctx.clock.now().toISOString());
        return { result: null, detail: { instruments: req.body.schedules.map((s) => s.instrument) } };
      });
      return { schedules: await getSchedules(db(), req.params.patientId) };
    },
  );

  app.get(
    '/api/patients/:patientId/diary',
    {
      config: { access: { roles: CARE, patientParam: 'patientId' }, audit: { action: 'search', resource: 'PainDiaryEntry' } },
      schema: { tags, summary: 'Pain diary entries (pain now, 0-10, with a note)', params: patientParams, response: { 200: z.object({ entries: z.array(diaryEntrySchema) }), ...errorResponses } },
    },
    async (req) => ({ entries: await listDiary(db(), req.params.patientId) }),
  );
};
