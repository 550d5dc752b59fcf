/**
 * Scoring and storing one questionnaire response (from the patient app or a clinician): the instrument must exist,
 * answers are scored exactly by src/instruments, and answer problems come back naming the item
 * (`body.answers.odi-3`). A clinician may instead enter a total without answers (licensed text not loaded).
 */
import type { Transaction } from 'kysely';
import { nearest } from '../../case/suggest.js';
import { INSTRUMENT_IDS, isInstrumentId, score, type ScoreResult } from '../../instruments/index.js';
import { insertQuestionnaireResponse, type QuestionnaireResponseRecord } from '../../store/questionnaires.js';
import type { Database } from '../../store/schema.js';
import { unprocessable, type FieldError } from '../errors.js';

export interface Submission {
  patientId: string;
  instrument: string;
  date: string;
  answers?: Record<string, number | string | null>;
  score?: number;
  source: 'patient' | 'clinician';
  by: string;
  now: string;
}

/** Validates and scores; throws a 422 naming the fields. Pure except for the scorer (no I/O). */
export function scoreSubmission(s: Pick<Submission, 'instrument' | 'date' | 'answers' | 'score'>): ScoreResult | null {
  if (!isInstrumentId(s.instrument)) {
    const near = nearest(s.instrument, [...INSTRUMENT_IDS]);
    throw unprocessable([{ path: 'body.instrument', message: `unknown instrument '${s.instrument}'${near ? `; did you mean '${near}'?` : ''}`, ...(near ? { suggestion: near } : {}) }]);
  }
  if (s.answers === undefined) return null;
  const result = score(s.instrument, { instrument: s.instrument, date: s.date, answers: s.answers });
  if (result.errors.length) {
    throw unprocessable(
      result.errors.map((e): FieldError => ({ path: e.linkId ? `body.answers.${e.linkId}` : 'body.answers', message: e.message })),
    );
  }
  if (result.score === null && result.display === null) {
    throw unprocessable([{ path: 'body.answers', message: result.missingRule.text }]);
  }
  return result;
}

export async function storeSubmission(trx: Transaction<Database>, s: Submission, result: ScoreResult | null): Promise<QuestionnaireResponseRecord> {
  return insertQuestionnaireResponse(trx, {
    patientId: s.patientId,
    instrument: s.instrument,
    date: s.date,
    source: s.source,
    answers: s.answers ?? null,
    enteredScore: s.answers === undefined ? (s.score ?? null) : null,
    result,
    by: s.by,
    now: s.now,
  });
}

/** What the caller sees after submitting: the score in words and any alert (patients get the patient message). */
export function submissionSummary(r: QuestionnaireResponseRecord, forPatient: boolean) {
  const res = r.result;
  return {
    id: r.id,
    instrument: r.instrument,
    date: r.date,
    score: r.total,
    display: res?.display ?? (r.total === null ? null : String(r.total)),
    band: res?.band?.label ?? null,
    interpretation: res?.interpretation ?? null,
    alerts: (res?.alerts ?? []).map((a) => ({
      id: a.id,
      level: a.level,
      message: forPatient ? (a.patientMessage ?? a.message) : a.message,
      resources: (a.resources ?? []).map((x) => ({ region: x.region, name: x.name, contact: x.contact })),
    })),
  };
}
