/**
 * Questionnaire responses and their scores. The response keeps the answers and the full ScoreResult (scored by
 * src/instruments before it reaches here); each score (total and subscores) is also a row of its own, which is what
 * time series and outcome queries read. Schedules say which instrument is due how often.
 */
import type { ScoreResult } from '../instruments/index.js';
import { fromJson, toJson, type Executor } from './executor.js';
import { newId } from './ids.js';
import type { QuestionnaireResponsesTable } from './schema.js';

export interface QuestionnaireResponseRecord {
  id: string;
  patientId: string;
  instrument: string;
  date: string;
  source: string;
  answers: Record<string, number | string | null> | null;
  enteredScore: number | null;
  total: number | null;
  result: ScoreResult | null;
  createdAt: string;
  createdBy: string | null;
}

const toResponse = (r: QuestionnaireResponsesTable): QuestionnaireResponseRecord => ({
  id: r.id,
  patientId: r.patient_id,
  instrument: r.instrument,
  date: r.date,
  source: r.source,
  answers: fromJson(r.answers),
  enteredScore: r.entered_score === null ? null : Number(r.entered_score),
  total: r.total === null ? null : Number(r.total),
  result: fromJson<ScoreResult>(r.result),
  createdAt: r.created_at,
  createdBy: r.created_by,
});

export interface ScorePoint {
  responseId: string;
  instrument: string;
  date: string;
  measure: string;
  value: number;
  display: string | null;
  band: string | null;
}

export async function insertQuestionnaireResponse(
  db: Executor,
  q: {
    patientId: string;
    instrument: string;
    date: string;
    source: string;
    answers: Record<string, number | string | null> | null;
    enteredScore: number | null;
    result: ScoreResult | null;
    by: string | null;
    now: string;
  },
): Promise<QuestionnaireResponseRecord> {
  const total = q.result ? q.result.score : q.enteredScore;
  const row: QuestionnaireResponsesTable = {
    id: newId(),
    patient_id: q.patientId,
    instrument: q.instrument,
    date: q.date,
    source: q.source,
    answers: q.answers ? toJson(q.answers) : null,
    entered_score: q.enteredScore,
    result: q.result ? toJson(q.result) : null,
    total,
    created_at: q.now,
    created_by: q.by,
    retracted_at: null,
  };
  await db.insertInto('questionnaire_responses').values(row).execute();
  const points: ScorePoint[] = [];
  if (total !== null) {
    points.push({
      responseId: row.id,
      instrument: q.instrument,
      date: q.date,
      measure: 'total',
      value: total,
      display: q.result?.display ?? String(total),
      band: q.result?.band?.id ?? null,
    });
  }
  for (const sub of Object.values(q.result?.subscores ?? {})) {
    if (sub.value === null) continue;
    points.push({ responseId: row.id, instrument: q.instrument, date: q.date, measure: `subscore:${sub.id}`, value: sub.value, display: sub.display, band: sub.band?.id ?? null });
  }
  if (points.length) {
    await db
      .insertInto('questionnaire_scores')
      .values(points.map((p) => ({ id: newId(), response_id: p.responseId, patient_id: q.patientId, instrument: p.instrument, date: p.date, measure: p.measure, value: p.value, display: p.display, band: p.band })))
      .execute();
  }
  return toResponse(row);
}

export async function listQuestionnaireResponses(
  db: Executor,
  patientId: string,
  f: { instrument?: string; to?: string } = {},
): Promise<QuestionnaireResponseRecord[]> {
  let q = db.selectFrom('questionnaire_responses').selectAll().where('patient_id', '=', patientId).where('retracted_at', 'is', null);
  if (f.instrument) q = q.where('instrument', '=', f.instrument);
  if (f.to) q = q.where('date', '<=', f.to);
  return (await q.orderBy('date').orderBy('created_at').execute()).map(toResponse);
}

export async function getQuestionnaireResponse(db: Executor, patientId: string, id: string): Promise<QuestionnaireResponseRecord | undefined> {
  const r = await db.selectFrom('questionnaire_responses').selectAll().where('patient_id', '=', patientId).where('id', '=', id).executeTakeFirst();
  return r && toResponse(r);
}

export async function listScores(db: Executor, patientId: string, f: { instrument?: string } = {}): Promise<ScorePoint[]> {
  let q = db
    .selectFrom('questionnaire_scores as s')
    .innerJoin('questionnaire_responses as r', 'r.id', 's.response_id')
    .select(['s.response_id', 's.instrument', 's.date', 's.measure', 's.value', 's.display', 's.band'])
    .where('s.patient_id', '=', patientId)
    .where('r.retracted_at', 'is', null);
  if (f.instrument) q = q.where('s.instrument', '=', f.instrument);
  const rows = await q.orderBy('s.instrument').orderBy('s.measure').orderBy('s.date').orderBy('r.created_at').execute();
  return rows.map((r) => ({ responseId: r.response_id, instrument: r.instrument, date: r.date, measure: r.measure, value: Number(r.value), display: r.display, band: r.band }));
}

export interface Schedule {
  instrument: string;
  everyDays: number;
}

export async function setSchedules(db: Executor, patientId: string, schedules: Schedule[], now: string): Promise<void> {
  await db.deleteFrom('questionnaire_schedules').where('patient_id', '=', patientId).execute();
  if (schedules.length) {
    await db
      .insertInto('questionnaire_schedules')
      .values(schedules.map((s) => ({ patient_id: patientId, instrument: s.instrument, every_days: s.everyDays, created_at: now })))
      .execute();
  }
}

export async function getSchedules(db: Executor, patientId: string): Promise<Schedule[]> {
  const rows = await db.selectFrom('questionnaire_schedules').selectAll().where('patient_id', '=', patientId).orderBy('instrument').execute();
  return rows.map((r) => ({ instrument: r.instrument, everyDays: Number(r.every_days) }));
}

/** The latest response date per instrument. */
export async function lastResponseDates(db: Executor, patientId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('questionnaire_responses')
    .select(['instrument', (eb) => eb.fn.max('date').as('last')])
    .where('patient_id', '=', patientId)
    .where('retracted_at', 'is', null)
    .groupBy('instrument')
    .execute();
  return new Map(rows.map((r) => [r.instrument, String(r.last)]));
}
