/**
 * PROMIS Pain Interference Short Form 4a. PROMIS measures are copyrighted (HealthMeasures terms: free for
 * individual clinical use; commercial use, redistribution and integration into technology need permission):
 * licence class C, no text ships. Facts: instruments.md §11. The raw-to-T table and SE are from a public R script
 * citing the PROMIS Adult Profile Scoring Manual, cross-checked against a second public script (§11.3); confirm
 * against the manual and confirm that the table may be redistributed before release.
 */
import { LOINC } from '../constants.js';
import { secondary, unverified } from '../basis.js';
import type { AnswerOption, Band, InstrumentDefinition, ItemDefinition } from '../types.js';
import { sumWithRule } from './helpers.js';

const OPTIONS: readonly AnswerOption[] = [
  { value: 1, score: 1, system: LOINC, code: 'LA6568-5' },
  { value: 2, score: 2, system: LOINC, code: 'LA13863-8' },
  { value: 3, score: 3, system: LOINC, code: 'LA13909-9' },
  { value: 4, score: 4, system: LOINC, code: 'LA13902-4' },
  { value: 5, score: 5, system: LOINC, code: 'LA13914-9' },
];

const item = (loinc: string, name: string): ItemDefinition => ({
  linkId: loinc,
  loinc,
  name,
  type: 'choice',
  options: OPTIONS,
  scored: true,
});

const items: readonly ItemDefinition[] = [
  item('61758-9', 'item 1: interference with day-to-day activities'),
  item('61769-6', 'item 2: interference with work around the home'),
  item('61773-8', 'item 3: interference with participating in social activities'),
  item('61775-3', 'item 4: interference with household chores'),
];

/** Raw summed score 4-20 -> [T-score, SE] (PROMIS PI 4a = PROMIS-29 pain interference domain). */
export const PROMIS_PI_4A_TABLE: Readonly<Record<number, readonly [number, number]>> = {
  4: [41.6, 6.1],
  5: [49.6, 2.5],
  6: [52.0, 2.0],
  7: [53.9, 1.9],
  8: [55.6, 1.9],
  9: [57.1, 1.9],
  10: [58.5, 1.8],
  11: [59.9, 1.8],
  12: [61.2, 1.8],
  13: [62.5, 1.8],
  14: [63.8, 1.8],
  15: [65.2, 1.8],
  16: [66.6, 1.8],
  17: [68.0, 1.8],
  18: [69.7, 1.9],
  19: [71.6, 2.1],
  20: [75.6, 3.7],
};

const ALL = items.map((_, i) => i);
const tableBasis = secondary(
  'healthmeasures-promis',
  'PI 4a raw-to-T table with SE from a public R script "create lookup table of t-scores and SE from promis manual" ' +
    '(instruments.md §11.3 [S-RC]); a second script gives 75.8 for raw 20 (this table: 75.6). Verify against the ' +
    'PROMIS Adult Profile Scoring Manual.',
);
const cutPoints = secondary('healthmeasures-promis', 'HealthMeasures "PROMIS Score Cut Points" page (instruments.md §11.2)');

const BANDS: readonly Band[] = [
  { id: 'within-normal-limits', label: 'within normal limits', max: 55, range: 'T ≤55', basis: cutPoints },
  { id: 'mild', label: 'mild pain interference', max: 60, range: 'T 55-60', basis: cutPoints },
  { id: 'moderate', label: 'moderate pain interference', max: 70, range: 'T 60-70', basis: cutPoints },
  { id: 'severe', label: 'severe pain interference', max: 100, range: 'T >70', basis: cutPoints },
];

export const promisPi4a: InstrumentDefinition = {
  id: 'promis-pi-4a',
  name: 'PROMIS Pain Interference Short Form 4a',
  shortName: 'PROMIS PI 4a',
  version: '1.0',
  description: 'Pain interference over the past 7 days: 4 items rated 1-5; raw 4-20 converted to a T-score (mean 50, SD 10).',
  recall: 'past 7 days',
  licence: {
    class: 'C',
    owner: 'PROMIS Health Organization / HealthMeasures (PROMIS measures are copyrighted)',
    terms:
      'Free for individual research and clinical use; commercial use, distribution and integration into ' +
      'proprietary technology need written permission; electronic administration needs HealthMeasures permission. ' +
      'Whether the score table may be redistributed in open source is unverified.',
    copyright:
      'PROMIS® measures © PROMIS Health Organization; use subject to the PROMIS / HealthMeasures terms. Item text ' +
      'is not included: load your licensed text (SpinePath "bring your own text" pack).',
    shipsText: false,
    basis: secondary('healthmeasures-promis', 'HealthMeasures "Obtain & Administer Measures" and Terms of Use (instruments.md §11.4)'),
  },
  loinc: {
    score: '71961-7',
    scoreDisplay: 'PROMIS-29 pain interference T-score',
    note:
      'No PI 4a panel code found. 71961-7 is the PROMIS-29 pain interference T-score code (compiled eCQM, ' +
      'instruments.md §11.1); the PROMIS-29 domain has the same four items [verify]. Item membership of the 4a form ' +
      '(first four PI items of the MyPAIN questionnaire) is unverified.',
  },
  items,
  scoreName: 'T-score',
  range: { min: 41.6, max: 75.6 },
  direction: 'higher-is-worse',
  scoring: {
    description:
      'Raw = sum of 4 items (1-5 each, 4-20); T-score and SE read from the summed-score table. HealthMeasures ' +
      'prefers response-pattern scoring (Scoring Service) as more accurate.',
    basis: tableBasis,
    displayDecimals: 1,
    displayRule: 'T-score with one decimal, as in the table',
  },
  missing: {
    method: 'prorate',
    minAnswered: 2,
    roundUp: true,
    configurable: true,
    description:
      'With ≥50% of items answered (≥2 of 4): prorated raw = raw × 4 / answered, rounded up to a whole number, then ' +
      'the table; fewer: no score.',
    basis: unverified('PROMIS proration rule (≥50%, round up) from secondary material; check the PROMIS scoring manual (instruments.md §11.2).', 'healthmeasures-promis'),
  },
  subscores: [
    { id: 'raw', name: 'raw summed score (4-20)', min: 4, max: 20, displayDecimals: 0, basis: tableBasis },
    { id: 'se', name: 'standard error of the T-score', min: 0, max: 10, displayDecimals: 1, basis: tableBasis },
  ],
  bands: BANDS,
  mcid: [
    {
      kind: 'MCID',
      value: 2,
      unit: 'T-points',
      text: '2-3 T points for short forms in chronic pain (Chen); 3.5-5.5 for the CAT in back pain (Amtmann)',
      basis: secondary([], 'healthmonix MBHR3 measure page citing Chen and Amtmann (instruments.md §11.2)', 'https://healthmonix.com'),
    },
  ],
  sources: ['healthmeasures-promis'],
  ignoredLinkIds: ['71961-7'],
  compute(input) {
    const r = sumWithRule(input, ALL, 'prorate', true);
    if (r.score === null) return { score: null, subscores: { raw: null, se: null }, decision: 'refused', extra: { answeredSum: r.raw } };
    const row = PROMIS_PI_4A_TABLE[r.score];
    if (!row) throw new Error(`PROMIS PI 4a raw score outside the table: ${r.score}`);
    return { score: row[0], subscores: { raw: r.score, se: row[1] }, decision: r.decision, extra: { answeredSum: r.raw } };
  },
};
