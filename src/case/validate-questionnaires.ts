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
