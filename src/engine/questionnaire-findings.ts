/**
 * Findings from the case's questionnaire scores (issue 4 part 4), each with its origin (instrument, date, score):
 *
 * - DN4 ≥4 → `dn4-4-or-more` present, else absent; painDETECT ≥19 → `paindetect-19-or-more`, ≤12 →
 *   `paindetect-12-or-less` (13-18: both absent). Each scored DN4 or painDETECT is a result of the work-up test
 *   `neuropathic-screening`, a STarT Back with a known risk level a result of `start-back-screening` (high risk →
 *   `start-back-high-risk`). They enter the engine like test results: dated, replaced by later results of the same
 *   test, set aside before the latest operation or past the test's validity, and the test counts as done.
 * - From the latest valid score of each instrument: PHQ-9 ≥10 or GAD-7 ≥10 → `depression-or-anxiety` present; absent
 *   only when both the latest PHQ-9 and the latest GAD-7 are below 10 (one screen alone does not exclude the other);
 *   PCS ≥30 → `pcs-30-or-more`.
 *
 * Cut-offs are those of the findings' definitions (src/knowledge/findings/questionnaires.ts) and the instruments'
 * bands. Recorded findings take precedence (the validator warns when they disagree with the scores).
 */
import type { Case } from '../case/schema.js';
import { getInstrument, type InstrumentId } from '../instruments/index.js';
import { latestOf, scoreQuestionnaires, type ScoredEntry, type ScoredQuestionnaires } from '../outcomes/entries.js';

export interface QuestionnaireOrigin {
  kind: 'questionnaire';
  instrument: InstrumentId;
  date: string;
  /** Score as displayed (e.g. "7", "35.6"). */
  score: string;
  path: string;
}

export interface QuestionnaireFinding {
  id: string;
  status: 'present' | 'absent';
  date: string;
  origin: QuestionnaireOrigin;
}

/** A scored questionnaire read as a result of a work-up test. */
export interface QuestionnaireTestResult {
  test: 'neuropathic-screening' | 'start-back-screening';
  date: string;
  path: string;
  index: number;
  results: QuestionnaireFinding[];
}

export interface QuestionnaireEvidence {
  tests: QuestionnaireTestResult[];
  /** Findings not tied to a test (latest score of each instrument). */
  direct: QuestionnaireFinding[];
}

const NONE: QuestionnaireEvidence = Object.freeze({ tests: [], direct: [] }) as QuestionnaireEvidence;

/** DN4 positive from 4 (bands of src/instruments/definitions/dn4.ts). */
export const DN4_POSITIVE = 4;
/** painDETECT bands: ≤12 unlikely, 13-18 uncertain, ≥19 likely (Freynhagen 2006). */
export const PAINDETECT_UNLIKELY_MAX = 12;
export const PAINDETECT_LIKELY_MIN = 19;
/** PHQ-9 / GAD-7 ≥10 (moderate band and above); PCS ≥30. */
export const MOOD_CUTOFF = 10;
export const PCS_CUTOFF = 30;

function origin(e: ScoredEntry): QuestionnaireOrigin {
  return { kind: 'questionnaire', instrument: e.instrument, date: e.date, score: e.display ?? String(e.score), path: e.path };
}

function finding(e: ScoredEntry, id: string, present: boolean): QuestionnaireFinding {
  return { id, status: present ? 'present' : 'absent', date: e.date, origin: origin(e) };
}

const cache = new WeakMap<ScoredQuestionnaires, QuestionnaireEvidence>();

export function questionnaireEvidence(c: Case): QuestionnaireEvidence {
  if (c.questionnaires.length === 0) return NONE;
  const s = scoreQuestionnaires(c.questionnaires);
  let r = cache.get(s);
  if (!r) {
    r = build(s);
    cache.set(s, r);
  }
  return r;
}

function build(s: ScoredQuestionnaires): QuestionnaireEvidence {
  const tests: QuestionnaireTestResult[] = [];
  for (const e of s.entries) {
    if (e.score === null) continue;
    let results: QuestionnaireFinding[] | undefined;
    let test: QuestionnaireTestResult['test'] = 'neuropathic-screening';
    if (e.instrument === 'dn4') {
      results = [finding(e, 'dn4-4-or-more', e.score >= DN4_POSITIVE)];
    } else if (e.instrument === 'paindetect') {
      results = [
        finding(e, 'paindetect-19-or-more', e.score >= PAINDETECT_LIKELY_MIN),
        finding(e, 'paindetect-12-or-less', e.score <= PAINDETECT_UNLIKELY_MAX),
      ];
    } else if (e.instrument === 'start-back' && e.band) {
      test = 'start-back-screening';
      results = [finding(e, 'start-back-high-risk', e.band.id === 'high')];
    }
    if (results) tests.push({ test, date: e.date, path: e.path, index: e.index, results });
  }

  const direct: QuestionnaireFinding[] = [];
  const phq = latestOf(s, 'phq9');
  const gad = latestOf(s, 'gad7');
  const high = [phq, gad].find((e) => e && e.score !== null && e.score >= MOOD_CUTOFF);
  if (high) direct.push(finding(high, 'depression-or-anxiety', true));
  else if (phq && gad && phq.score !== null && gad.score !== null) {
    direct.push(finding(phq.date >= gad.date ? phq : gad, 'depression-or-anxiety', false));
  }
  const pcs = latestOf(s, 'pcs');
  if (pcs && pcs.score !== null) direct.push(finding(pcs, 'pcs-30-or-more', pcs.score >= PCS_CUTOFF));
  return { tests, direct };
}

/** "DN4 7 on 2026-03-01" for the evidence trail. */
export function questionnaireOriginText(o: QuestionnaireOrigin): string {
  return `${getInstrument(o.instrument).shortName} ${o.score}${o.instrument === 'odi' || o.instrument === 'ndi' ? '%' : ''} on ${o.date}`;
}
