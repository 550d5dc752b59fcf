/**
 * Medicine conflicts and cautions: NICE CG173 versus NG59 on gabapentinoids and on antidepressants, shown side by side
 * and not resolved silently (evidence.md §4.2 T02, §4.3, §4.4); NSAID cautions with kidney disease, GI bleeding, liver
 * disease, cardiovascular disease and anticoagulants (NG59: assess GI, liver and cardio-renal risk).
 */
import { JURISDICTION_LABELS } from '../../knowledge/schema.js';
import type { PlanContext } from '../plan/context.js';
import type { PlanItem } from '../plan/types.js';
import type { SafetyItem } from './types.js';

const GABA_TEXT =
  'Two NICE guidelines disagree and SpinePath does not choose between them. ' +
  'NICE CG173 (neuropathic pain, non-specialist settings): offer a choice of amitriptyline, duloxetine, gabapentin or pregabalin. ' +
  'NICE NG59 (sciatica, 2020 update): do not offer gabapentinoids or other antiepileptics (no overall benefit, risk of harm; UK Schedule 3 since 2019); if already taking them, explain the risks and discuss withdrawal if stopping. ' +
  'NG59 leaves neuropathic pain not related to sciatica to CG173. Decide whether this pain is sciatica or another neuropathic pain and record why.';
const GABA_JURISDICTIONS = [
  { body: 'NICE CG173', jurisdiction: JURISDICTION_LABELS.england, position: 'offer (neuropathic pain)' },
  { body: 'NICE NG59', jurisdiction: JURISDICTION_LABELS.england, position: 'do not offer (sciatica)' },
];
const ANTIDEP_TEXT =
  'NICE CG173 offers amitriptyline or duloxetine for neuropathic pain; NICE NG59 (2016 wording) does not offer SSRIs, SNRIs or tricyclic antidepressants for low back pain, and left antidepressants for sciatica to a research recommendation. Both shown; the clinician decides by the pain type.';
const ANTIDEP_JURISDICTIONS = [
  { body: 'NICE CG173', jurisdiction: JURISDICTION_LABELS.england, position: 'offer amitriptyline or duloxetine (neuropathic pain)' },
  { body: 'NICE NG59', jurisdiction: JURISDICTION_LABELS.england, position: 'do not offer SSRIs, SNRIs or TCAs (low back pain)' },
];
const NONE: string[] = [];

export function medicineChecks(pc: PlanContext, items: PlanItem[]): SafetyItem[] {
  const out: SafetyItem[] = [];
  const lumbar = pc.ctx.region === 'lumbar';
  const neuro = pc.classification.phenotype.components.neuropathic !== 'no-evidence';
  const gaba = pc.meds.medications.filter((m) => m.classes.includes('gabapentinoid') || m.classes.includes('other-antiepileptic'));
  if (lumbar && (gaba.length || (neuro && pc.radicular))) {
    out.push({
      id: 'gabapentinoid-guideline-conflict',
      severity: gaba.length && pc.radicular ? 'warn' : 'info',
      category: 'medicine',
      message: gaba.length ? `Takes ${gaba.map((m) => m.drugName).join(', ')}. ${GABA_TEXT}` : GABA_TEXT,
      drugs: gaba.length ? gaba.map((m) => m.drug!) : NONE,
      procedures: NONE,
      verify: false,
      jurisdictions: GABA_JURISDICTIONS,
      citations: ['nice-cg173', 'nice-ng59'],
    });
  }
  const antidep = pc.meds.medications.filter((m) => m.classes.some((k) => k === 'tricyclic-antidepressant' || k === 'snri' || k === 'ssri'));
  if (lumbar && (antidep.length || neuro)) {
    out.push({
      id: 'antidepressant-guideline-conflict',
      severity: 'info',
      category: 'medicine',
      message: antidep.length ? `Takes ${antidep.map((m) => m.drugName).join(', ')}. ${ANTIDEP_TEXT}` : ANTIDEP_TEXT,
      drugs: antidep.length ? antidep.map((m) => m.drug!) : NONE,
      procedures: NONE,
      verify: false,
      jurisdictions: ANTIDEP_JURISDICTIONS,
      citations: ['nice-cg173', 'nice-ng59', 'nice-bites-93'],
    });
  }

  // NSAIDs: taken now, or suggested by the medication review for a nociceptive component.
  const nsaids = pc.meds.medications.filter((m) => m.classes.includes('nsaid'));
  const medItem = items.find((i) => i.treatment === 'medication');
  const suggested = pc.classification.phenotype.components.nociceptive !== 'no-evidence' && (medItem?.recommendation === 'recommended' || medItem?.recommendation === 'consider');
  if (!nsaids.length && !suggested) return out;
  const subject = nsaids.length ? `Takes ${nsaids.map((m) => m.drugName).join(', ')}` : 'If an NSAID is considered';
  const ids = nsaids.map((m) => m.drug!);
  const renal = pc.c.comorbidities.find((x) => x.id === 'renal-impairment');
  const ng59 = 'NICE NG59: lowest effective dose for the shortest time, after assessing GI, liver and cardio-renal risk, with gastroprotection where needed.';
  if (renal) {
    out.push({ id: 'nsaid-renal', severity: 'warn', category: 'medicine', message: `${subject} with reduced kidney function${renal.egfr !== undefined ? ` (eGFR ${renal.egfr})` : ''}: NSAIDs carry renal risk. ${ng59}`, drugs: ids, procedures: [], verify: false, citations: ['nice-ng59'] });
  }
  if (pc.comorbidities.has('gi-bleeding-history')) {
    out.push({ id: 'nsaid-gi-bleeding', severity: 'warn', category: 'medicine', message: `${subject} with a history of GI bleeding: NSAIDs carry GI risk; gastroprotection and an alternative should be weighed. ${ng59}`, drugs: ids, procedures: [], verify: false, citations: ['nice-ng59'] });
  }
  if (pc.comorbidities.has('liver-disease')) {
    out.push({ id: 'nsaid-liver', severity: 'warn', category: 'medicine', message: `${subject} with liver disease. ${ng59}`, drugs: ids, procedures: [], verify: false, citations: ['nice-ng59'] });
  }
  if (pc.comorbidities.has('cardiovascular-disease')) {
    out.push({ id: 'nsaid-cardiovascular', severity: 'warn', category: 'medicine', message: `${subject} with cardiovascular disease: NSAIDs carry cardiovascular risk. ${ng59}`, drugs: ids, procedures: [], verify: false, citations: ['nice-ng59'] });
  }
  const others = pc.meds.medications.filter((m) => m.classes.some((k) => k === 'anticoagulant' || k === 'antiplatelet') && !nsaids.some((n) => n.index === m.index));
  if (others.length) {
    out.push({
      id: 'nsaid-anticoagulant',
      severity: 'warn',
      category: 'medicine',
      message: `${subject} together with ${others.map((m) => m.drugName).join(', ')}: bleeding risk adds up; weigh the NSAID against an alternative and protect the stomach. (The interaction is SpinePath tool logic built on NG59's GI-risk assessment; no source in its clinical files states it.)`,
      drugs: [...ids, ...others.map((m) => m.drug!)],
      procedures: [],
      verify: false,
      citations: ['nice-ng59'],
    });
  }
  return out;
}
