/**
 * GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006). Licence class A (Pfizer, no permission required): text ships.
 * Facts: instruments.md §6. Item 2 also accepts LA18938-3 "More days than not" (value 2), as in LOINC's own form.
 */
import { LOINC } from '../constants.js';
import { published, secondary, unverified } from '../basis.js';
import type { AnswerOption, InstrumentDefinition, ItemDefinition } from '../types.js';
import { scoredIndices, sumWithRule } from './helpers.js';
import { DIFFICULTY_OPTIONS, FREQUENCY_OPTIONS } from './phq9.js';

const ITEM2_OPTIONS: readonly AnswerOption[] = FREQUENCY_OPTIONS.map((o) =>
  o.value === 2 ? { ...o, altCodes: [{ system: LOINC, code: 'LA18938-3' }] } : o,
);

const item = (loinc: string, name: string, text: string, options = FREQUENCY_OPTIONS): ItemDefinition => ({
  linkId: loinc,
  loinc,
  name,
  type: 'choice',
  options,
  scored: true,
  text,
});

const items: readonly ItemDefinition[] = [
  item('69725-0', 'item 1: nervous, anxious or on edge', 'Feeling nervous, anxious, or on edge'),
  item('68509-9', 'item 2: cannot stop worrying', 'Not being able to stop or control worrying', ITEM2_OPTIONS),
  item('69733-4', 'item 3: worrying too much', 'Worrying too much about different things'),
  item('69734-2', 'item 4: trouble relaxing', 'Trouble relaxing'),
  item('69735-9', 'item 5: restless', "Being so restless that it's hard to sit still"),
  item('69689-8', 'item 6: annoyed or irritable', 'Becoming easily annoyed or irritable'),
  item('69736-7', 'item 7: afraid', 'Feeling afraid, as if something awful might happen'),
  {
    linkId: 'difficulty',
    name: 'difficulty (not scored)',
    type: 'choice',
    options: DIFFICULTY_OPTIONS,
    scored: false,
    text:
      'If you checked any problems, how difficult have they made it for you to do your work, take care of things ' +
      'at home, or get along with other people?',
    note: 'LOINC 69730-0 is reported for this item but unverified (instruments.md §6, §E.2): not used as item code.',
  },
];

const SCORED = scoredIndices(items);
const spitzer = published('spitzer-2006');

export const gad7: InstrumentDefinition = {
  id: 'gad7',
  name: 'Generalized Anxiety Disorder 7-item scale',
  shortName: 'GAD-7',
  version: '1.0',
  description: 'Anxiety severity: 7 items over the last 2 weeks plus one unscored difficulty item.',
  recall: 'last 2 weeks',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  licence: {
    class: 'A',
    owner: 'Pfizer Inc. (developed by Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues)',
    terms: 'No permission required to reproduce, translate, display or distribute (Pfizer; quoted by CamCOPS).',
    copyright:
      'GAD-7: developed by Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an ' +
      'educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
    shipsText: true,
    basis: published(
      [],
      'CamCOPS docs/source/tasks/gad7.rst (instruments.md §6)',
      'https://github.com/ucam-department-of-psychiatry/camcops/blob/master/docs/source/tasks/gad7.rst',
    ),
  },
  loinc: { panel: '69737-5', score: '70274-6', scoreDisplay: 'Generalized anxiety disorder 7 item (GAD-7) total score' },
  items,
  scoreName: 'total',
  range: { min: 0, max: 21 },
  direction: 'higher-is-worse',
  scoring: {
    description: 'Sum of items 1-7 (0-3 each); the difficulty item is not scored.',
    basis: spitzer,
    displayDecimals: 0,
    displayRule: 'whole number (a prorated total, if enabled, with one decimal)',
  },
  missing: {
    method: 'prorate',
    minAnswered: 7,
    configurable: true,
    description:
      'Default: no score when any of items 1-7 is missing (proration rule unverified). A clinic may set ' +
      'minAnswered to prorate: total = sum × 7 / answered, marked unverified.',
    basis: unverified('GAD-7 missing-item rule not found in a primary source (instruments.md §6: "as PHQ-9 [unverified]").'),
  },
  bands: [
    { id: 'minimal', label: 'minimal anxiety', max: 5, maxInclusive: false, range: '0-4', basis: spitzer },
    { id: 'mild', label: 'mild anxiety', max: 10, maxInclusive: false, range: '5-9', basis: spitzer },
    { id: 'moderate', label: 'moderate anxiety', max: 15, maxInclusive: false, range: '10-14', basis: spitzer },
    { id: 'severe', label: 'severe anxiety', max: 21, range: '15-21', basis: spitzer },
  ],
  mcid: [
    {
      kind: 'MCID',
      value: 4,
      unit: 'points',
      text: 'about 4 points',
      basis: unverified('From memory; not confirmed in a retrieved source (instruments.md §6, §E.5).'),
    },
    {
      kind: 'cut-off',
      value: 10,
      unit: 'points',
      text: '≥10: generalised anxiety disorder sensitivity 89%, specificity 82%',
      basis: spitzer,
    },
    {
      kind: 'cut-off',
      value: 10,
      unit: 'points',
      text: '≥10 also screens for panic (sens 74%, spec 81%), social anxiety (72/80) and PTSD (66/81)',
      basis: secondary('kroenke-2010', 'CamCOPS gad7.rst'),
    },
  ],
  sources: ['spitzer-2006', 'kroenke-2010'],
  notes: ['Never label the 0 option "Not at all sure" (Zorowitz 2021 error; instruments.md §6).'],
  ignoredLinkIds: ['70274-6'],
  compute(input) {
    const r = sumWithRule(input, SCORED, 'prorate');
    return { score: r.score, subscores: {}, decision: r.decision, extra: { answeredSum: r.raw } };
  },
};
