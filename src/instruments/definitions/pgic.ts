/**
 * Patient Global Impression of Change (PGIC), 7-point version derived from the NIMH Clinical Global Impression of
 * Improvement (1 = very much improved ... 4 = no change ... 7 = very much worse), as used by Farrar et al. 2001.
 * "Public domain and developed by the National Institute of Mental Health (NIMH)" (CamCOPS): class A, text ships.
 * Never pool with the Hurst & Bolton 2004 version (1 = no change ... 7 = a great deal better). Facts: instruments.md §14.
 */
import { answerSystem } from '../constants.js';
import { published, secondary, toolLogic } from '../basis.js';
import type { AnswerOption, Band, InstrumentDefinition } from '../types.js';

const SYS = answerSystem('pgic');
const LABELS = [
  'Very much improved',
  'Much improved',
  'Minimally improved',
  'No change',
  'Minimally worse',
  'Much worse',
  'Very much worse',
];
const OPTIONS: readonly AnswerOption[] = LABELS.map((label, i) => ({
  value: i + 1,
  score: i + 1,
  system: SYS,
  code: String(i + 1),
  label,
}));

const immpact = secondary('dworkin-2008', 'IMMPACT: minimally / much / very much improved = minimal / moderate / substantial (evidence.md §6.1)');

const BANDS: readonly Band[] = [
  { id: 'very-much-improved', label: 'very much improved (substantial improvement, IMMPACT)', max: 1, range: '1', basis: immpact },
  { id: 'much-improved', label: 'much improved (moderate improvement, IMMPACT)', max: 2, range: '2', basis: immpact },
  { id: 'minimally-improved', label: 'minimally improved (minimal improvement, IMMPACT)', max: 3, range: '3', basis: immpact },
  { id: 'no-change', label: 'no change', max: 4, range: '4', basis: immpact },
  { id: 'worse', label: 'worse', max: 7, range: '5-7', basis: immpact },
];

export const pgic: InstrumentDefinition = {
  id: 'pgic',
  name: "Patient Global Impression of Change",
  shortName: 'PGIC',
  version: 'nimh-7',
  description: 'One item: the patient rates overall change since the start of treatment on 7 levels.',
  recall: 'since the start of treatment',
  licence: {
    class: 'A',
    owner: 'Public domain (National Institute of Mental Health)',
    terms: 'Public domain and developed by the NIMH (CamCOPS pgic.rst).',
    copyright: 'PGIC: public domain, derived from the NIMH Clinical Global Impression scale.',
    shipsText: true,
    basis: published(
      [],
      'CamCOPS docs/source/tasks/pgic.rst (instruments.md §14)',
      'https://github.com/ucam-department-of-psychiatry/camcops/blob/master/docs/source/tasks/pgic.rst',
    ),
  },
  loinc: { note: 'LOINC not searched (instruments.md §14).' },
  items: [
    {
      linkId: 'pgic',
      name: 'global impression of change',
      type: 'choice',
      options: OPTIONS,
      scored: true,
      text: 'Since the start of your treatment, your overall status is:',
      note:
        'Study wording (Farrar 2001) reads "Since the start of the study, my overall status is:"; SpinePath adapts ' +
        '"study" to "treatment" [verify the wording a clinic uses].',
    },
  ],
  scoreName: 'rating',
  range: { min: 1, max: 7 },
  direction: 'lower-is-better',
  scoring: {
    description: 'The option value (1-7); no total.',
    basis: published(
      [],
      'CamCOPS pgic.rst: scores range from 1 (very much improved) to 7 (very much worse)',
      'https://github.com/ucam-department-of-psychiatry/camcops/blob/master/docs/source/tasks/pgic.rst',
    ),
    displayDecimals: 0,
    displayRule: 'whole number',
  },
  missing: {
    method: 'require-all',
    minAnswered: 1,
    configurable: false,
    description: 'Single item: no score when unanswered.',
    basis: toolLogic('Single item.'),
  },
  bands: BANDS,
  mcid: [
    {
      kind: 'anchor',
      value: 2,
      unit: 'category',
      text: '"Much" or "very much improved" (1-2) = clinically important improvement',
      basis: secondary(['farrar-2001', 'dworkin-2008'], 'cited by CamCOPS pgic.rst; exact anchor to verify (instruments.md §14)'),
    },
  ],
  sources: ['farrar-2001', 'dworkin-2008'],
  compute(input) {
    const v = input.itemScores[0];
    return v === undefined
      ? { score: null, subscores: {}, decision: 'refused' }
      : { score: v, subscores: {}, decision: 'complete' };
  },
};
