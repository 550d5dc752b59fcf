/**
 * Responder rules per treatment, as data with sources (evidence.md §5.4, §6.1, §4.2, §7.2). A rule names the roles it
 * measures (axial pain, limb pain, disability: resolved to back/leg/ODI after lumbar and neck/arm/NDI after cervical
 * surgery) and how the criteria combine. Where the clinical files publish no responder rule for a treatment, the
 * general rule of evidence.md §7.2 step 13 applies and the basis says it is an expert estimate.
 */
import { estimate, published, toolLogic } from '../instruments/basis.js';
import type { Basis } from '../instruments/index.js';

export type Role = 'axial-pain' | 'limb-pain' | 'disability';

export interface Criterion {
  role: Role;
  /** Reduction of at least this percentage of baseline. */
  minReductionPercent?: number;
  /** The measure's minimal important change (ODI: Ostelo 2008; NDI: about 7 points or 30%). */
  mic?: boolean;
}

export interface ResponderRule {
  id: string;
  criteria: Criterion[];
  /** any: one criterion met is a response; all: every criterion must be met. */
  combine: 'any' | 'all';
  /** The rule in words, for the report and `Escalation.threshold`. */
  text: string;
  /** Threshold for the patient-reported `response.reliefPercent` of the course. */
  reliefPercent: number;
  basis: Basis;
}

const SCS: ResponderRule = {
  id: 'scs-50-limb',
  criteria: [{ role: 'limb-pain', minReductionPercent: 50 }],
  combine: 'any',
  text: '≥50% reduction of leg pain (arm pain after cervical surgery): SCS trial success and the PROCESS responder definition',
  reliefPercent: 50,
  basis: published(
    ['kumar-2007', 'aneskey-scs-psych-selection'],
    'PROCESS primary outcome ≥50% leg pain relief at 6 months; trial success ≥50% relief in the target area (evidence.md §5.4, §6.1). Arm pain after cervical surgery by analogy (tool logic).',
  ),
};

const HF10: ResponderRule = {
  id: 'hf10-50-back-or-leg',
  criteria: [
    { role: 'axial-pain', minReductionPercent: 50 },
    { role: 'limb-pain', minReductionPercent: 50 },
  ],
  combine: 'any',
  text: '≥50% reduction of back or leg pain (SENZA-RCT responder definition)',
  reliefPercent: 50,
  basis: published('kapural-2015', 'SENZA responder: ≥50% pain reduction without stimulation-related neurological deficit (evidence.md §6.1)'),
};

const DRG: ResponderRule = {
  id: 'drg-50-limb',
  criteria: [{ role: 'limb-pain', minReductionPercent: 50 }],
  combine: 'any',
  text: '≥50% reduction of the limb pain (neuromodulation trial-success convention)',
  reliefPercent: 50,
  basis: toolLogic(
    'No DRG-specific responder rule in the clinical files; the neuromodulation trial-success convention (≥50% relief in the target area, evidence.md §5.4) is applied.',
    'aneskey-scs-psych-selection',
  ),
};

const ADHESIOLYSIS: ResponderRule = {
  id: 'adhesiolysis-50-pain-and-function',
  criteria: [
    { role: 'limb-pain', minReductionPercent: 50 },
    { role: 'disability', minReductionPercent: 50 },
  ],
  combine: 'all',
  text: '≥50% improvement in both pain and ODI (Manchikanti 2012 success definition)',
  reliefPercent: 50,
  basis: published('manchikanti-2012', 'Trial success: ≥50% pain and ODI improvement (evidence.md §4.2 T09); leg pain as the target of adhesiolysis for radicular pain (tool logic)'),
};

/** evidence.md §7.2 step 13: non-response = <30% pain change and < MIC on ODI (NDI after cervical surgery). */
function general(targets: Role[], why: string): ResponderRule {
  const pain = targets.filter((t) => t !== 'disability');
  const sites = pain.map((t) => (t === 'axial-pain' ? 'back (neck)' : 'leg (arm)')).join(' or ');
  return {
    id: `general-${targets.join('-')}`,
    criteria: [...pain.map((role): Criterion => ({ role, minReductionPercent: 30 })), { role: 'disability', mic: true }],
    combine: 'any',
    text: `≥30% reduction of ${sites} pain (IMMPACT moderately important) or the minimal important change on the ODI (NDI)`,
    reliefPercent: 30,
    basis: estimate(
      `No responder rule specific to this treatment in the clinical files: the general non-response rule of evidence.md §7.2 step 13 [derived] is applied (<30% pain change and < MIC on ODI). ${why}`,
      'dworkin-2008',
      'ostelo-2008',
    ),
  };
}

export const RESPONDER_RULES: Readonly<Record<string, ResponderRule>> = {
  'spinal-cord-stimulation': SCS,
  'high-frequency-scs': HF10,
  'drg-stimulation': DRG,
  'epidural-adhesiolysis': ADHESIOLYSIS,
  'epidural-steroid-injection': general(['limb-pain', 'disability'], 'Target: radicular (leg or arm) pain. Manchikanti 2012 used a stricter ≥50% pain-and-function definition for its caudal epidural arm.'),
  'pulsed-radiofrequency-drg': general(['limb-pain', 'disability'], 'Target: radicular pain.'),
  'radiofrequency-denervation': general(['axial-pain', 'disability'], 'Target: axial (facet or SIJ) pain.'),
  'cluneal-nerve-release': general(['axial-pain', 'disability'], 'Target: low back and buttock pain.'),
  'exercise-therapy': general(['axial-pain', 'limb-pain', 'disability'], 'Target: the whole pain and function picture.'),
  medication: general(['axial-pain', 'limb-pain', 'disability'], 'Target: the whole pain and function picture.'),
  'psychological-therapy': general(['axial-pain', 'limb-pain', 'disability'], 'Target: the whole pain and function picture.'),
  'intrathecal-drug-delivery': general(['axial-pain', 'limb-pain', 'disability'], 'Target: the whole pain and function picture.'),
  'revision-surgery': general(
    ['axial-pain', 'limb-pain', 'disability'],
    'NORspine success thresholds after disc herniation surgery (ODI ≥22 points; back NRS ≥2; leg NRS ≥4 at 12 months) are specific to that operation and not used here.',
  ),
};

export function responderRuleOf(treatment: string): ResponderRule | undefined {
  return RESPONDER_RULES[treatment];
}
