/**
 * Classification: PSPS type 2 (Christelis 2021) and the ICD-11 MG30.21 chronic postsurgical pain criteria one by one
 * (Schug 2019; evidence.md §1.2), the US billing code (ICD-10-CM M96.1), and the pain phenotype (neuropathic,
 * nociceptive, nociplastic, mixed) with its reasons, following the order of Nijs 2015 (neuropathic first, then
 * nociceptive versus central sensitisation). The phenotype rules are tool logic built on those sources.
 */
import type { Case } from '../case/schema.js';
import type { ClinicalContext } from './context.js';
import type { ObservationSet } from './observations.js';
import type { Triage } from './triage.js';

export type CriterionStatus = 'met' | 'not-met' | 'unknown';

export interface Criterion {
  id: string;
  label: string;
  status: CriterionStatus;
  reason: string;
}

export interface Phenotype {
  phenotype: 'neuropathic' | 'nociceptive' | 'nociplastic' | 'mixed' | 'undetermined';
  components: { neuropathic: ComponentLevel; nociceptive: ComponentLevel; nociplastic: ComponentLevel };
  reasons: string[];
  basis: { kind: 'tool-logic'; refs: string[]; note: string };
}
export type ComponentLevel = 'likely' | 'possible' | 'no-evidence';

export interface Classification {
  psps: { type: 'PSPS-T2'; label: string; chronic: CriterionStatus; sources: string[] };
  icd11: { code: 'MG30.21'; display: string; status: CriterionStatus; criteria: Criterion[]; sources: string[] };
  icd10cm: { code: 'M96.1'; display: string; sources: string[] };
  phenotype: Phenotype;
}

/** Findings whose recorded absence makes up the red-flag screen of criterion 4 (NICE NG59 1.1.1; tool logic). */
export const RED_FLAG_SCREEN = [
  'urinary-retention-or-saddle-anaesthesia',
  'fever',
  'new-or-progressive-motor-deficit',
  'history-of-cancer',
  'unexplained-weight-loss',
  'significant-trauma-or-fall',
] as const;

const REGION_SITES: Record<string, string[]> = {
  lumbar: ['low-back', 'buttock', 'groin', 'thigh', 'leg-below-knee', 'foot'],
  cervical: ['neck', 'shoulder', 'arm', 'hand', 'upper-back', 'head'],
};

export function classify(c: Case, ctx: ClinicalContext, obs: ObservationSet, tri: Triage): Classification {
  const has = (id: string) => obs.present.has(id);
  const no = (id: string) => obs.absent.has(id);
  const criteria: Criterion[] = [];

  // 1. Pain develops after surgery or increases after it.
  const afterSurgery = ['new-different-pain', 'pain-free-interval-then-recurrence', 'new-pain-immediately-after-surgery', 'escalating-pain-after-initial-relief', 'new-severe-pain-within-days'].find(has);
  if (afterSurgery) {
    criteria.push({ id: 'pain-after-surgery', label: 'Pain developed or increased after the operation', status: 'met', reason: `${afterSurgery} recorded` });
  } else if (has('never-improved-after-surgery') && has('pain-identical-to-preoperative-pain')) {
    criteria.push({ id: 'pain-after-surgery', label: 'Pain developed or increased after the operation', status: 'not-met', reason: 'the pain is the unchanged pre-operative pain (never improved, identical); PSPS-T2 still covers pain that surgery failed to relieve (Christelis 2021)' });
  } else {
    criteria.push({ id: 'pain-after-surgery', label: 'Pain developed or increased after the operation', status: 'unknown', reason: 'course after surgery not recorded (record new-different-pain, pain-free-interval-then-recurrence, or never-improved-after-surgery with pain-identical-to-preoperative-pain)' });
  }

  // 2. At least 3 months after the operation.
  const months = ctx.monthsSinceSurgery;
  criteria.push({
    id: 'at-least-3-months',
    label: 'Pain persists at least 3 months after the operation',
    status: months >= 3 ? 'met' : 'not-met',
    reason: `${months.toFixed(1)} months since the latest operation (${ctx.latestSurgery.date})`,
  });

  // 3. Location: surgical field, nerve territory or dermatome.
  const ratings = ctx.region === 'cervical' ? [c.pain.neck, c.pain.arm] : [c.pain.back, c.pain.leg];
  const sites = (c.pain.sites ?? []).map((s) => s.site).filter((s) => REGION_SITES[ctx.region]!.includes(s));
  const rated = ratings.filter((r): r is number => r !== undefined);
  if (rated.some((r) => r > 0) || sites.length > 0 || has('dermatomal-radiating-pain')) {
    criteria.push({ id: 'location', label: 'Pain in the surgical field, a nerve territory or a dermatome of the operated region', status: 'met', reason: sites.length > 0 ? `pain sites: ${sites.join(', ')}` : `pain ratings in the ${ctx.region} region` });
  } else if (rated.length === 2 && rated.every((r) => r === 0)) {
    criteria.push({ id: 'location', label: 'Pain in the surgical field, a nerve territory or a dermatome of the operated region', status: 'not-met', reason: 'no pain rated in the operated region' });
  } else {
    criteria.push({ id: 'location', label: 'Pain in the surgical field, a nerve territory or a dermatome of the operated region', status: 'unknown', reason: 'pain ratings or sites for the operated region not recorded' });
  }

  // 4. Other causes (infection, malignancy, ...) excluded.
  const active = tri.redFlags.filter((f) => !f.review);
  const unscreened = RED_FLAG_SCREEN.filter((id) => !no(id));
  if (active.length > 0) {
    criteria.push({ id: 'other-causes-excluded', label: 'Other causes such as infection or malignancy excluded', status: 'not-met', reason: `red flag(s) not yet excluded: ${active.map((f) => f.id).join(', ')}` });
  } else if (unscreened.length === 0) {
    criteria.push({ id: 'other-causes-excluded', label: 'Other causes such as infection or malignancy excluded', status: 'met', reason: 'no red flag fired and the red-flag screen was recorded negative' });
  } else {
    criteria.push({ id: 'other-causes-excluded', label: 'Other causes such as infection or malignancy excluded', status: 'unknown', reason: `red-flag screen incomplete: not recorded as absent: ${unscreened.join(', ')}` });
  }

  // 5. Not a continuation of a pre-existing pain problem.
  criteria.push(
    has('pain-identical-to-preoperative-pain')
      ? { id: 'not-preexisting', label: 'Not the continuation of a pre-existing pain problem', status: 'not-met', reason: 'pain identical to the pre-operative pain (ICD-11 coding note; PSPS-T2 deliberately includes it)' }
      : no('pain-identical-to-preoperative-pain')
        ? { id: 'not-preexisting', label: 'Not the continuation of a pre-existing pain problem', status: 'met', reason: 'pain recorded as different from the pre-operative pain' }
        : { id: 'not-preexisting', label: 'Not the continuation of a pre-existing pain problem', status: 'unknown', reason: 'pain-identical-to-preoperative-pain not recorded' },
  );

  const status: CriterionStatus = criteria.some((k) => k.status === 'not-met')
    ? 'not-met'
    : criteria.every((k) => k.status === 'met')
      ? 'met'
      : 'unknown';

  return {
    psps: {
      type: 'PSPS-T2',
      label: 'Persistent spinal pain syndrome type 2 (formerly failed back surgery syndrome)',
      chronic: months >= 3 ? 'met' : 'not-met',
      sources: ['christelis-2021', 'van-de-minkelis-2024'],
    },
    icd11: { code: 'MG30.21', display: 'Chronic postsurgical pain', status, criteria, sources: ['schug-2019', 'icd11-mg30-21'] },
    icd10cm: { code: 'M96.1', display: 'Postlaminectomy syndrome, not elsewhere classified', sources: ['icd10cm-m96-1'] },
    phenotype: phenotype(c, ctx, obs),
  };
}

function phenotype(c: Case, ctx: ClinicalContext, obs: ObservationSet): Phenotype {
  const has = (id: string) => obs.present.has(id);
  const reasons: string[] = [];
  const chars = new Set(c.pain.character ?? []);

  // Neuropathic (Nijs 2015 step 1): a nerve lesion with neuroanatomically plausible distribution, plus sensory signs
  // or a positive screening questionnaire.
  const screen = ['dn4-4-or-more', 'paindetect-19-or-more'].filter(has);
  const distribution = ['dermatomal-radiating-pain', 'new-dermatome-involved', 'non-dermatomal-burning-leg-pain'].filter(has);
  const signs = ['dermatomal-sensory-deficit', 'allodynia-in-painful-area', 'myotomal-weakness'].filter(has);
  const descriptors = ['burning', 'electric-shock', 'tingling', 'numbness'].filter((d) => chars.has(d as never));
  let neuropathic: ComponentLevel = 'no-evidence';
  if (distribution.length > 0 && (signs.length > 0 || screen.length > 0)) neuropathic = 'likely';
  else if (distribution.length > 0 || screen.length > 0 || (descriptors.length >= 2 && signs.length > 0)) neuropathic = 'possible';
  if (has('paindetect-12-or-less') && neuropathic === 'possible' && distribution.length === 0) neuropathic = 'no-evidence';
  if (neuropathic !== 'no-evidence') {
    reasons.push(`neuropathic ${neuropathic}: ${[...distribution, ...signs, ...screen, ...descriptors.map((d) => `${d} pain`)].join(', ')}`);
  }

  // Nociplastic (Nijs 2015 step 2): disproportionate pain, diffuse distribution, hypersensitivity.
  const np = ['pain-disproportionate-to-findings', 'widespread-pain', 'csi-40-or-more'].filter(has);
  let nociplastic: ComponentLevel = 'no-evidence';
  if (has('pain-disproportionate-to-findings') && (has('widespread-pain') || has('csi-40-or-more'))) nociplastic = 'likely';
  else if (np.length > 0) nociplastic = 'possible';
  if (nociplastic !== 'no-evidence') reasons.push(`nociplastic ${nociplastic}: ${np.join(', ')}`);

  // Nociceptive: mechanical, localised axial pain, proportionate.
  const nc = ['axial-pain-dominant', 'mechanical-pain-on-loading', 'focal-tenderness-over-implant', 'pain-worse-extension-rotation', 'pain-on-transitions-catching', 'palpable-trigger-points-reproducing-pain'].filter(has);
  const axial = ctx.region === 'cervical' ? c.pain.neck : c.pain.back;
  let nociceptive: ComponentLevel = 'no-evidence';
  if (nc.length >= 2 || (nc.length >= 1 && (axial ?? 0) >= 4)) nociceptive = 'likely';
  else if (nc.length === 1 || (axial ?? 0) >= 4 || chars.has('aching') || chars.has('dull')) nociceptive = 'possible';
  if (nociceptive !== 'no-evidence') {
    const why = [...nc, ...(axial !== undefined && axial >= 4 ? [`axial pain ${axial}/10`] : []), ...['aching', 'dull'].filter((d) => chars.has(d as never)).map((d) => `${d} pain`)];
    reasons.push(`nociceptive ${nociceptive}: ${why.join(', ')}`);
  }

  let result: Phenotype['phenotype'];
  const strong = (l: ComponentLevel) => l === 'likely';
  if (strong(nociplastic) && !strong(neuropathic)) result = 'nociplastic';
  else if (strong(neuropathic) && (strong(nociceptive) || strong(nociplastic))) result = 'mixed';
  else if (strong(neuropathic)) result = 'neuropathic';
  else if (strong(nociceptive) && neuropathic === 'possible') result = 'mixed';
  else if (strong(nociceptive)) result = 'nociceptive';
  else if (neuropathic === 'possible' && nociceptive === 'possible') result = 'mixed';
  else if (neuropathic === 'possible') result = 'neuropathic';
  else if (nociceptive === 'possible') result = 'nociceptive';
  else if (nociplastic === 'possible') result = 'nociplastic';
  else result = 'undetermined';
  if (result === 'undetermined') reasons.push('too little recorded to classify: record pain distribution, sensory signs and a neuropathic screening questionnaire (DN4 or painDETECT)');

  return {
    phenotype: result,
    components: { neuropathic, nociceptive, nociplastic },
    reasons,
    basis: {
      kind: 'tool-logic',
      refs: ['nijs-2015', 'van-de-minkelis-2024', 'bouhassira-2005', 'freynhagen-2006'],
      note: 'Nijs 2015 order (neuropathic first, then nociceptive versus central sensitisation); component thresholds are SpinePath tool logic',
    },
  };
}
