/**
 * PEG: Pain, Enjoyment of life, General activity (Krebs et al. 2009). Described as public domain in secondary
 * sources (AHRQ/CDC materials; a public repository states "freely available in the public domain (Krebs 2009)");
 * the authors' own statement has not been seen, so class A is provisional. Facts: instruments.md §2.
 */
import { secondary, toolLogic, unverified } from '../basis.js';
import type { InstrumentDefinition, ItemDefinition } from '../types.js';
import { indicesOf } from './helpers.js';

const items: readonly ItemDefinition[] = [
  {
    linkId: '75893-8',
    loinc: '75893-8',
    name: 'P: average pain in the past week',
    type: 'integer',
    min: 0,
    max: 10,
    scored: true,
    text: 'What number best describes your pain on average in the past week?',
    anchors: { min: 'No pain', max: 'Pain as bad as you can imagine' },
  },
  {
    linkId: '91145-3',
    loinc: '91145-3',
    name: 'E: interference with enjoyment of life',
    type: 'integer',
    min: 0,
    max: 10,
    scored: true,
    text: 'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
    anchors: { min: 'Does not interfere', max: 'Completely interferes' },
  },
  {
    linkId: '91146-1',
    loinc: '91146-1',
    name: 'G: interference with general activity',
    type: 'integer',
    min: 0,
    max: 10,
    scored: true,
    text: 'What number best describes how, during the past week, pain has interfered with your general activity?',
    anchors: { min: 'Does not interfere', max: 'Completely interferes' },
  },
];

const IDX = indicesOf(items, ['75893-8', '91145-3', '91146-1']);
const loincPeg = secondary(
  ['loinc', 'krebs-2009'],
  'LOINC 91147-9 term description, quoted on a mirror: "The PEG score is the average of the 3 individual item ' +
    'scores. For clinical use, round to the nearest whole number."',
);

export const peg: InstrumentDefinition = {
  id: 'peg',
  name: 'PEG three-item pain scale (Pain, Enjoyment of life, General activity)',
  shortName: 'PEG',
  version: '1.0',
  description: 'Mean of average pain and pain interference with enjoyment of life and with general activity, past week.',
  recall: 'past week',
  licence: {
    class: 'A',
    owner: 'Krebs EE et al. (J Gen Intern Med 2009;24:733-8)',
    terms:
      'Described as public domain / freely available in the sources found (AHRQ/CDC materials; a public ' +
      'repository: "freely available in the public domain (Krebs 2009)"). The authors\' own statement was not ' +
      'seen: class A is provisional until confirmed.',
    copyright:
      'PEG scale: Krebs EE et al., J Gen Intern Med 2009;24:733-8. Described as public domain in the sources ' +
      'found (not confirmed with the authors).',
    shipsText: true,
    basis: secondary('krebs-2009', 'public-domain statement from secondary sources; verify with the authors (instruments.md §2)'),
  },
  loinc: { panel: '91148-7', score: '91147-9', scoreDisplay: 'Mean score [PEG]' },
  items,
  scoreName: 'mean',
  range: { min: 0, max: 10 },
  direction: 'higher-is-worse',
  scoring: {
    description: 'PEG = (P + E + G) / 3, kept unrounded; shown rounded to the nearest whole number (half up).',
    basis: loincPeg,
    displayDecimals: 0,
    displayRule: 'nearest whole number, half up (LOINC 91147-9: "round to the nearest whole number")',
  },
  missing: {
    method: 'require-all',
    minAnswered: 3,
    configurable: false,
    description: 'All 3 items required: a mean of 2 items changes the construct.',
    basis: toolLogic('No missing-item rule in the sources found; policy constructed in instruments.md §2.'),
  },
  bands: [],
  mcid: [
    {
      kind: 'MCID',
      value: 30,
      unit: 'percent',
      text: '30% improvement is commonly used',
      basis: unverified('Krebs 2009 reports responsiveness; the 30% figure is not confirmed (instruments.md §2).', 'krebs-2009'),
    },
  ],
  sources: ['krebs-2009', 'loinc'],
  notes: [
    'No bands published by the developers in the sources found: show the number and its change (a third-party ' +
      '0-3.9 / 4-6.9 / 7-10 split is not authoritative).',
  ],
  ignoredLinkIds: ['91147-9'],
  compute(input) {
    let sum = 0;
    for (const i of IDX) {
      const s = input.itemScores[i];
      if (s === undefined) return { score: null, subscores: {}, decision: 'refused' };
      sum += s;
    }
    return { score: sum / 3, subscores: {}, decision: 'complete' };
  },
};
