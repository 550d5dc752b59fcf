/**
 * The clinician report for `spinepath assess`: urgent findings boxed first, then classification, the ranked causes
 * with what moved each and its sources, then the work-up. Every line a clinician reads carries its basis.
 */
import type { CitedAssessment } from '../engine/assess.js';
import type { EvidenceItem } from '../engine/differential.js';
import { compiledKb } from '../engine/compiled-kb.js';
import type { KbBasis } from '../knowledge/index.js';
import { questionnaireOriginText } from '../engine/questionnaire-findings.js';
import { renderAlerts, renderOutcomes } from './render-outcomes.js';
import { renderPlan, renderSafety } from './render-plan.js';

const WIDTH = 100;

export function wrap(text: string, indent = '', width = WIDTH): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = indent;
  for (const w of words) {
    if (line.length + w.length + 1 > width && line.trim()) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += (line.trim() ? ' ' : '') + w;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function box(lines: string[]): string[] {
  const inner = WIDTH - 4;
  const out = [`+${'='.repeat(WIDTH - 2)}+`];
  for (const l of lines) for (const w of wrap(l, '', inner)) out.push(`| ${w.padEnd(inner)} |`);
  out.push(`+${'='.repeat(WIDTH - 2)}+`);
  return out;
}

export function shortRef(id: string): string {
  return compiledKb().referenceById.get(id)?.short ?? id;
}

export function basisLabel(b: KbBasis): string {
  const refs = b.refs.map(shortRef).join('; ');
  switch (b.kind) {
    case 'published':
      return `source: ${refs}`;
    case 'secondary':
      return `source: ${refs} (secondary; verify against primary)`;
    case 'computed':
      return `computed from ${refs}`;
    case 'expert-estimate':
      return `expert estimate${refs ? ` (anchored on ${refs})` : ''}`;
    case 'unverified':
      return `UNVERIFIED${refs ? `: verify against ${refs}` : ''}`;
    case 'tool-logic':
      return `tool logic${refs ? ` (from ${refs})` : ''}`;
  }
}

const pct = (p: number) => {
  const v = p * 100;
  return v < 1 ? '<1%' : `${Math.round(v)}%`;
};

function originLabel(e: EvidenceItem): string {
  switch (e.origin.kind) {
    case 'recorded':
      return '';
    case 'test':
      return ` [${e.origin.test} ${e.origin.date}]`;
    case 'derived':
      return ` [from ${e.origin.from}]`;
    case 'questionnaire':
      return ` [${questionnaireOriginText(e.origin)}, ${e.origin.path}]`;
  }
}

export function renderAssessment(a: CitedAssessment): string {
  const out: string[] = [];
  const kb = compiledKb();
  out.push(`SpinePath assessment${a.case.id ? ` of ${a.case.id}` : ''}, ${a.case.assessmentDate}`);
  out.push(`Knowledge base ${a.knowledgeBase.version} (${a.knowledgeBase.hash}), engine ${a.engine.version}. Decision support: review every item; it does not replace clinical judgement.`);
  out.push('');

  // 0. Questionnaire safety alerts (PHQ-9 item 9) before everything else.
  out.push(...renderAlerts(a));

  // 1. Red flags first.
  const active = a.triage.redFlags.filter((f) => !f.review);
  if (active.length > 0) {
    const lines: string[] = [`TRIAGE: ${a.triage.urgency.toUpperCase()}`];
    for (const f of active) {
      lines.push('');
      lines.push(`${f.code} ${f.name.toUpperCase()} (${f.urgency}; ${f.timeFrame})`);
      lines.push(`Fired by: ${f.firedBy.map((t) => `${t.findings.join(' + ')}`).join('; ')}`);
      for (const act of f.actions) lines.push(`- ${act}`);
      for (const n of f.notes) lines.push(`Note: ${n}`);
      lines.push(`Sources: ${f.sources.map(shortRef).join('; ')}`);
    }
    if (a.triage.suppression) {
      lines.push('');
      lines.push(a.triage.suppression);
    }
    out.push(...box(lines));
  } else {
    out.push('Triage: ROUTINE - no red flag fired by the recorded findings. Re-screen red flags at every visit (NICE NG59).');
  }
  for (const f of a.triage.redFlags.filter((x) => x.review)) {
    out.push(`Red flag ${f.code} ${f.name}: reviewed ${f.review!.date} (${f.review!.outcome}${f.review!.by ? `, ${f.review!.by}` : ''}); not suppressing advice.`);
  }
  out.push('');

  // 2. Context and classification.
  const cx = a.context;
  out.push(`Operation: ${cx.latestOperation.procedure} ${cx.latestOperation.levels.join(', ')} on ${cx.latestOperation.date} (${cx.region}; ${cx.operationCount} operation(s); ${cx.monthsSinceSurgery} months ago; priors: ${cx.operation} table, ${cx.window}).`);
  const cl = a.classification;
  out.push(`Classification: ${cl.psps.label}; ICD-11 ${cl.icd11.code} ${cl.icd11.display}: criteria ${cl.icd11.status}; ICD-10-CM ${cl.icd10cm.code}.`);
  for (const k of cl.icd11.criteria) out.push(...wrap(`[${k.status}] ${k.label}: ${k.reason}`, '  '));
  out.push(...wrap(`Pain phenotype: ${cl.phenotype.phenotype.toUpperCase()} (${cl.phenotype.reasons.join('; ') || 'no components recorded'}). ${basisLabel(cl.phenotype.basis as KbBasis)}.`));
  out.push('');

  // 3. Causes.
  out.push('LIKELY CAUSES (each scored on its own; causes can coexist; % = estimated probability that this cause contributes, with the range when expert estimates vary)');
  const shown = a.causes.filter((c, i) => i < 8 || c.probability >= 0.2);
  shown.forEach((c, i) => {
    out.push('');
    out.push(`${i + 1}. ${c.name} (${c.code}) - ${pct(c.probability)} [${c.band}; range ${pct(c.range.low)}-${pct(c.range.high)}]`);
    out.push(...wrap(`prior ${pct(c.prior.probability)} after ${c.prior.operation}, ${c.prior.window} (${basisLabel(c.prior.basis)})`, '     '));
    for (const e of c.evidence) {
      const name = kb.findingById.get(e.finding)?.label ?? e.finding;
      const loc = [e.level, e.side].filter(Boolean).join(' ');
      out.push(
        ...wrap(
          `${e.direction === 'raises' ? '+' : '-'} ${name}${loc ? ` (${loc})` : ''} ${e.status}${originLabel(e)}: LR ${e.likelihoodRatio}${e.clamped ? ' (clamped)' : ''} - ${basisLabel(e.basis)}`,
          '     ',
        ),
      );
    }
    for (const g of c.groups.filter((x) => x.capped)) out.push(`     (group ${g.group} capped at ${Math.exp(g.cap).toFixed(0)}x: correlated findings are not counted twice)`);
    for (const n of c.notScored) out.push(...wrap(`  not scored: ${n.finding} (${n.detail})`, '     '));
    if (c.evidence.length === 0) out.push('     no recorded finding moves this cause: the probability is the prior alone');
    if (c.redFlags.length) out.push(`     belongs with red flag(s): ${c.redFlags.join(', ')} (triage above is independent of this ranking)`);
  });
  const rest = a.causes.length - shown.length;
  if (rest > 0) out.push(`\n... ${rest} more causes below ${pct(shown[shown.length - 1]!.probability)} (see --json).`);
  if (a.excludedCauses.length) {
    out.push('');
    out.push('Not possible after this operation (not scored):');
    for (const x of a.excludedCauses) out.push(...wrap(`- ${x.name} (${x.code}): ${x.reason}`, '  '));
  }
  out.push('');

  // 4. Work-up.
  out.push('WORK-UP (in recommended order)');
  if (a.workup.length === 0) out.push('  no further test is expected to change the ranking much.');
  a.workup.forEach((w, i) => {
    out.push(...wrap(`${i + 1}. [${w.priority}] ${w.rationale} (invasiveness: ${w.invasiveness}; cost tier ${w.costTier}${w.redFlag ? '' : `; score ${w.score}`})`, '   ').map((l, j) => (j === 0 ? l.trimStart() : l)));
  });
  if (a.workupDetail.alreadyDone.length) {
    out.push(`Already done and still valid: ${a.workupDetail.alreadyDone.map((d) => `${d.test} (${d.date}, valid to ${d.validUntil})`).join('; ')}.`);
  }
  for (const s of a.workupDetail.suppressed) out.push(...wrap(`Suppressed: ${s.test} - ${s.reason}`, ''));
  for (const t of a.testResultsNotUsed) {
    out.push(`Not used: ${t.test} of ${t.date} (${t.reason === 'expired' ? `past its validity, ${t.validUntil}` : 'before the latest operation'}).`);
  }
  out.push('');
  // 5. Safety checks and the stepped plan (src/cli/render-plan.ts).
  out.push(...renderSafety(a));
  out.push('');
  out.push(...renderPlan(a));
  out.push('');
  out.push(...renderOutcomes(a));
  out.push('');
  out.push('Sources cited:');
  for (const c of a.citations) out.push(...wrap(`- ${c.short}: ${c.citation}`, '  ').map((l, j) => (j === 0 ? l.trimStart() : l)));
  return out.join('\n') + '\n';
}
