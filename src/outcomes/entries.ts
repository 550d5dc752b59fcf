/**
 * The case's questionnaire entries (`case.questionnaires`), each scored once with the exact scorer of
 * src/instruments, or checked when a clinician entered only the total. Used by the validator (errors naming the
 * path), by the engine (findings from the latest valid score) and by outcome tracking (scores over time).
 *
 * Pure. The result is memoised per entries array (a WeakMap keyed on the parsed case's array), so validating and then
 * assessing the same parsed case scores each entry once.
 */
import type { QuestionnaireEntry } from '../case/history.js';
import { nearest } from '../case/suggest.js';
import { phq9Alerts } from '../instruments/alerts.js';
import { PHQ9_ITEM9 } from '../instruments/definitions/phq9.js';
import {
  bandFor,
  getInstrument,
  INSTRUMENT_IDS,
  isInstrumentId,
  score as scoreInstrument,
  type Alert,
  type InstrumentId,
} from '../instruments/index.js';

export interface EntryIssue {
  path: string;
  message: string;
  suggestion?: string;
}

export interface ScoredEntry {
  /** Position in case.questionnaires. */
  index: number;
  /** `questionnaires[i]`. */
  path: string;
  instrument: InstrumentId;
  date: string;
  /** Scored from item answers, or a total entered by a clinician. */
  source: 'answers' | 'clinician-score';
  /** Main score, full precision; null when the instrument has no single score (EQ-5D-5L profile). */
  score: number | null;
  /** As the manual rounds it. */
  display: string | null;
  /** Subscores (NRS sites back/leg/neck/arm, NDI raw, STarT Back distress, EQ VAS ...); null = not scored. */
  subscores: Readonly<Record<string, number | null>>;
  band: { id: string; label: string; range: string } | null;
  /** All scored items answered (false for a clinician-entered total). */
  complete: boolean;
  /** How missing items were handled (answers only). */
  missingRule?: string;
  /** PHQ-9 item 9 value: a number when answered, null when not known (unanswered, or only the total entered). */
  phq9Item9?: number | null;
  /** Safety alerts from the scorer (PHQ-9 item 9). */
  alerts: readonly Alert[];
}

export interface ScoredQuestionnaires {
  /** Usable entries (no error), in case order. */
  entries: readonly ScoredEntry[];
  /** Usable entries per instrument, oldest first (same date: case order). */
  byInstrument: ReadonlyMap<InstrumentId, readonly ScoredEntry[]>;
  /** Problems that make an entry unusable; the validator reports them as errors. */
  errors: readonly EntryIssue[];
  warnings: readonly EntryIssue[];
}

/** Instruments whose total is a sum of whole item scores: a clinician-entered total must be a whole number. */
const WHOLE_TOTALS: ReadonlySet<InstrumentId> = new Set(['phq9', 'gad7', 'dn4', 'paindetect', 'pcs', 'start-back', 'pgic']);

/** Instruments without one main score: only item answers can be recorded. */
const ANSWERS_ONLY: Readonly<Partial<Record<InstrumentId, string>>> = {
  nrs: 'an NRS entry needs the site answers (nrs-back, nrs-leg, nrs-neck, nrs-arm): one number does not say which site',
  eq5d5l: 'an EQ-5D-5L entry needs the answers: its result is a profile and the EQ VAS, not one number',
};

const EMPTY: ScoredQuestionnaires = Object.freeze({ entries: [], byInstrument: new Map(), errors: [], warnings: [] });

const cache = new WeakMap<readonly QuestionnaireEntry[], ScoredQuestionnaires>();

/** Scores every entry once (memoised per array). */
export function scoreQuestionnaires(list: readonly QuestionnaireEntry[]): ScoredQuestionnaires {
  if (list.length === 0) return EMPTY;
  let r = cache.get(list);
  if (!r) {
    r = compute(list);
    cache.set(list, r);
  }
  return r;
}

function compute(list: readonly QuestionnaireEntry[]): ScoredQuestionnaires {
  const entries: ScoredEntry[] = [];
  const errors: EntryIssue[] = [];
  const warnings: EntryIssue[] = [];
  list.forEach((q, i) => {
    const e = scoreEntry(q, i, errors, warnings);
    if (e) entries.push(e);
  });
  const byInstrument = new Map<InstrumentId, ScoredEntry[]>();
  for (const e of entries) {
    const l = byInstrument.get(e.instrument);
    if (l) l.push(e);
    else byInstrument.set(e.instrument, [e]);
  }
  for (const l of byInstrument.values()) l.sort(byDate);
  return { entries, byInstrument, errors, warnings };
}

/** Oldest first; same date keeps case order (the later entry counts as the later answer). */
export function byDate(a: { date: string; index: number }, b: { date: string; index: number }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index;
}

/** The key the user wrote for a linkId (LHC-Forms style `/44250-9` or `/44249-1/44250-9` are matched by last segment). */
function userKey(answers: Readonly<Record<string, unknown>>, linkId: string): string {
  for (const k of Object.keys(answers)) if (k === linkId) return k;
  for (const k of Object.keys(answers)) if (k.split('/').pop() === linkId) return k;
  return linkId;
}

function scoreEntry(q: QuestionnaireEntry, index: number, errors: EntryIssue[], warnings: EntryIssue[]): ScoredEntry | undefined {
  const path = `questionnaires[${index}]`;
  if (!isInstrumentId(q.instrument)) {
    const suggestion = nearestInstrument(q.instrument);
    errors.push({
      path: `${path}.instrument`,
      message: `unknown instrument '${q.instrument}'${suggestion ? `; did you mean '${suggestion}'?` : ''} (known: ${INSTRUMENT_IDS.join(', ')})`,
      ...(suggestion ? { suggestion } : {}),
    });
    return undefined;
  }
  const def = getInstrument(q.instrument);
  const id = def.id;

  if (q.answers === undefined) return clinicianScore(q, index, path, id, errors, warnings);

  const r = scoreInstrument(id, { instrument: id, answers: q.answers });
  const before = errors.length;
  for (const e of r.errors) {
    const where = e.linkId !== undefined ? `${path}.answers.${userKey(q.answers, e.linkId)}` : `${path}.answers`;
    errors.push({ path: where, message: e.message });
  }
  for (const w of r.warnings) warnings.push({ path: `${path}.answers`, message: w });
  if (errors.length > before) return undefined;

  const subscores: Record<string, number | null> = {};
  for (const [k, s] of Object.entries(r.subscores)) subscores[k] = s.value;
  const anySubscore = Object.values(subscores).some((v) => v !== null);
  if (r.score === null && !anySubscore) {
    // Too many items missing (or none answered): say which and by which rule; never a zero.
    errors.push({ path: `${path}.answers`, message: `not scored: ${r.missingRule.text}` });
    return undefined;
  }
  if (r.score === null && r.missingRule.decision === 'refused') {
    warnings.push({ path: `${path}.answers`, message: `main score not computed: ${r.missingRule.text}` });
  }
  if (q.score !== undefined) {
    if (r.score === null) {
      errors.push({ path: `${path}.score`, message: `${def.shortName} has no single score to compare with; give the answers only` });
      return undefined;
    }
    const tol = 0.5 * 10 ** -def.scoring.displayDecimals + 1e-9;
    if (Math.abs(q.score - r.score) > tol) {
      errors.push({
        path: `${path}.score`,
        message: `the entered score ${q.score} does not match the ${def.shortName} ${def.scoreName} computed from the answers (${r.display})`,
      });
      return undefined;
    }
  }
  const out: ScoredEntry = {
    index,
    path,
    instrument: id,
    date: q.date,
    source: 'answers',
    score: r.score,
    display: r.display,
    subscores,
    band: r.band,
    complete: r.complete,
    missingRule: r.missingRule.text,
    alerts: r.alerts,
  };
  if (id === 'phq9') out.phq9Item9 = r.itemScores[PHQ9_ITEM9] ?? null;
  return out;
}

function clinicianScore(
  q: QuestionnaireEntry,
  index: number,
  path: string,
  id: InstrumentId,
  errors: EntryIssue[],
  warnings: EntryIssue[],
): ScoredEntry | undefined {
  const def = getInstrument(id);
  const only = ANSWERS_ONLY[id];
  if (only) {
    errors.push({ path: `${path}.score`, message: only });
    return undefined;
  }
  const s = q.score as number; // the schema requires answers or score
  const { min, max } = def.range;
  if (s < min || s > max) {
    errors.push({ path: `${path}.score`, message: `${s} is outside the ${def.shortName} ${def.scoreName} range ${min} to ${max}` });
    return undefined;
  }
  if (WHOLE_TOTALS.has(id) && !Number.isInteger(s)) {
    errors.push({ path: `${path}.score`, message: `${s} is not a whole number: the ${def.shortName} ${def.scoreName} is a sum of whole item scores` });
    return undefined;
  }
  let band: ScoredEntry['band'] = null;
  if (id === 'start-back') {
    // Risk needs the distress subscore unless the total alone says low risk (instruments.md §10).
    if (s <= 3) band = pick(def.bands.find((b) => b.id === 'low'));
    else warnings.push({ path: `${path}.score`, message: 'STarT Back total above 3 without the answers: the risk level (medium or high) needs the distress subscore, so it is not derived' });
  } else {
    band = pick(bandFor(def.bands, s));
  }
  const alerts: Alert[] =
    id === 'phq9'
      ? phq9Alerts(undefined, false).map((a) => ({
          ...a,
          message: 'PHQ-9 entered as a total only: item 9 (thoughts of self-harm) is not known. Ask the patient about it directly.',
        }))
      : [];
  const out: ScoredEntry = { index, path, instrument: id, date: q.date, source: 'clinician-score', score: s, display: String(s), subscores: {}, band, complete: false, alerts };
  if (id === 'phq9') out.phq9Item9 = null;
  return out;
}

function pick(b: { id: string; label: string; range: string } | null | undefined): ScoredEntry['band'] {
  return b ? { id: b.id, label: b.label, range: b.range } : null;
}

function nearestInstrument(input: string): string | undefined {
  const needle = input.toLowerCase().trim().replace(/[\s_]/g, '-');
  return ALIASES[needle] ?? nearest(needle, INSTRUMENT_IDS);
}

/** Common spellings of instrument names. */
const ALIASES: Readonly<Record<string, InstrumentId>> = {
  'phq-9': 'phq9',
  'gad-7': 'gad7',
  startback: 'start-back',
  'eq-5d-5l': 'eq5d5l',
  'eq-5d': 'eq5d5l',
  eq5d: 'eq5d5l',
  promis: 'promis-pi-4a',
  'pain-detect': 'paindetect',
  oswestry: 'odi',
};

/** The latest usable entry of an instrument (by date; same date: the later entry in the case). */
export function latestOf(s: ScoredQuestionnaires, id: InstrumentId): ScoredEntry | undefined {
  const l = s.byInstrument.get(id);
  return l ? l[l.length - 1] : undefined;
}
