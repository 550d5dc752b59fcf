/**
 * Patient records: list and create (clinicians, within their care teams), read (the patient too), update, the case as
 * the engine would see it on a date, and the whole record as one JSON document.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate } from '../../case/primitives.js';
import { assembleCase } from '../../store/assemble-case.js';
import { exportRecord } from '../../store/export-record.js';
import { createPatient, findPatientByMrn, getPatient, listPatients, updatePatient } from '../../store/patients.js';
import { auditedWrite } from '../audit/record.js';
import { ApiError, conflict, notFound, unprocessable } from '../errors.js';
import { errorResponses, issueSchema, json, paging, patientParams } from '../schemas.js';
import { today } from '../today.js';
import { newPatientBody, patientPatchBody, patientSchema } from './schemas.js';

const CLINICIAN = ['clinician'] as const;
const CARE = ['clinician', 'patient'] as const;

export const patientRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.ctx.store.db;
  const now = () => app.ctx.clock.now().toISOString();

  app.get(
    '/api/patients',
    {
      config: { access: { roles: CLINICIAN }, audit: { action: 'search', resource: 'Patient' } },
      schema: {
        tags: ['patients'],
        summary: 'Patients of your care teams (search by name or record number)',
        querystring: z.object({ search: z.string().trim().min(1).max(100).optional(), ...paging }).strict(),
        response: { 200: z.object({ patients: z.array(patientSchema) }), ...errorResponses },
      },
    },
    async (req) => {
      const patients = await listPatients(db(), { teamIds: req.principal!.teamIds, search: req.query.search, limit: req.query.limit, offset: req.query.offset });
      req.auditNote.detail = { count: patients.length, searched: req.query.search !== undefined };
      return { patients };
    },
  );

  app.post(
    '/api/patients',
    {
      config: { access: { roles: CLINICIAN }, audit: { action: 'create', resource: 'Patient' } },
      schema: {
        tags: ['patients'],
        summary: 'Create a patient record in one of your care teams',
        body: newPatientBody,
        response: { 201: patientSchema, ...errorResponses, 409: errorResponses[400] },
      },
    },
    async (req, reply) => {
      const p = req.principal!;
      const teamId = req.body.careTeamId ?? p.teamIds[0];
      if (!teamId || !p.teamIds.includes(teamId)) {
        throw unprocessable([{ path: 'body.careTeamId', message: p.teamIds.length ? 'not one of your care teams' : 'you belong to no care team: ask an admin to add you to one' }]);
      }
      if (req.body.birthDate > today(app.ctx)) throw unprocessable([{ path: 'body.birthDate', message: 'the birth date is in the future' }]);
      const created = await auditedWrite(req, 201, async (trx) => {
        if (req.body.mrn && (await findPatientByMrn(trx, req.body.mrn))) throw conflict('body.mrn', `record number ${req.body.mrn} is already in use`);
        const patient = await createPatient(trx, { ...req.body, careTeamId: teamId }, p.userId, now());
        return { result: patient, resourceId: patient.id, patientId: patient.id };
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/patients/:patientId',
    {
      config: { access: { roles: CARE, patientParam: 'patientId' }, audit: { action: 'read', resource: 'Patient' } },
      schema: { tags: ['patients'], summary: 'A patient record', params: patientParams, response: { 200: patientSchema, ...errorResponses } },
    },
    async (req) => {
      const patient = await getPatient(db(), req.params.patientId);
      if (!patient) throw notFound('patient', 'params.patientId');
      return patient;
    },
  );

  app.patch(
    '/api/patients/:patientId',
    {
      config: { access: { roles: CLINICIAN, patientParam: 'patientId' }, audit: { action: 'update', resource: 'Patient' } },
      schema: { tags: ['patients'], summary: 'Correct identity fields', params: patientParams, body: patientPatchBody, response: { 200: patientSchema, ...errorResponses, 409: errorResponses[400] } },
    },
    async (req) => {
      const id = req.params.patientId;
      if (req.body.birthDate && req.body.birthDate > today(app.ctx)) throw unprocessable([{ path: 'body.birthDate', message: 'the birth date is in the future' }]);
      return auditedWrite(req, 200, async (trx) => {
        if (req.body.mrn) {
          const other = await findPatientByMrn(trx, req.body.mrn);
          if (other && other.id !== id) throw conflict('body.mrn', `record number ${req.body.mrn} is already in use`);
        }
        await updatePatient(trx, id, req.body, now());
        const patient = await getPatient(trx, id);
        if (!patient) throw notFound('patient', 'params.patientId');
        return { result: patient, detail: { fields: Object.keys(req.body) } };
      });
    },
  );

  app.get(
    '/api/patients/:patientId/case',
    {
      config: { access: { roles: CLINICIAN, patientParam: 'patientId' }, audit: { action: 'read', resource: 'Case' } },
      schema: {
        tags: ['patients'],
        summary: 'The case the engine would receive on a date (default today): 422 names any stored record that does not validate',
        params: patientParams,
        querystring: z.object({ date: isoDate.optional() }).strict(),
        response: { 200: z.object({ case: json, warnings: z.array(issueSchema) }), ...errorResponses },
      },
    },
    async (req) => {
      const date = req.query.date ?? today(app.ctx);
      const a = await assembleCase(db(), req.params.patientId, date);
      if (!a) throw notFound('patient', 'params.patientId');
      if (!a.ok) throw new ApiError(422, a.errors);
      return { case: a.case, warnings: a.warnings };
    },
  );

  app.get(
    '/api/patients/:patientId/export',
    {
      config: { access: { roles: CARE, patientParam: 'patientId' }, audit: { action: 'export', resource: 'Patient' } },
      schema: {
        tags: ['patients'],
        summary: 'The whole record as one JSON document (format spinepath-record/1)',
        params: patientParams,
        response: { 200: z.record(z.string(), json), ...errorResponses },
      },
    },
    async (req, reply) => {
      const r = await exportRecord(db(), req.params.patientId, now());
      if (!r) throw notFound('patient', 'params.patientId');
      reply.header('content-disposition', `attachment; filename="spinepath-record-${req.params.patientId}.json"`);
      return r;
    },
  );
};
