/**
 * Validation of `case.questionnaires`: a known instrument (else the nearest id is suggested), a date not after the
 * assessment, answers that score (every scoring error names its item: `questionnaires[2].answers./44259-0: ...`),
 * enough items answered for the instrument's missing-item rule (the message names the missing items and the rule),
 * a clinician-entered total within the instrument's range and, with answers, equal to the computed score. Scores are
 * computed once (memoised) and reused by the engine.
 *
 * Recorded findings that disagree with a questionnaire score are warnings: the recorded value is used.
 */
import { questionnaireEvidence, questionnaireOriginText } from '../engine/questionnaire-findings.js';
import { PHQ9_ITEM9 } from '../instruments/definitions/phq9.js';
import { score, type Alert } from '../instruments/index.js';
import { scoreQuestionnaires } from '../outcomes/entries.js';
import type { Case } from './schema.js';

export interface Issue {
  path: string;
  message: string;
  suggestion?: string;
}

export function checkQuestionnaires(c: Case, errors: Issue[], warnings: Issue[]): void {
  if (c.questionnaires.length === 0) return;
  c.questionnaires.forEach((q, i) => {
    if (q.date > c.assessmentDate) errors.push({ path: `questionnaires[${i}].date`, message: `questionnaire date ${q.date} is after the assessment date ${c.assessmentDate}` });
  });
  const s = scoreQuestionnaires(c.questionnaires);
  errors.push(...s.errors);
  warnings.push(...s.warnings);
  if (s.errors.length > 0) return;

  // Recorded findings against the latest score that gives the same finding.
  const ev = questionnaireEvidence(c);
  const latest = new Map<string, { status: string; origin: Parameters<typeof questionnaireOriginText>[0] }>();
  for (const f of [...ev.tests.flatMap((t) => t.results), ...ev.direct]) {
    const prev = latest.get(f.id);
    if (!prev || prev.origin.date <= f.date) latest.set(f.id, { status: f.status, origin: f.origin });
  }
  c.findings.forEach((f, i) => {
    if (f.status === 'unknown' || f.level) return;
    const q = latest.get(f.id);
    if (q && q.status !== f.status) {
      warnings.push({
        path: `findings[${i}].status`,
        message: `'${f.id}' is recorded ${f.status} but the ${questionnaireOriginText(q.origin)} (${q.origin.path}) says ${q.status}; the recorded value is used`,
      });
    }
  });
}

/**
 * PHQ-9 item 9 alerts for a case that fails validation (nothing is assessed, so the report's alert box is never
 * printed): read from the raw input, whatever else is wrong with it. The latest PHQ-9 that answered item 9 decides.
 */
export function alertIssues(data: unknown): Issue[] {
  const list = (data as { questionnaires?: unknown } | null)?.questionnaires;
  if (!Array.isArray(list) || list.length === 0) return [];
  let best: { date: string; index: number; value: number; alert?: Alert } | undefined;
  list.forEach((q: unknown, index) => {
    const e = q as { instrument?: unknown; date?: unknown; answers?: unknown } | null;
    if (!e || e.instrument !== 'phq9' || typeof e.answers !== 'object' || e.answers === null) return;
    const r = score('phq9', { instrument: 'phq9', answers: e.answers });
    const value = r.itemScores[PHQ9_ITEM9];
    if (value === undefined) return;
    const date = typeof e.date === 'string' ? e.date : '';
    if (!best || date > best.date || (date === best.date && index > best.index)) {
      best = { date, index, value, ...(r.alerts[0] ? { alert: r.alerts[0] } : {}) };
    }
  });
  if (!best || best.value === 0 || !best.alert || best.alert.level !== 'urgent') return [];
  const a = best.alert;
  return [
    {
      path: `questionnaires[${best.index}].answers.${PHQ9_ITEM9}`,
      message: `ALERT (not a format error; shown although the case was not assessed): ${a.message}${a.patientMessage ? ` Tell the patient: ${a.patientMessage}` : ''}`,
    },
  ];
}
