/**
 * The parts of a patient's record that make up the case: one kind per table, each with the case-format schema its
 * payload must satisfy (src/case/schema.ts), the code and date queries use, and the segment the REST API serves it
 * under. Payloads are validated on the way in (the route) and again when a case is assembled (validateCase), so a
 * record that a later schema no longer accepts is reported by field instead of reaching the engine.
 */
import { z } from 'zod';
import { treatmentCourseSchema } from '../case/history.js';
import { isoDate } from '../case/primitives.js';
import { comorbiditySchema, deviceSchema, medicationSchema } from '../case/medications.js';
import { painSchema, recordedFindingSchema, redFlagReviewSchema, surgerySchema, testResultSchema } from '../case/schema.js';
import { fromJson, toJson, type Executor } from './executor.js';
import { newId } from './ids.js';
import type { CasePartTable, CasePartTableName } from './schema.js';

export const ENCOUNTER_KINDS = ['clinic-visit', 'telephone', 'video', 'pre-operative', 'post-operative-review', 'emergency', 'other'] as const;

/** A visit: when, what kind, the pain profile taken then (the latest one goes into the case), a note. */
export const encounterSchema = z
  .object({
    date: isoDate,
    kind: z.enum(ENCOUNTER_KINDS),
    pain: painSchema.optional(),
    clinician: z.string().max(200).optional(),
    note: z.string().max(10000).optional(),
  })
  .strict();
export type Encounter = z.infer<typeof encounterSchema>;

export interface CasePartKind {
  readonly table: CasePartTableName;
  /** URL segment under /api/patients/:patientId/. */
  readonly segment: string;
  /** Resource name in audit events and messages. */
  readonly resource: string;
  /** Where the records go in the case (undefined: not part of the case). */
  readonly caseField: string | undefined;
  readonly schema: () => z.ZodType;
  readonly code: (payload: Record<string, unknown>) => string;
  /** The date the payload carries, if any (the server falls back to the encounter date, then today). */
  readonly date: (payload: Record<string, unknown>) => string | undefined;
}

const s = (p: Record<string, unknown>, k: string) => (typeof p[k] === 'string' ? (p[k] as string) : undefined);

export const CASE_PART_KINDS: Record<CasePartTableName, CasePartKind> = {
  episodes: {
    table: 'episodes',
    segment: 'episodes',
    resource: 'Episode',
    caseField: 'surgeries',
    schema: () => surgerySchema,
    code: (p) => s(p, 'procedure') ?? 'operation',
    date: (p) => s(p, 'date'),
  },
  encounters: {
    table: 'encounters',
    segment: 'encounters',
    resource: 'Encounter',
    caseField: 'pain',
    schema: () => encounterSchema,
    code: (p) => s(p, 'kind') ?? 'other',
    date: (p) => s(p, 'date'),
  },
  findings: {
    table: 'findings',
    segment: 'findings',
    resource: 'Finding',
    caseField: 'findings',
    schema: () => recordedFindingSchema,
    code: (p) => s(p, 'id') ?? '',
    date: (p) => s(p, 'date'),
  },
  test_results: {
    table: 'test_results',
    segment: 'test-results',
    resource: 'TestResult',
    caseField: 'testResults',
    schema: () => testResultSchema,
    code: (p) => s(p, 'test') ?? '',
    date: (p) => s(p, 'date'),
  },
  red_flag_reviews: {
    table: 'red_flag_reviews',
    segment: 'red-flag-reviews',
    resource: 'RedFlagReview',
    caseField: 'redFlagReviews',
    schema: () => redFlagReviewSchema,
    code: (p) => s(p, 'redFlag') ?? '',
    date: (p) => s(p, 'date'),
  },
  treatments: {
    table: 'treatments',
    segment: 'treatments',
    resource: 'Treatment',
    caseField: 'treatments',
    schema: () => treatmentCourseSchema,
    code: (p) => s(p, 'treatment') ?? '',
    date: (p) => s(p, 'start'),
  },
  medications: {
    table: 'medications',
    segment: 'medications',
    resource: 'Medication',
    caseField: 'medications',
    schema: () => medicationSchema,
    code: (p) => s(p, 'name') ?? 'medication',
    date: (p) => s(p, 'start'),
  },
  comorbidities: {
    table: 'comorbidities',
    segment: 'comorbidities',
    resource: 'Comorbidity',
    caseField: 'comorbidities',
    schema: () => comorbiditySchema,
    code: (p) => s(p, 'id') ?? '',
    date: () => undefined,
  },
  devices: {
    table: 'devices',
    segment: 'devices',
    resource: 'Device',
    caseField: 'devices',
    schema: () => deviceSchema,
    code: (p) => s(p, 'kind') ?? '',
    date: () => undefined,
  },
};

export interface CasePartRecord {
  id: string;
  patientId: string;
  code: string;
  date: string;
  episodeId: string | null;
  encounterId: string | null;
  data: Record<string, unknown>;
  createdAt: string;
  createdBy: string | null;
  retracted: { at: string; by: string | null; reason: string | null } | null;
}

export function toCasePart(r: CasePartTable): CasePartRecord {
  return {
    id: r.id,
    patientId: r.patient_id,
    code: r.code,
    date: r.date,
    episodeId: r.episode_id,
    encounterId: r.encounter_id,
    data: fromJson<Record<string, unknown>>(r.payload) ?? {},
    createdAt: r.created_at,
    createdBy: r.created_by,
    retracted: r.retracted_at ? { at: r.retracted_at, by: r.retracted_by, reason: r.retract_reason } : null,
  };
}

export async function insertCasePart(
  db: Executor,
  kind: CasePartKind,
  r: { patientId: string; data: Record<string, unknown>; date: string; episodeId?: string | null; encounterId?: string | null; by: string | null; now: string },
): Promise<CasePartRecord> {
  const row: CasePartTable = {
    id: newId(),
    patient_id: r.patientId,
    code: kind.code(r.data),
    date: r.date,
    episode_id: r.episodeId ?? null,
    encounter_id: r.encounterId ?? null,
    payload: toJson(r.data),
    created_at: r.now,
    created_by: r.by,
    retracted_at: null,
    retracted_by: null,
    retract_reason: null,
  };
  await db.insertInto(kind.table).values(row).execute();
  return toCasePart(row);
}

export async function listCaseParts(
  db: Executor,
  table: CasePartTableName,
  patientId: string,
  f: { to?: string; includeRetracted?: boolean } = {},
): Promise<CasePartRecord[]> {
  let q = db.selectFrom(table).selectAll().where('patient_id', '=', patientId);
  if (f.to) q = q.where('date', '<=', f.to);
  if (!f.includeRetracted) q = q.where('retracted_at', 'is', null);
  const rows = await q.orderBy('date').orderBy('created_at').orderBy('id').execute();
  return rows.map(toCasePart);
}

export async function getCasePart(db: Executor, table: CasePartTableName, patientId: string, id: string): Promise<CasePartRecord | undefined> {
  const r = await db.selectFrom(table).selectAll().where('patient_id', '=', patientId).where('id', '=', id).executeTakeFirst();
  return r && toCasePart(r);
}

/** Marks a record entered in error: it stays for the audit and the record export but leaves every later case. */
export async function retractCasePart(
  db: Executor,
  table: CasePartTableName,
  patientId: string,
  id: string,
  r: { by: string | null; reason: string | null; now: string },
): Promise<boolean> {
  const res = await db
    .updateTable(table)
    .set({ retracted_at: r.now, retracted_by: r.by, retract_reason: r.reason })
    .where('patient_id', '=', patientId)
    .where('id', '=', id)
    .where('retracted_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
