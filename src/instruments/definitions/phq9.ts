/**
 * PHQ-9 (Kroenke, Spitzer & Williams 2001). Licence class A: Pfizer, "no permission required to reproduce,
 * translate, display or distribute" — item text ships. Facts: instruments.md §5; item wording and LOINC coding as in
 * the LOINC/LHC-Forms form (shared/peers/phq9-lforms-sdc.json).
 */
import { LOINC } from '../constants.js';
import { published, unverified } from '../basis.js';
import type { AnswerOption, InstrumentDefinition, ItemDefinition } from '../types.js';
import { scoredIndices, sumWithRule } from './helpers.js';

/** LOINC answer list LL358-3: 0-3 frequency options (shared with GAD-7). */
export const FREQUENCY_OPTIONS: readonly AnswerOption[] = [
  { value: 0, score: 0, system: LOINC, code: 'LA6568-5', label: 'Not at all' },
  { value: 1, score: 1, system: LOINC, code: 'LA6569-3', label: 'Several days' },
  { value: 2, score: 2, system: LOINC, code: 'LA6570-1', label: 'More than half the days' },
  { value: 3, score: 3, system: LOINC, code: 'LA6571-9', label: 'Nearly every day' },
];

/** Unscored functional item (PHQ-9 69722-7; GAD-7 uses the same options). */
export const DIFFICULTY_OPTIONS: readonly AnswerOption[] = [
  { value: 0, score: 0, system: LOINC, code: 'LA6572-7', label: 'Not difficult at all' },
  { value: 1, score: 1, system: LOINC, code: 'LA6573-5', label: 'Somewhat difficult' },
  { value: 2, score: 2, system: LOINC, code: 'LA6575-0', label: 'Very difficult' },
  { value: 3, score: 3, system: LOINC, code: 'LA6574-3', label: 'Extremely difficult' },
];

const item = (loinc: string, name: string, text: string): ItemDefinition => ({
  linkId: loinc,
  loinc,
  name,
  type: 'choice',
  options: FREQUENCY_OPTIONS,
  scored: true,
  text,
});

const items: readonly ItemDefinition[] = [
  item('44250-9', 'item 1: little interest or pleasure', 'Little interest or pleasure in doing things'),
  item('44255-8', 'item 2: feeling down', 'Feeling down, depressed, or hopeless'),
  item('44259-0', 'item 3: sleep', 'Trouble falling or staying asleep, or sleeping too much'),
  item('44254-1', 'item 4: tired', 'Feeling tired or having little energy'),
  item('44251-7', 'item 5: appetite', 'Poor appetite or overeating'),
  item(
    '44258-2',
    'item 6: feeling bad about yourself',
    'Feeling bad about yourself - or that you are a failure or have let yourself or your family down',
  ),
  item(
    '44252-5',
    'item 7: concentration',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
  ),
  item(
    '44253-3',
    'item 8: moving or speaking slowly or restless',
    'Moving or speaking so slowly that other people could have noticed. Or the opposite - being so fidgety or ' +
      'restless that you have been moving around a lot more than usual',
  ),
  item(
    '44260-8',
    'item 9: thoughts of being better off dead or of self-harm',
    'Thoughts that you would be better off dead, or of hurting yourself in some way',
  ),
  {
    linkId: '69722-7',
    loinc: '69722-7',
    name: 'difficulty (not scored)',
    type: 'choice',
    options: DIFFICULTY_OPTIONS,
    scored: false,
    text:
      'If you checked off any problems, how difficult have these problems made it for you to do your work, take ' +
      'care of things at home, or get along with other people?',
  },
];

const SCORED = scoredIndices(items);
const kroenke = published('kroenke-2001');

export const phq9: InstrumentDefinition = {
  id: 'phq9',
  name: 'Patient Health Questionnaire-9',
  shortName: 'PHQ-9',
  version: '1.0',
  description: 'Depression severity: 9 DSM-IV symptom items over the last 2 weeks plus one unscored difficulty item.',
  recall: 'last 2 weeks',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  licence: {
    class: 'A',
    owner: 'Pfizer Inc. (developed by Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues)',
    terms: 'No permission required to reproduce, translate, display or distribute (Pfizer; quoted by CamCOPS from phqscreeners.com).',
    copyright:
      'PHQ-9: developed by Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an ' +
      'educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
    shipsText: true,
    basis: published(
      [],
      'CamCOPS docs/source/tasks/phq9.rst quoting phqscreeners.com (instruments.md §5)',
      'https://github.com/ucam-department-of-psychiatry/camcops/blob/master/docs/source/tasks/phq9.rst',
    ),
  },
  loinc: { panel: '44249-1', score: '44261-6', scoreDisplay: 'Patient health questionnaire 9 item total score' },
  items,
  scoreName: 'total',
  range: { min: 0, max: 27 },
  direction: 'higher-is-worse',
  scoring: {
    description: 'Sum of items 1-9 (0-3 each); the difficulty item is not scored.',
    basis: kroenke,
    displayDecimals: 0,
    displayRule: 'whole number (a prorated total, if a clinic enables proration, is shown with one decimal)',
  },
  missing: {
    method: 'prorate',
    minAnswered: 9,
    configurable: true,
    description:
      'Default: no score when any of items 1-9 is missing (the PHQ manual proration rule is unverified). A clinic ' +
      'may set minAnswered (e.g. 7) to prorate: total = sum × 9 / answered, marked unverified.',
    basis: unverified(
      'PHQ instruction manual proration (prorate when ≤2 items missing) not seen in a primary source; the LOINC/' +
        'LHC-Forms expression counts missing items as 0, which SpinePath refuses to copy (instruments.md §5).',
    ),
  },
  bands: [
    { id: 'minimal', label: 'none-minimal depressive symptoms', max: 5, maxInclusive: false, range: '0-4', basis: kroenke },
    { id: 'mild', label: 'mild depressive symptoms', max: 10, maxInclusive: false, range: '5-9', basis: kroenke },
    { id: 'moderate', label: 'moderate depressive symptoms', max: 15, maxInclusive: false, range: '10-14', basis: kroenke },
    {
      id: 'moderately-severe',
      label: 'moderately severe depressive symptoms',
      max: 20,
      maxInclusive: false,
      range: '15-19',
      basis: kroenke,
    },
    { id: 'severe', label: 'severe depressive symptoms', max: 27, range: '20-27', basis: kroenke },
  ],
  mcid: [
    {
      kind: 'MCID',
      value: 5,
      unit: 'points',
      text: '5 points (Löwe 2004)',
      basis: unverified('From memory (Löwe 2004); not confirmed in a retrieved source (instruments.md §5, §E.5).'),
    },
    {
      kind: 'cut-off',
      value: 10,
      unit: 'points',
      text: '≥10: sensitivity 88%, specificity 88% for major depression',
      basis: kroenke,
    },
  ],
  sources: ['kroenke-2001'],
  notes: [
    'Item 9 > 0 raises an urgent clinician alert whatever the total or missing items (SpinePath safety rule).',
    'Bands 0-4 / 5-9 / 10-14 / 15-19 / 20-27 (Kroenke 2001); the LHC-Forms display text "1-4 = Minimal" is wrong.',
  ],
  ignoredLinkIds: ['44261-6'],
  compute(input) {
    const r = sumWithRule(input, SCORED, 'prorate');
    return { score: r.score, subscores: {}, decision: r.decision, extra: { answeredSum: r.raw } };
  },
};

/** linkId of PHQ-9 item 9 (self-harm thoughts). */
export const PHQ9_ITEM9 = '44260-8';
