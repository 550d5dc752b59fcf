/**
 * painDETECT (Freynhagen et al. 2006). © Pfizer Pharma / distributed under licence [unverified]: class C, no text.
 * Facts: instruments.md §8. The pain NRS items and the body chart are not part of the score.
 */
import { answerSystem } from '../constants.js';
import { secondary, toolLogic, unverified } from '../basis.js';
import type { AnswerOption, Band, InstrumentDefinition, ItemDefinition } from '../types.js';
import { plainOptions, range, sumWithRule } from './helpers.js';

const SYS = answerSystem('paindetect');
const SENSORY = plainOptions('paindetect', range(0, 5));

/** Course pattern: values are the positions 1-4 of the four patterns; scores 0, -1, +1, +1. */
const COURSE: readonly AnswerOption[] = [
  { value: 1, score: 0, system: SYS, code: 'pattern-1' },
  { value: 2, score: -1, system: SYS, code: 'pattern-2' },
  { value: 3, score: 1, system: SYS, code: 'pattern-3' },
  { value: 4, score: 1, system: SYS, code: 'pattern-4' },
];
/** Radiating pain: value 0 = no, 1 = yes; score 0 / +2. */
const RADIATING: readonly AnswerOption[] = [
  { value: 0, score: 0, system: SYS, code: 'no' },
  { value: 1, score: 2, system: SYS, code: 'yes' },
];

const sensory = (linkId: string, name: string): ItemDefinition => ({
  linkId,
  name,
  type: 'choice',
  options: SENSORY,
  scored: true,
  part: 'sensory',
});

const items: readonly ItemDefinition[] = [
  sensory('burning', 'sensory 1: burning'),
  sensory('tingling-prickling', 'sensory 2: tingling or prickling'),
  sensory('light-touch', 'sensory 3: pain with light touch'),
  sensory('pain-attacks', 'sensory 4: sudden pain attacks (electric-shock-like)'),
  sensory('cold-heat', 'sensory 5: cold or heat painful'),
  sensory('numbness', 'sensory 6: numbness'),
  sensory('slight-pressure', 'sensory 7: slight pressure painful'),
  {
    linkId: 'course-pattern',
    name: 'pain course pattern',
    type: 'choice',
    options: COURSE,
    scored: true,
    note:
      'Pattern 1 persistent pain with slight fluctuations (0); 2 persistent pain with pain attacks (-1); 3 pain ' +
      'attacks without pain between them (+1); 4 pain attacks with pain between them (+1). Pattern wording per ' +
      'Freynhagen 2006 [unverified]; values per PMC7136290.',
  },
  { linkId: 'radiating', name: 'radiating pain', type: 'choice', options: RADIATING, scored: true },
];

const ALL = items.map((_, i) => i);
const freynhagen = secondary(
  'freynhagen-2006',
  'NINDS CDE painDETECT page and PMC7136290 Table 3 (instruments.md §8); NINDS "≤19" read as the typo it is (≥19)',
);

const BANDS: readonly Band[] = [
  { id: 'unlikely', label: 'neuropathic component unlikely (<15%)', max: 12, range: '-1 to 12', basis: freynhagen },
  { id: 'uncertain', label: 'result ambiguous, a neuropathic component may be present', max: 18, range: '13-18', basis: freynhagen },
  { id: 'likely', label: 'neuropathic component likely (>90%)', max: 38, range: '19-38', basis: freynhagen },
];

export const paindetect: InstrumentDefinition = {
  id: 'paindetect',
  name: 'painDETECT questionnaire',
  shortName: 'painDETECT',
  version: '2006',
  description:
    'Screening for a neuropathic pain component: 7 sensory items (0-5), pain course pattern (-1 to +1), ' +
    'radiating pain (0/+2).',
  licence: {
    class: 'C',
    owner: '© Pfizer Pharma GmbH; distributed under licence (unverified)',
    terms: 'Owner terms not confirmed: class C (scoring, codes and values only).',
    copyright:
      'painDETECT © Pfizer Pharma (unverified). Item text is not included: load your licensed text (SpinePath ' +
      '"bring your own text" pack).',
    shipsText: false,
    basis: unverified('Owner and terms not confirmed (instruments.md §8, §E.4).', 'freynhagen-2006'),
  },
  loinc: { note: 'No LOINC panel or score code found.' },
  items,
  scoreName: 'total',
  range: { min: -1, max: 38 },
  direction: 'higher-is-worse',
  scoring: {
    description: 'Sum of 7 sensory items (0-35) + course pattern (-1, 0 or +1) + radiating pain (0 or 2): -1 to 38.',
    basis: freynhagen,
    displayDecimals: 0,
    displayRule: 'whole number',
  },
  missing: {
    method: 'require-all',
    minAnswered: 9,
    configurable: false,
    description: 'All 9 scored items required.',
    basis: toolLogic('No missing-item rule defined (instruments.md §8).'),
  },
  bands: BANDS,
  mcid: [],
  sources: ['freynhagen-2006'],
  compute(input) {
    const r = sumWithRule(input, ALL, 'require-all');
    return { score: r.score, subscores: {}, decision: r.decision };
  },
};
