/**
 * DN4 (Douleur Neuropathique en 4 questions; Bouhassira et al. 2005). Distribution terms not found: licence class
 * unknown, treated as C (no text ships). Items 1-7 are interview items, 8-10 need a clinical examination.
 * Facts: instruments.md §7.
 */
import { answerSystem } from '../constants.js';
import { secondary, toolLogic, unverified } from '../basis.js';
import type { AnswerOption, Band, InstrumentDefinition, ItemDefinition } from '../types.js';
import { indicesOf, sumWithRule } from './helpers.js';

const SYS = answerSystem('dn4');
const YES_NO: readonly AnswerOption[] = [
  { value: 0, score: 0, system: SYS, code: 'no' },
  { value: 1, score: 1, system: SYS, code: 'yes' },
];

const ITEMS: readonly [string, string, 'interview' | 'examination'][] = [
  ['burning', 'Q1 burning', 'interview'],
  ['painful-cold', 'Q1 painful cold', 'interview'],
  ['electric-shocks', 'Q1 electric shocks', 'interview'],
  ['tingling', 'Q2 tingling', 'interview'],
  ['pins-and-needles', 'Q2 pins and needles', 'interview'],
  ['numbness', 'Q2 numbness', 'interview'],
  ['itching', 'Q2 itching', 'interview'],
  ['hypoesthesia-touch', 'Q3 hypoesthesia to touch (examination)', 'examination'],
  ['hypoesthesia-pinprick', 'Q3 hypoesthesia to pinprick (examination)', 'examination'],
  ['brushing', 'Q4 pain caused or increased by brushing (examination)', 'examination'],
];

const items: readonly ItemDefinition[] = ITEMS.map(([linkId, name, part]) => ({
  linkId,
  name,
  type: 'choice',
  options: YES_NO,
  scored: true,
  part,
}));

const ALL = items.map((_, i) => i);
const INTERVIEW = indicesOf(
  items,
  ITEMS.filter((i) => i[2] === 'interview').map((i) => i[0]),
);

const cutoff = unverified(
  'DN4 ≥4/10 suggests neuropathic pain (Bouhassira 2005): numbers not confirmed in a retrieved copy; Dutch ' +
    'validation sens 75%, spec 76% (Timmerman 2017) (instruments.md §7).',
  'bouhassira-2005',
  'timmerman-2017',
);

const BANDS: readonly Band[] = [
  { id: 'negative', label: 'neuropathic pain unlikely (screen negative)', max: 4, maxInclusive: false, range: '0-3', basis: cutoff },
  { id: 'positive', label: 'neuropathic pain likely (screen positive)', max: 10, range: '4-10', basis: cutoff },
];

const INTERVIEW_BANDS: readonly Band[] = [
  {
    id: 'negative',
    label: 'DN4-interview negative',
    max: 3,
    maxInclusive: false,
    range: '0-2',
    basis: unverified('DN4-interview cut-off ≥3/7 not confirmed (instruments.md §7).', 'bouhassira-2005'),
  },
  {
    id: 'positive',
    label: 'DN4-interview positive',
    max: 7,
    range: '3-7',
    basis: unverified('DN4-interview cut-off ≥3/7 not confirmed (instruments.md §7).', 'bouhassira-2005'),
  },
];

export const dn4: InstrumentDefinition = {
  id: 'dn4',
  name: 'DN4 neuropathic pain questionnaire',
  shortName: 'DN4',
  version: '2005',
  description: 'Neuropathic pain screen: 10 yes/no items; items 8-10 are recorded by a clinician after examination.',
  licence: {
    class: 'unknown',
    owner: 'Bouhassira D et al. (Pain 2005;114:29-36); distribution terms not found',
    terms: 'No licence statement found: treated as class C (scoring and codes only).',
    copyright: 'DN4: Bouhassira et al. 2005. Item text is not included: load your licensed text (SpinePath "bring your own text" pack).',
    shipsText: false,
    basis: unverified('Licence terms not found (instruments.md §7, §E.4).', 'bouhassira-2005'),
  },
  loinc: { note: 'No LOINC panel or score code found.' },
  items,
  scoreName: 'total',
  range: { min: 0, max: 10 },
  direction: 'higher-is-worse',
  scoring: {
    description: 'Count of "yes" answers (yes = 1, no = 0): total 0-10; interview subscore (items 1-7) 0-7.',
    basis: secondary('bouhassira-2005', 'awell-score dn4 README and PMC7136290 Table 3 (instruments.md §7)'),
    displayDecimals: 0,
    displayRule: 'whole number',
  },
  missing: {
    method: 'require-all',
    minAnswered: 10,
    configurable: false,
    description:
      'All 10 items for the total; the interview subscore is given when the 7 interview items are answered ' +
      '(e.g. a patient-app response before the examination).',
    basis: toolLogic('No missing-item rule defined; require all items of the version used (instruments.md §7).'),
  },
  subscores: [
    {
      id: 'interview',
      name: 'DN4-interview (items 1-7)',
      min: 0,
      max: 7,
      items: ITEMS.filter((i) => i[2] === 'interview').map((i) => i[0]),
      bands: INTERVIEW_BANDS,
      displayDecimals: 0,
      basis: secondary('bouhassira-2005', 'instruments.md §7'),
    },
  ],
  bands: BANDS,
  mcid: [],
  sources: ['bouhassira-2005', 'timmerman-2017'],
  notes: ['awell-score README says "range 0-100, high = good": wrong; the range is 0-10 and ≥4 is positive.'],
  compute(input) {
    const total = sumWithRule(input, ALL, 'require-all');
    const interview = sumWithRule(input, INTERVIEW, 'require-all');
    return { score: total.score, subscores: { interview: interview.score }, decision: total.decision };
  },
};
