/**
 * Anticoagulants, antiplatelets and NSAIDs before procedures: for each interventional plan item and each needle test of
 * the work-up, the ASRA/ESRA 2018 instruction for each of the patient's drugs at the procedure's risk class (Narouze
 * 2018; evidence.md §4.8). Cells not confirmed in any retrieved copy say "verify against Narouze 2018".
 */
import type { KbDrug, KbProcedure } from '../../knowledge/index.js';
import type { BleedingRiskClass } from '../../knowledge/schema.js';
import type { ResolvedMedication } from '../medications.js';
import { compiledPlanKb } from '../plan/compiled.js';
import type { PlanContext } from '../plan/context.js';
import type { SafetyItem } from './types.js';

const VERIFY = 'UNVERIFIED: verify against Narouze 2018 before acting (the value was not confirmed in any retrieved copy).';
const FOOTNOTE =
  'Agree every hold with the prescriber: the risk of stopping (thrombosis) is weighed against bleeding for each patient (UpToDate footnote to Narouze 2018).';

/** The periprocedural row of a drug for this medication (purpose, route, kidney function); the last row is the default. */
export function variantFor(d: KbDrug, m: ResolvedMedication, renalImpairment: boolean): KbDrug['periprocedural'][number] | undefined {
  for (const v of d.periprocedural) {
    const w = v.when;
    if (w.purpose !== undefined && w.purpose !== m.medication.purpose) continue;
    if (w.routes !== undefined && (!m.medication.route || !w.routes.includes(m.medication.route))) continue;
    if (w.renalImpairment !== undefined && w.renalImpairment !== renalImpairment) continue;
    return v;
  }
  return undefined;
}

export interface ProcedureUse {
  procedure: KbProcedure;
  /** What involves it: plan treatments and work-up tests. */
  by: string[];
}

export function anticoagulantChecks(pc: PlanContext, uses: ProcedureUse[]): SafetyItem[] {
  const kb = compiledPlanKb();
  const out: SafetyItem[] = [];
  if (!uses.length) return out;
  const antithrombotic = pc.meds.medications.filter((m) => m.drug && m.classes.some((k) => k === 'anticoagulant' || k === 'antiplatelet' || k === 'nsaid'));
  const byClass = new Map<BleedingRiskClass, ProcedureUse[]>();
  const notCovered: ProcedureUse[] = [];
  for (const u of uses) {
    if (u.procedure.riskClass === 'not-covered') notCovered.push(u);
    else byClass.set(u.procedure.riskClass, [...(byClass.get(u.procedure.riskClass) ?? []), u]);
  }
  const renal = pc.comorbidities.has('renal-impairment');
  for (const m of antithrombotic) {
    const d = kb.drugs.get(m.drug!)!;
    const v = variantFor(d, m, renal);
    if (!v) continue;
    for (const cls of ['high', 'intermediate', 'low'] as const) {
      const list = byClass.get(cls);
      if (!list) continue;
      const cell = v[cls];
      const unverifiedClass = list.some((u) => u.procedure.basis.kind === 'unverified');
      const verify = cell.basis.kind === 'unverified' || unverifiedClass;
      const what = list.map((u) => `${u.procedure.name} (${u.by.join(', ')})`).join('; ');
      const instr =
        cell.action === 'not-found'
          ? 'no value retrieved for this drug and risk class'
          : `${cell.text}; ${cell.restart}`;
      const msg = [
        `${m.drugName} (${v.label}) before ${cls}-risk procedures: ${what}: ${instr}.`,
        verify ? VERIFY : '',
        unverifiedClass ? 'The risk class of at least one procedure is itself an assumption by analogy.' : '',
        cell.action === 'no-need-to-stop' ? '' : FOOTNOTE,
      ]
        .filter(Boolean)
        .join(' ');
      out.push({
        id: `hold:${d.id}:${cls}`,
        severity: cell.action === 'no-need-to-stop' && !verify ? 'info' : 'warn',
        category: 'anticoagulant',
        message: msg,
        drugs: [d.id],
        procedures: list.map((u) => u.procedure.id),
        verify,
        citations: [...new Set(['narouze-2018', ...cell.basis.refs, ...list.flatMap((u) => u.procedure.basis.refs)])].sort(),
      });
    }
    for (const c of d.cautions) {
      if (c.basis.kind === 'unverified' || /half-lives/.test(c.text)) {
        out.push({
          id: `drug-note:${d.id}`,
          severity: 'info',
          category: 'anticoagulant',
          message: `${m.drugName}: ${c.text}`,
          drugs: [d.id],
          procedures: uses.map((u) => u.procedure.id),
          verify: c.basis.kind === 'unverified',
          citations: [...c.basis.refs].sort(),
        });
      }
    }
  }
  // SSRIs and SNRIs: the 2018 advice was not retrieved.
  const serotonergic = pc.meds.medications.filter((m) => m.classes.includes('ssri') || m.classes.includes('snri'));
  if (serotonergic.length && byClass.has('high')) {
    out.push({
      id: 'hold:ssri-snri',
      severity: 'info',
      category: 'anticoagulant',
      message: `${serotonergic.map((m) => m.drugName).join(', ')} before high-risk procedures: Narouze 2018 added advice on SSRIs and SNRIs that was not retrieved. ${VERIFY}`,
      drugs: serotonergic.map((m) => m.drug!),
      procedures: byClass.get('high')!.map((u) => u.procedure.id),
      verify: true,
      citations: ['narouze-2018'],
    });
  }
  if (notCovered.length && antithrombotic.length) {
    out.push({
      id: 'hold:not-covered',
      severity: 'info',
      category: 'anticoagulant',
      message: `${antithrombotic.map((m) => m.drugName).join(', ')} before ${notCovered.map((u) => u.procedure.name).join('; ')}: outside the interventional pain guideline; the surgical or radiology team plans the holds.`,
      drugs: antithrombotic.map((m) => m.drug!),
      procedures: notCovered.map((u) => u.procedure.id),
      verify: false,
      citations: ['narouze-2018'],
    });
  }
  if (!antithrombotic.length && pc.obs.present.has('anticoagulant-or-coagulopathy')) {
    out.push({
      id: 'hold:drug-not-recorded',
      severity: 'warn',
      category: 'anticoagulant',
      message: 'An anticoagulant or coagulopathy is recorded but no anticoagulant or antiplatelet is in the medication list: record the medicine (name, dose, purpose) to get the hold and restart times before any procedure.',
      drugs: [],
      procedures: uses.map((u) => u.procedure.id),
      verify: false,
      citations: ['narouze-2018'],
    });
  }
  const factors = [
    pc.obs.present.has('age-over-70') ? 'older age' : '',
    pc.comorbidities.has('bleeding-disorder') ? 'a bleeding disorder' : '',
    pc.comorbidities.has('renal-impairment') ? 'reduced kidney function' : '',
    pc.comorbidities.has('liver-disease') ? 'liver disease' : '',
    pc.ctx.operationCount > 0 && (byClass.has('low') || byClass.has('intermediate')) ? 'previous surgery at the site' : '',
  ].filter(Boolean);
  if (factors.length && (byClass.has('low') || byClass.has('intermediate')) && (antithrombotic.length || pc.comorbidities.has('bleeding-disorder'))) {
    out.push({
      id: 'bleeding-risk-factors',
      severity: 'info',
      category: 'anticoagulant',
      message: `Patient factors that may raise the bleeding risk of low- and intermediate-risk procedures: ${factors.join(', ')}; individualise the risk class (UpToDate footnote to Narouze 2018).`,
      drugs: [],
      procedures: [...(byClass.get('low') ?? []), ...(byClass.get('intermediate') ?? [])].map((u) => u.procedure.id),
      verify: false,
      citations: ['narouze-2018', 'uptodate-144053'],
    });
  }
  return out;
}
