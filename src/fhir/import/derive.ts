/**
 * Knowledge-base findings that follow from imported data by the finding's own definition (src/knowledge/findings):
 * only where the definition names the measure and threshold, so that no clinical rule is invented here.
 */
import type { ObservationFacts } from './observation.js';
import type { DraftFinding, PatientDraft, SourceRef } from './types.js';

const latest = <T extends { date?: string }>(list: readonly T[]): T | undefined =>
  list.reduce<T | undefined>((best, x) => (!best || (x.date ?? '') >= (best.date ?? '') ? x : best), undefined);

export function deriveFindings(d: PatientDraft, facts: ObservationFacts): DraftFinding[] {
  const out: DraftFinding[] = [];
  const add = (id: string, status: DraftFinding['status'], because: string, sources: SourceRef[], date?: string) =>
    out.push({ id, status, because, sources, ...(date ? { date } : {}) });

  // smoking: "The patient currently smokes." Latest LOINC 72166-2 answer (US Core Smoking Status).
  const smoke = latest(facts.smoking);
  if (smoke) add('smoking', smoke.status, `latest smoking status (LOINC 72166-2): ${smoke.display}`, [smoke.source], smoke.date);

  // depression-or-anxiety: "PHQ-9 total of 10 or more, or GAD-7 total of 10 or more" (finding codes 44261-6, 70274-6).
  const phq = latest(d.questionnaires.filter((q) => q.instrument === 'phq9' && q.score !== undefined));
  const gad = latest(d.questionnaires.filter((q) => q.instrument === 'gad7' && q.score !== undefined));
  const high = [phq, gad].filter((q) => q && (q.score as number) >= 10);
  if (high.length > 0) {
    add(
      'depression-or-anxiety',
      'present',
      high.map((q) => `latest ${q!.instrument === 'phq9' ? 'PHQ-9' : 'GAD-7'} total ${q!.score} (>= 10)`).join('; '),
      high.flatMap((q) => q!.sources),
      high.map((q) => q!.date ?? '').sort().at(-1) || undefined,
    );
  } else if (phq && gad) {
    add('depression-or-anxiety', 'absent', `latest PHQ-9 total ${phq.score} and GAD-7 total ${gad.score} (both < 10)`, [...phq.sources, ...gad.sources]);
  }

  // start-back-high-risk: LOINC 91352-5 = LA9193-9 (High), or the risk group of the latest scored STarT Back.
  const risk = latest(facts.startBackRisk);
  if (risk) add('start-back-high-risk', risk.risk === 'high' ? 'present' : 'absent', `latest STarT Back risk group (LOINC 91352-5): ${risk.risk}`, [risk.source], risk.date);

  // high-dose-opioids: "Opioids at 50 MME per day or more" — from AHRQ's computed MME/day observation.
  const mme = latest(facts.mme.filter((m) => !m.unit || /mme/i.test(m.unit)));
  if (mme) {
    add('high-dose-opioids', mme.value >= 50 ? 'present' : 'absent', `latest recorded MME/day ${mme.value} (threshold 50)`, [mme.source], mme.date);
  }

  // anticoagulant-or-coagulopathy: "An anticoagulant or antiplatelet drug taken around the time of surgery". Only
  // when an operation date is known and a course covers it (start on or before, no end or end on or after).
  const anti = d.medications.filter((m) => m.classes.includes('anticoagulant') || m.classes.includes('antiplatelet'));
  for (const s of d.surgeries) {
    if (!s.date) continue;
    const covering = anti.find((m) => m.start && m.start <= s.date! && (!m.end || m.end >= s.date!) && m.status !== 'entered-in-error');
    if (covering) {
      add('anticoagulant-or-coagulopathy', 'present', `${covering.name ?? covering.ingredients.join(', ')} (${covering.classes.join(', ')}) from ${covering.start} covers the operation of ${s.date}`, [covering.source]);
      break;
    }
  }
  return out;
}
