/**
 * C18 Psychosocial contributors (yellow flags): a modifier, not a ranked cause (evidence.md §2.3 C18, §5.2-5.3;
 * findings-matrix.md §1 item 9, §3 C18).
 *
 * C18 has no prior and no posterior. Its findings act in four ways, all tool logic: they raise C17 nociplastic pain
 * through that cause's capped `psychosocial` group (the LRs live in `causes/nociplastic-pain.ts`); they show a
 * "psychosocial obstacles" flag that adds the NICE NG59 combined physical and psychological programme; they downgrade
 * spinal cord stimulation referral advice (Thomson 2020) and reoperation advice (Waddell 1979); and they never lower
 * the posterior of a structural cause, because psychosocial factors coexist with structural lesions.
 */
import { toolLogic } from './basis.js';
import type { Basis } from './schema.js';

/** What a C18 finding does to the assessment. */
export const PSYCHOSOCIAL_EFFECTS = [
  'raises-nociplastic-pain',
  'psychosocial-obstacles-flag',
  'downgrades-scs-referral',
  'downgrades-reoperation',
  'never-lowers-structural-cause',
] as const;
export type PsychosocialEffectId = (typeof PSYCHOSOCIAL_EFFECTS)[number];

/** The 8 psychosocial factors of the European SCS referral consensus (Thomson 2020, abstract). */
export const THOMSON_FACTORS = [
  'lack-of-engagement',
  'dysfunctional-coping',
  'unrealistic-expectations',
  'inadequate-daily-activity-level',
  'problematic-social-support',
  'secondary-gain',
  'psychological-distress',
  'unwillingness-to-reduce-high-dose-opioids',
] as const;
export type ThomsonFactorId = (typeof THOMSON_FACTORS)[number];

export interface PsychosocialEffect {
  id: PsychosocialEffectId;
  /** What the tool does, in plain words. */
  description: string;
  basis: Basis;
}

export interface PsychosocialFinding {
  /** Finding id of findings-matrix.md §4.5. */
  finding: string;
  /** What a present finding means (threshold and instrument). */
  meaning: string;
  /** Effects the finding has when present (ids of `PsychosocialModifier.effects`). */
  effects: PsychosocialEffectId[];
}

export interface ThomsonFactor {
  id: ThomsonFactorId;
  label: string;
  /** Finding ids that represent the factor; empty when no finding does (ask about it in the SCS assessment). */
  findings: string[];
  /** Why these findings stand for the factor (Thomson 2020's own factor definitions were not retrieved). */
  mappingBasis: Basis;
}

export interface PsychosocialModifier {
  id: string;
  /** Key in evidence.md §2.3. */
  code: 'C18';
  name: string;
  synonyms: string[];
  hallmarks: string;
  findings: PsychosocialFinding[];
  effects: PsychosocialEffect[];
  thomsonFactors: ThomsonFactor[];
  management: string;
  sources: string[];
}

/** Effects of every C18 finding (findings-matrix.md §3 C18 effects 2-4). */
const ALL: PsychosocialEffectId[] = [
  'psychosocial-obstacles-flag',
  'downgrades-scs-referral',
  'downgrades-reoperation',
  'never-lowers-structural-cause',
];

/** ...plus effect 1 for the three findings scored in C17's `psychosocial` group. */
const ALL_AND_C17: PsychosocialEffectId[] = ['raises-nociplastic-pain', ...ALL];

export const psychosocialContributors: PsychosocialModifier = {
  id: 'psychosocial-contributors',
  code: 'C18',
  name: 'Psychosocial contributors (yellow flags)',
  synonyms: ['yellow flags', 'psychosocial obstacles', 'psychosocial risk factors'],
  hallmarks:
    'Depression, anxiety, catastrophising, fear-avoidance, compensation or litigation, poor social support, ' +
    'unrealistic expectations, high-dose opioids. Adverse psychological factors precluded a good result of repeat ' +
    'surgery (Waddell 1979); psychosocial factors are relevant to SCS selection (Thomson 2020).',
  findings: [
    {
      finding: 'start-back-high-risk',
      meaning:
        'Keele STarT Back risk = High: total >= 4 and distress subscore >= 4 (LOINC 91352-5, answer LA9193-9; ' +
        'instruments.md §10). Validated in primary-care low back pain, not after spine surgery (NICE NG59).',
      effects: ALL_AND_C17,
    },
    {
      finding: 'pcs-30-or-more',
      meaning: 'Pain Catastrophizing Scale total >= 30 of 52: clinically relevant catastrophising (instruments.md §9).',
      effects: ALL_AND_C17,
    },
    {
      finding: 'tsk-over-37',
      meaning: 'Tampa Scale of Kinesiophobia (TSK-17) total > 37: high fear of movement (instruments.md §16).',
      effects: ALL,
    },
    {
      finding: 'depression-or-anxiety',
      meaning:
        'PHQ-9 total (LOINC 44261-6) >= 10 or GAD-7 total (LOINC 70274-6) >= 10: at least moderate depression or ' +
        'anxiety symptoms (instruments.md §5-6).',
      effects: ALL_AND_C17,
    },
    {
      finding: 'compensation-or-litigation',
      meaning: 'An open compensation claim or litigation about the pain.',
      effects: ALL,
    },
    {
      finding: 'unrealistic-expectations',
      meaning: 'Expects cure or complete relief from the next treatment (a Thomson 2020 factor).',
      effects: ALL,
    },
    {
      finding: 'high-dose-opioids',
      meaning: 'Opioids >= 50 MME/day (CDC 2022 supporting text; evidence.md §4.7).',
      effects: ALL,
    },
    {
      finding: 'unwilling-to-reduce-opioids',
      meaning: 'Declines an advised opioid reduction (a Thomson 2020 factor).',
      effects: ALL,
    },
  ],
  effects: [
    {
      id: 'raises-nociplastic-pain',
      description:
        'Raises C17 nociplastic pain: STarT Back high risk, PCS >= 30 and depression or anxiety are scored in its ' +
        '`psychosocial` group (LR 1.5 if present, 0.8 if absent, each an expert estimate), capped at ln 3 so ' +
        'psychosocial load alone cannot make C17 the top cause.',
      basis: toolLogic('findings-matrix.md §3 C17 and C18 effect (1)'),
    },
    {
      id: 'psychosocial-obstacles-flag',
      description:
        'Shows a "psychosocial obstacles" flag; the plan adds a combined physical and psychological programme with a ' +
        'CBT approach, which NICE NG59 advises for persistent low back pain or sciatica with significant ' +
        'psychosocial obstacles or when previous treatments have failed.',
      basis: toolLogic('findings-matrix.md §3 C18 effect (2), built on the NICE NG59 recommendation', 'nice-ng59'),
    },
    {
      id: 'downgrades-scs-referral',
      description:
        'Downgrades spinal cord stimulation referral advice: address the factor first (psychological care, opioid ' +
        'reduction, expectation setting). A European RAND/UCLA panel named 8 psychosocial factors that bear on SCS ' +
        'referral and selection (Thomson 2020); its per-scenario ratings were not retrieved, so the size of the ' +
        'downgrade is not from the panel.',
      basis: toolLogic(
        'findings-matrix.md §3 C18 effect (3); abstract-level rule R-SEL-4 of evidence.md §5.2 (Thomson 2020 abstract)',
        'thomson-2020',
      ),
    },
    {
      id: 'downgrades-reoperation',
      description:
        'Downgrades reoperation advice: adverse psychological factors precluded a good result of repeat surgery ' +
        '(Waddell 1979).',
      basis: toolLogic('findings-matrix.md §3 C18 effect (3)', 'waddell-1979'),
    },
    {
      id: 'never-lowers-structural-cause',
      description:
        'Never lowers the posterior of a structural cause: psychosocial factors coexist with structural lesions, so ' +
        'a correctable lesion is still reported.',
      basis: toolLogic('findings-matrix.md §3 C18 effect (4)'),
    },
  ],
  thomsonFactors: [
    {
      id: 'lack-of-engagement',
      label: 'Lack of engagement',
      findings: [],
      mappingBasis: toolLogic('No finding in findings-matrix.md §4 represents it; ask in the SCS assessment'),
    },
    {
      id: 'dysfunctional-coping',
      label: 'Dysfunctional coping',
      findings: ['pcs-30-or-more', 'tsk-over-37'],
      mappingBasis: toolLogic(
        'Catastrophising (PCS) and fear-avoidance (TSK) taken as measured forms of dysfunctional coping; Thomson ' +
          "2020's definition of the factor was not retrieved",
        'thomson-2020',
      ),
    },
    {
      id: 'unrealistic-expectations',
      label: 'Unrealistic expectations',
      findings: ['unrealistic-expectations'],
      mappingBasis: toolLogic('The finding is defined as this Thomson 2020 factor (findings-matrix.md §4.5)', 'thomson-2020'),
    },
    {
      id: 'inadequate-daily-activity-level',
      label: 'Inadequate daily activity level',
      findings: [],
      mappingBasis: toolLogic('No finding in findings-matrix.md §4 represents it; ask in the SCS assessment'),
    },
    {
      id: 'problematic-social-support',
      label: 'Problematic social support',
      findings: [],
      mappingBasis: toolLogic('No finding in findings-matrix.md §4 represents it; ask in the SCS assessment'),
    },
    {
      id: 'secondary-gain',
      label: 'Secondary gain',
      findings: ['compensation-or-litigation'],
      mappingBasis: toolLogic(
        'An open compensation claim or litigation is taken as the recordable form of secondary gain (litigation ' +
          'related to the pain is a caution in SCS psychological screening, evidence.md §5.3); Thomson 2020\'s ' +
          'definition of the factor was not retrieved',
        'thomson-2020',
      ),
    },
    {
      id: 'psychological-distress',
      label: 'Psychological distress',
      findings: ['depression-or-anxiety'],
      mappingBasis: toolLogic(
        'PHQ-9 or GAD-7 >= 10 taken as psychological distress; Thomson 2020\'s definition of the factor was not retrieved',
        'thomson-2020',
      ),
    },
    {
      id: 'unwillingness-to-reduce-high-dose-opioids',
      label: 'Unwillingness to reduce high-dose opioids',
      findings: ['unwilling-to-reduce-opioids'],
      mappingBasis: toolLogic(
        'The finding is defined as this Thomson 2020 factor (findings-matrix.md §4.5); it applies when ' +
          '`high-dose-opioids` (>= 50 MME/day, CDC 2022 supporting text) is also present',
        'thomson-2020',
        'cdc-2022-opioids',
      ),
    },
  ],
  management:
    'CBT-informed combined physical and psychological programme (NICE NG59); STarT Back for stratification. Before ' +
    'SCS, assessment by a pain-oriented psychologist early in the pathway, aimed at treating modifiable risk factors ' +
    'rather than ruling patients out (evidence.md §5.3).',
  sources: ['thomson-2020', 'waddell-1979', 'nice-ng59', 'cdc-2022-opioids'],
};
