/**
 * The SAFETY and PLAN sections of the clinician report (after the work-up). Safety first: a "block" must be dealt with
 * before any planned item; every value not confirmed in a retrieved source is marked VERIFY. The plan is stepped (now /
 * next if not improved by the review / later), each item with its reasons, criteria, what is missing, cautions, the
 * evidence in natural frequencies, the guideline positions with their jurisdiction, and the patient's goals.
 */
import type { CitedAssessment } from '../engine/assess.js';
import { treatmentEvidence } from '../engine/plan/index.js';
import type { PlanItem } from '../engine/plan/types.js';
import { plainGoals, plainPreferences } from '../knowledge/plain-language.js';
import { shortRef, wrap } from './render-assessment.js';

const LABEL = { block: 'BLOCK', warn: 'WARN', info: 'info' } as const;

export function renderSafety(a: CitedAssessment): string[] {
  const out = ['SAFETY (BLOCK = do not proceed until resolved; WARN = act before proceeding; VERIFY = value not confirmed in a retrieved source)'];
  if (!a.safety.length) out.push('  no safety finding for the recorded medicines, comorbidities, devices and planned procedures.');
  for (const s of a.safety) {
    const tail = [
      s.drugs.length ? `drugs: ${s.drugs.join(', ')}` : '',
      s.procedures.length ? `concerns: ${s.procedures.join(', ')}` : '',
      s.citations.length ? `sources: ${s.citations.map(shortRef).join('; ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    out.push(...wrap(`[${LABEL[s.severity]}]${s.verify ? ' [VERIFY]' : ''} ${s.message}${tail ? ` (${tail})` : ''}`, '    ').map((l, j) => (j === 0 ? `  ${l.trimStart()}` : l)));
    for (const j of s.jurisdictions ?? []) out.push(...wrap(`${j.body}, ${j.jurisdiction}: ${j.position}`, '      '));
  }
  return out;
}

function itemLines(i: PlanItem, n: number): string[] {
  const out: string[] = [];
  const head = `${n}. [${i.recommendation}] ${i.name} (${i.code})${i.review ? ` - review: ${i.review}` : ''}${i.notImproving ? ' - NOT IMPROVING' : ''}`;
  out.push(...wrap(head, '     ').map((l, j) => (j === 0 ? `  ${l.trimStart()}` : l)));
  if (i.suppressed) out.push(...wrap(`SUPPRESSED: ${i.suppressed}`, '     '));
  for (const r of i.reasons) out.push(...wrap(`- ${r}`, '     '));
  for (const k of i.criteria ?? []) out.push(...wrap(`[${k.status}] ${k.label}: ${k.value}${k.approximate ? ' (APPROXIMATE: NRS read as VAS, expert estimate)' : ''}; ${k.reason}`, '       '));
  for (const m of i.missing ?? []) out.push(...wrap(`missing: ${m}`, '     '));
  for (const c of i.contraindications ?? []) out.push(...wrap(`CONTRAINDICATION: ${c}`, '     '));
  for (const c of i.cautions ?? []) out.push(...wrap(`caution: ${c}`, '     '));
  if (i.goals?.supports.length) out.push(...wrap(`serves the patient's goal to ${i.goals.supports.map((g) => plainGoals[g] ?? g).join(', ')}`, '     '));
  if (i.goals?.conflicts.length) out.push(...wrap(`runs against the patient's preference: ${i.goals.conflicts.map((p) => plainPreferences[p] ?? p).join('; ')}`, '     '));
  if (i.recommendation === 'recommended' || i.recommendation === 'consider') {
    const ev = treatmentEvidence(i.treatment);
    for (const e of ev?.evidence ?? []) out.push(...wrap(`evidence: ${e}`, '     '));
    for (const g of ev?.guidelines ?? []) out.push(...wrap(`${g.body} (${g.jurisdiction}; ${g.position}): ${g.statement}`, '     '));
  }
  out.push(...wrap(`sources: ${i.citations.map(shortRef).join('; ')}`, '     '));
  return out;
}

export function renderPlan(a: CitedAssessment): string[] {
  const out = ['PLAN (stepped: NOW; NEXT if not improved by the review of the step before; LATER)'];
  const s = a.planSummary;
  if (s.suppression) out.push(...wrap(`!! ${s.suppression}`, '   '));
  if (s.goals.length || s.preferences.length) {
    out.push(...wrap(`Patient goals: ${s.goals.map((g) => plainGoals[g] ?? g).join(', ') || '-'}; would rather avoid: ${s.preferences.map((p) => plainPreferences[p] ?? p).join('; ') || '-'} (options of equal standing are ordered by these).`, '  '));
  }
  if (s.confirmedLesion) out.push(...wrap(`Confirmed concordant correctable lesion: ${s.confirmedLesion}`, '  '));
  if (s.thomsonFactors.present.length || s.thomsonFactors.notAsked.length) {
    out.push(...wrap(`Thomson 2020 psychosocial factors present: ${s.thomsonFactors.present.join(', ') || 'none recorded'}; not yet asked: ${s.thomsonFactors.notAsked.join(', ') || '-'}.`, '  '));
  }
  for (const e of s.escalations) out.push(...wrap(`Outcome escalation: ${e.treatment} (review due ${e.reviewDue}): ${e.reason}`, '  '));
  let n = 0;
  for (const [step, title] of [
    ['now', 'NOW'],
    ['next', 'NEXT (if not improved by the review)'],
    ['later', 'LATER'],
  ] as const) {
    const list = a.plan.filter((i) => i.step === step && (i.recommendation === 'recommended' || i.recommendation === 'consider'));
    if (!list.length) continue;
    out.push(` ${title}`);
    for (const i of list) out.push(...itemLines(i, ++n));
  }
  const no = a.plan.filter((i) => i.code !== 'T15' && (i.recommendation === 'not-recommended' || i.recommendation === 'contraindicated'));
  if (no.length) {
    out.push(' NOT RECOMMENDED NOW / CONTRAINDICATED');
    for (const i of no) {
      out.push(...wrap(`- [${i.recommendation}] ${i.name} (${i.code}): ${[...(i.contraindications ?? []), ...i.reasons].join(' ')}`, '     ').map((l, j) => (j === 0 ? `  ${l.trimStart()}` : l)));
    }
  }
  const t15 = a.plan.filter((i) => i.code === 'T15');
  if (t15.length) {
    out.push(...wrap(` NICE NG59 (England) do not offer for low back pain or sciatica (T15): ${t15.map((i) => i.name.toLowerCase()).join('; ')}.`, '   '));
    for (const i of t15.filter((x) => x.reasons.length > 1)) out.push(...wrap(`- ${i.name}: ${i.reasons.slice(1).join(' ')}`, '     '));
  }
  return out;
}
