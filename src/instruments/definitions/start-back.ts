/**
 * Keele STarT Back Screening Tool (9 items; Hill et al. 2008). "Copyright © 2007 University of Keele"; free for
 * non-commercial use, commercial use needs Keele's agreement: licence class B (no text in an OSI-licensed repo).
 * Facts: instruments.md §10. Validated for low back pain in primary care: after spine surgery it is prognostic
 * context, not a treatment allocator.
 */
import { answerSystem } from '../constants.js';
import { published, toolLogic } from '../basis.js';
import type { AnswerOption, Band, InstrumentDefinition, ItemDefinition } from '../types.js';
import { indicesOf, sumWithRule } from './helpers.js';

const SYS = answerSystem('start-back');
/** Items 1-8: 0 = disagree, 1 = agree. */
const AGREE: readonly AnswerOption[] = [
  { value: 0, score: 0, system: SYS, code: 'disagree' },
  { value: 1, score: 1, system: SYS, code: 'agree' },
];
/** Item 9 (bothersomeness), five levels 1-5 recoded: levels 1-3 = 0, levels 4-5 = 1. */
const BOTHER: readonly AnswerOption[] = [
  { value: 1, score: 0, system: SYS, code: 'bother-1' },
  { value: 2, score: 0, system: SYS, code: 'bother-2' },
  { value: 3, score: 0, system: SYS, code: 'bother-3' },
  { value: 4, score: 1, system: SYS, code: 'bother-4' },
  { value: 5, score: 1, system: SYS, code: 'bother-5' },
];

const item = (loinc: string, name: string, options = AGREE): ItemDefinition => ({
  linkId: loinc,
  loinc,
  name,
  type: 'choice',
  options,
  scored: true,
});

const items: readonly ItemDefinition[] = [
  item('91340-0', 'item 1: leg pain spread'),
  item('91341-8', 'item 2: shoulder or neck pain'),
  item('91342-6', 'item 3: walked only short distances'),
  item('91343-4', 'item 4: dressed more slowly'),
  item('91344-2', 'item 5: not safe to be physically active'),
  item('91345-9', 'item 6: worrying thoughts'),
  item('91346-7', 'item 7: terrible, never going to get better'),
  item('91347-5', 'item 8: not enjoyed things'),
  item('91348-3', 'item 9: bothersomeness (levels 1-3 = 0, 4-5 = 1)', BOTHER),
];

const ALL = items.map((_, i) => i);
const DISTRESS = indicesOf(items, ['91344-2', '91345-9', '91346-7', '91347-5', '91348-3']);
const loincSb = published('loinc', 'LOINC 91350-9 / 91352-5 term descriptions (Hill 2008 not read)', 'https://loinc.org/91352-5');

/** Risk groups: total ≤3 low; total ≥4 with distress ≤3 medium; distress ≥4 high. LOINC answers of 91352-5. */
export const START_BACK_RISK: readonly (Band & { loincAnswer: string })[] = [
  { id: 'low', label: 'low risk', max: 3, range: 'total 0-3', basis: loincSb, loincAnswer: 'LA9194-7' },
  { id: 'medium', label: 'medium risk', max: 9, range: 'total ≥4 and distress ≤3', basis: loincSb, loincAnswer: 'LA8982-6' },
  { id: 'high', label: 'high risk', max: 9, range: 'distress ≥4', basis: loincSb, loincAnswer: 'LA9193-9' },
];

export const startBack: InstrumentDefinition = {
  id: 'start-back',
  name: 'Keele STarT Back Screening Tool',
  shortName: 'STarT Back',
  version: '2007',
  description: 'Prognostic screen for low back pain: 9 items; total 0-9, distress subscore 0-5, risk low/medium/high.',
  recall: 'last 2 weeks',
  licence: {
    class: 'B',
    owner: 'Copyright © 2007 University of Keele',
    terms:
      'No licence is required for non-commercial use; incorporating the tool into commercial products needs ' +
      "Keele University's agreement; the copyright/funding statement must be kept. Not compatible with shipping " +
      'the text under an OSI licence.',
    copyright:
      'STarT Back Screening Tool: Copyright © 2007 University of Keele. Item text is not included: load your text ' +
      'under Keele\'s terms (SpinePath "bring your own text" pack).',
    shipsText: false,
    basis: published('loinc', 'LOINC copyright block; keele.ac.uk/sbst licence page (instruments.md §10)', 'https://www.keele.ac.uk/sbst'),
  },
  loinc: { panel: '91349-1', score: '91351-7', scoreDisplay: 'Total score [STarT Back Screening Tool]' },
  items,
  scoreName: 'total',
  range: { min: 0, max: 9 },
  direction: 'higher-is-worse',
  scoring: {
    description:
      'Items 1-8: agree = 1, disagree = 0; item 9: levels 1-3 = 0, levels 4-5 = 1. Total = sum of 9 (0-9); ' +
      'distress = items 5-9 (0-5). Risk: total ≤3 low; total ≥4 and distress ≤3 medium; distress ≥4 high.',
    basis: published('loinc', 'LOINC 91350-9/91352-5; same rule in awell-score classifyRisk.ts (instruments.md §10)'),
    displayDecimals: 0,
    displayRule: 'whole number; the risk group is the interpretation',
  },
  missing: {
    method: 'require-all',
    minAnswered: 9,
    configurable: false,
    description: 'All 9 items required (the risk group depends on every item).',
    basis: toolLogic('No missing-item rule found (instruments.md §10).'),
  },
  subscores: [
    {
      id: 'distress',
      name: 'distress (psychosocial) subscore, items 5-9',
      min: 0,
      max: 5,
      items: ['91344-2', '91345-9', '91346-7', '91347-5', '91348-3'],
      loinc: '91350-9',
      displayDecimals: 0,
      basis: loincSb,
    },
  ],
  bands: START_BACK_RISK,
  mcid: [],
  sources: ['hill-2008', 'loinc'],
  notes: [
    'Validated for low back pain in primary care (Hill 2008); after spine surgery show as prognostic context, ' +
      'not as a treatment allocator (tool logic).',
  ],
  ignoredLinkIds: ['91350-9', '91351-7', '91352-5'],
  compute(input) {
    const total = sumWithRule(input, ALL, 'require-all');
    const distress = sumWithRule(input, DISTRESS, 'require-all');
    let bandId: string | null = null;
    if (total.score !== null && distress.score !== null) {
      bandId = total.score <= 3 ? 'low' : distress.score >= 4 ? 'high' : 'medium';
    }
    return { score: total.score, subscores: { distress: distress.score }, decision: total.decision, bandId };
  },
};
