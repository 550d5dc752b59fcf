/** Stores the parts of a case file (an example) in a patient's record, the way the REST API would, for tests. */
import type { Case } from '../../../case/schema.js';
import { CASE_PART_KINDS, insertCasePart } from '../../../store/case-parts.js';
import type { Executor } from '../../../store/executor.js';
import { insertQuestionnaireResponse } from '../../../store/questionnaires.js';

export async function storeCase(db: Executor, patientId: string, c: Case, now: string): Promise<void> {
  const put = (kind: keyof typeof CASE_PART_KINDS, data: object, date: string) => insertCasePart(db, CASE_PART_KINDS[kind], { patientId, data: data as Record<string, unknown>, date, by: null, now });
  for (const s of c.surgeries) await put('episodes', s, s.date);
  if (Object.keys(c.pain ?? {}).length) await put('encounters', { date: c.assessmentDate, kind: 'clinic-visit', pain: c.pain }, c.assessmentDate);
  for (const f of c.findings) await put('findings', f, f.date ?? c.assessmentDate);
  for (const r of c.testResults) await put('test_results', r, r.date);
  for (const r of c.redFlagReviews) await put('red_flag_reviews', r, r.date);
  for (const t of c.treatments) await put('treatments', t, t.start);
  for (const m of c.medications) await put('medications', m, m.start ?? c.assessmentDate);
  for (const q of c.questionnaires) {
    await insertQuestionnaireResponse(db, { patientId, instrument: q.instrument, date: q.date, source: 'clinician', answers: (q.answers as Record<string, number | string | null> | undefined) ?? null, enteredScore: q.answers ? null : (q.score ?? null), result: null, by: null, now });
  }
}
