/**
 * FHIR R4 exchange for one patient's record (issue 5 item 6; docs/fhir.md, "Server routes"):
 *
 * - `POST /api/patients/:patientId/fhir-import`: a Bundle (application/fhir+json or application/json) into the record,
 *   in one transaction with its audit event, idempotent (import.ts); the answer lists what was stored, what was
 *   already there and what was not stored and why, with src/fhir's full mapping report (every unmapped code by path).
 * - `GET /api/patients/:patientId/fhir`: the record as a Bundle (export.ts).
 *
 * Errors name the field. A FHIR client (Accept or Content-Type `application/fhir+json`) gets an OperationOutcome
 * whose `expression` is the FHIRPath of the problem (`Bundle.entry[3].resource.code`); other clients get the REST
 * error model `{ errors: [{ path, message }] }` with the same paths under `body.`. Malformed JSON, a resource that is
 * not a Bundle and a bundle with errors are refused before anything is written; the body limit is the server's
 * (SPINEPATH_BODY_LIMIT, 1 MiB by default: the Synthea sample patients, 0.9 MB, fit).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { OperationOutcome } from '@medplum/fhirtypes';
import { importBundleText } from '../../fhir/index.js';
import type { ImportResult } from '../../fhir/import/types.js';
import { getPatient } from '../../store/patients.js';
import { auditedWrite } from '../audit/record.js';
import { ApiError, notFound, sendApiError, toApiError, toOperationOutcome, type FieldError } from '../errors.js';
import { errorResponses, json, patientParams } from '../schemas.js';
import { today } from '../today.js';
import { exportPatient } from './export.js';
import { importDraft } from './import.js';

const tags = ['fhir'];
/** Error bodies: the REST model, or an OperationOutcome for FHIR clients (so not checked against errorBody). */
const errorBodies = Object.fromEntries([...Object.keys(errorResponses), '409', '413', '415'].map((k) => [k, json.describe('{ errors: [{ path, message }] }, or an OperationOutcome when the client sends or accepts application/fhir+json')]));
const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** An error that carries its own OperationOutcome (the importer's, with FHIRPath expressions). */
export class FhirError extends ApiError {
  constructor(
    statusCode: number,
    errors: FieldError[],
    readonly outcome: OperationOutcome,
  ) {
    super(statusCode, errors);
    this.name = 'FhirError';
  }
}

export const wantsFhir = (req: FastifyRequest): boolean => /fhir\+json/i.test(String(req.headers.accept ?? '')) || /fhir\+json/i.test(String(req.headers['content-type'] ?? ''));

function sendError(req: FastifyRequest, reply: FastifyReply, e: ApiError): FastifyReply {
  if (!wantsFhir(req)) return sendApiError(reply, e);
  for (const [k, v] of Object.entries(e.headers)) reply.header(k, v);
  const outcome = e instanceof FhirError ? e.outcome : toOperationOutcome(e);
  return reply.code(e.statusCode).type(FHIR_JSON).send(outcome);
}

/** The importer's problems as an error: 400 when the input is not a Bundle at all, 422 when its content is wrong. */
function importError(r: ImportResult): FhirError {
  const bad = r.report.issues.filter((i) => i.severity === 'fatal' || i.severity === 'error');
  const fatal = bad.some((i) => i.severity === 'fatal');
  const errors = bad.map((i) => ({ path: i.path.startsWith('(') ? '(body)' : `body.${i.path}`, message: i.message }));
  const outcome: OperationOutcome = {
    resourceType: 'OperationOutcome',
    issue: (r.outcome.issue ?? []).filter((i) => i.severity === 'fatal' || i.severity === 'error'),
  };
  if (!outcome.issue.length) outcome.issue = [{ severity: 'error', code: 'invalid', diagnostics: 'the bundle could not be imported' }];
  return new FhirError(fatal ? 400 : 422, errors.length ? errors : [{ path: '(body)', message: 'the bundle could not be imported' }], outcome);
}

const fhirIssue = (statusCode: number, path: string, expression: string, message: string, code: 'invalid' | 'conflict' | 'not-supported' | 'business-rule' = 'invalid') =>
  new FhirError(statusCode, [{ path, message }], { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics: message, expression: [expression] }] });

/** The Bundle entry index of the Patient resource (only read when a demographic check fails). */
function patientEntryIndex(text: string): number {
  try {
    const b = JSON.parse(text) as { entry?: { resource?: { resourceType?: string } }[] };
    return (b.entry ?? []).findIndex((e) => e?.resource?.resourceType === 'Patient');
  } catch {
    return -1;
  }
}

const isUniqueViolation = (e: unknown): boolean => {
  const x = e as { code?: string; message?: string };
  return x?.code === '23505' || /UNIQUE constraint failed/i.test(x?.message ?? '');
};

export const fhirRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.ctx.store.db;

  // Bundles are read as text: src/fhir parses them and names the line and column of malformed JSON.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(['application/json', 'application/fhir+json'], { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.setErrorHandler((err, req, reply) => sendError(req, reply, toApiError(err as Error, req)));

  app.post(
    '/api/patients/:patientId/fhir-import',
    {
      config: { access: { roles: ['clinician'], patientParam: 'patientId' }, audit: { action: 'create', resource: 'Bundle' } },
      schema: {
        tags,
        summary: 'Import a FHIR R4 Bundle into the patient\'s record (one transaction, idempotent); answers with the import report',
        description:
          'Body: a FHIR R4 Bundle (Content-Type application/fhir+json or application/json) about this one patient. Stored: complete operations, derived findings, questionnaire results, the current medication list (latest prescription per product), a low-back pain site; everything else is reported. Importing the same bundle again stores nothing. Errors: OperationOutcome for FHIR clients, else { errors }.',
        params: patientParams,
        response: { 200: json, ...errorBodies },
      },
    },
    async (req, reply) => {
      const text = typeof req.body === 'string' ? req.body : '';
      const t = today(app.ctx);
      const r = importBundleText(text, { referenceDate: t });
      if (!r.ok) throw importError(r);
      if (r.patients.length !== 1) {
        const msg = r.patients.length === 0 ? 'the bundle holds no Patient and no resource about one' : `the bundle holds ${r.patients.length} patients (${r.patients.map((p) => p.identity).join(', ')}): import one patient's bundle at a time`;
        throw fhirIssue(422, 'body.entry', 'Bundle.entry', msg, 'business-rule');
      }
      const draft = r.patients[0]!;
      const patient = await getPatient(db(), req.params.patientId);
      if (!patient) throw notFound('patient', 'params.patientId');
      // Never attach another person's data: the bundle's Patient must not contradict the record.
      const at = () => {
        const i = patientEntryIndex(text);
        return i >= 0 ? `entry[${i}].resource` : 'entry';
      };
      if (draft.birthDate && draft.birthDate !== patient.birthDate) {
        const p = `${at()}.birthDate`;
        throw fhirIssue(409, `body.${p}`, `Bundle.${p}`, `the bundle's Patient was born ${draft.birthDate}, the record's patient ${patient.birthDate}: not the same person?`, 'conflict');
      }
      if (draft.sex !== 'unknown' && patient.sex !== 'unknown' && draft.sex !== patient.sex) {
        const p = `${at()}.gender`;
        throw fhirIssue(409, `body.${p}`, `Bundle.${p}`, `the bundle's Patient is ${draft.sex}, the record's patient ${patient.sex}: not the same person?`, 'conflict');
      }
      try {
        const summary = await auditedWrite(req, 200, async (trx) => {
          const s = await importDraft(trx, { patient, draft, report: r.report, today: t, by: req.principal!.userId, now: app.ctx.clock.now().toISOString(), dialect: app.ctx.store.dialect });
          return { result: s, resourceId: patient.id, detail: { bundleType: r.report.bundleType ?? null, entries: r.report.entries, ...s.counts, unmappedCodes: r.report.unmapped.length } };
        });
        return reply.code(200).send(summary);
      } catch (e) {
        if (isUniqueViolation(e)) throw fhirIssue(409, '(body)', 'Bundle', 'another import of this patient ran at the same time: nothing was written, send the bundle again', 'conflict');
        throw e;
      }
    },
  );

  app.get(
    '/api/patients/:patientId/fhir',
    {
      config: { access: { roles: ['clinician'], patientParam: 'patientId' }, audit: { action: 'export', resource: 'Patient' } },
      schema: {
        tags,
        summary: 'The patient\'s record as a FHIR R4 Bundle (collection)',
        description:
          'Patient, Condition (ICD-10-CM M96.1, ICD-11 MG30.21), Procedures, QuestionnaireResponses and score Observations (LOINC), RiskAssessment and ClinicalImpression from the latest stored assessment as produced, and the CarePlan made from it with step statuses. Without an assessment, the record as of today.',
        params: patientParams,
        response: { 200: json, ...errorBodies },
      },
    },
    async (req, reply) => {
      const patient = await getPatient(db(), req.params.patientId);
      if (!patient) throw notFound('patient', 'params.patientId');
      const r = await exportPatient(db(), patient, today(app.ctx));
      if (!r.ok) {
        throw new ApiError(
          422,
          r.errors.map((e) => ({ path: `(record) ${e.path}`, message: `${e.message}: the record is not complete enough to export without an assessment`, ...(e.record ? { record: e.record } : {}) })),
        );
      }
      req.auditNote.detail = { assessmentId: r.assessmentId, entries: r.bundle.entry?.length ?? 0, ...(r.issues.length ? { issues: r.issues } : {}) };
      return reply.type(FHIR_JSON).send(r.bundle);
    },
  );
};
