/** `spinepath kb treatments|drugs|procedures [id]`: the treatment, drug and procedure entries with their sources. */
import { compiledKb } from '../engine/compiled-kb.js';
import { treatmentEvidence } from '../engine/plan/index.js';
import type { KbBasis } from '../knowledge/index.js';
import { basisLabel, shortRef, wrap } from './render-assessment.js';

interface Entry {
  id: string;
  code?: string;
  title: string;
  value: unknown;
  render: () => string;
}

const b = (x: KbBasis) => `${basisLabel(x)}${x.note ? `: ${x.note}` : ''}`;

export function planEntries(kind: 'treatments' | 'drugs' | 'procedures'): Entry[] {
  const kb = compiledKb().kb;
  if (kind === 'procedures') {
    return kb.procedures.map((p) => ({
      id: p.id,
      title: `${p.name} (bleeding risk: ${p.riskClass})`,
      value: p,
      render: () => [`${p.name} (${p.id})`, `ASRA/ESRA 2018 bleeding-risk class: ${p.riskClass}${p.regions ? ` (${p.regions.join('/')})` : ''}`, ...wrap(`Basis: ${b(p.basis)}`)].join('\n') + '\n',
    }));
  }
  if (kind === 'drugs') {
    return kb.drugs.map((d) => ({
      id: d.id,
      title: `${d.name} [${d.classes.join(', ')}]`,
      value: d,
      render: () => {
        const o = [`${d.name} (${d.id}): ${d.classes.join(', ')}`, `Brand names and synonyms: ${[...d.brands, ...d.synonyms].join(', ') || '-'}`, ...wrap(`Names and class: ${b(d.basis)}`)];
        o.push(d.rxnorm ? `RxNorm ${d.rxnorm.code} ${d.rxnorm.display} (${b(d.rxnorm.basis)})` : 'RxNorm: no curated code in SpinePath (a sourced table is needed)');
        if (d.mme) o.push(...wrap(`MME factor ${d.mme.factor} per ${d.mme.doseUnit === 'mcg/h' ? 'mcg/h' : 'mg/day'}${d.mme.routes ? ` (${d.mme.routes.join(', ')} only)` : ''} - ${b(d.mme.basis)}`));
        if (d.noMme) o.push(...wrap(`No MME factor: ${d.noMme.reason} - ${b(d.noMme.basis)}`));
        for (const v of d.periprocedural) {
          o.push(`Before procedures (${v.label}):`);
          for (const cls of ['high', 'intermediate', 'low'] as const) o.push(...wrap(`${cls} risk: ${v[cls].text}; ${v[cls].restart} - ${b(v[cls].basis)}`, '  '));
        }
        for (const c of d.cautions) o.push(...wrap(`Caution: ${c.text} - ${b(c.basis)}`));
        return o.join('\n') + '\n';
      },
    }));
  }
  return [...kb.treatments, ...kb.doNotOffer].map((t) => ({
    id: t.id,
    code: t.code,
    title: `${t.code} ${t.name}`,
    value: t,
    render: () => {
      if (!('indications' in t)) return [`${t.code} ${t.name} (${t.id})`, ...wrap(`NICE NG59 (England), ${t.appliesTo}: ${t.statement}`), ...wrap(`Basis: ${b(t.basis)}`)].join('\n') + '\n';
      const o = [`${t.code} ${t.name} (${t.id})`, ...wrap(t.summary)];
      for (const i of t.indications) o.push(...wrap(`Indication: ${i.description} - ${b(i.basis)}`));
      for (const r of t.contraindications) o.push(...wrap(`Contraindication: ${r.description} - ${b(r.basis)}`));
      for (const r of t.cautions) o.push(...wrap(`Caution (${r.effect}): ${r.description} - ${b(r.basis)}`));
      const ev = treatmentEvidence(t.id);
      for (const e of ev?.evidence ?? []) o.push(...wrap(`Evidence: ${e}`));
      for (const g of ev?.guidelines ?? []) o.push(...wrap(`${g.body} (${g.jurisdiction}; ${g.position}): ${g.statement}`));
      for (const th of t.thresholds) o.push(...wrap(`Threshold ${th.id}: ${th.value} ${th.unit} (${th.description}) - ${b(th.basis)}`));
      if (t.review) o.push(...wrap(`Review: ${t.review.description} - ${b(t.review.basis)}`));
      if (t.procedures.length) o.push(`Procedures: ${t.procedures.join(', ')}`);
      o.push(`Sources: ${t.sources.map(shortRef).join('; ')}`);
      return o.join('\n') + '\n';
    },
  }));
}
