/**
 * Pain Catastrophizing Scale (Sullivan et al. 1995). "Copyright 1995, 2001, 2004, 2006, 2009 Michael JL Sullivan";
 * electronic-use terms not found: class B/C, treated as C (no text ships). Facts: instruments.md §9.
 */
import { computed, published, secondary, toolLogic, unverified } from '../basis.js';
import type { InstrumentDefinition, ItemDefinition, SubscoreDefinition } from '../types.js';
import { indicesOf, plainOptions, range, sumWithRule } from './helpers.js';

const OPTIONS = plainOptions('pcs', range(0, 4));
const items: readonly ItemDefinition[] = range(1, 13).map((n) => ({
  linkId: `item-${n}`,
  name: `item ${n}`,
  type: 'choice',
  options: OPTIONS,
  scored: true,
}));

const ALL = items.map((_, i) => i);
const subscaleBasis = secondary('sullivan-1995', 'awell-score pcs README / pcs_scales.ts; identical in a public R script (instruments.md §9)');
const SUBSCALES: readonly SubscoreDefinition[] = [
  {
    id: 'rumination',
    name: 'rumination (items 8-11)',
    min: 0,
    max: 16,
    items: ['item-8', 'item-9', 'item-10', 'item-11'],
    displayDecimals: 0,
    basis: subscaleBasis,
  },
  {
    id: 'magnification',
    name: 'magnification (items 6, 7, 13)',
    min: 0,
    max: 12,
    items: ['item-6', 'item-7', 'item-13'],
    displayDecimals: 0,
    basis: subscaleBasis,
  },
  {
    id: 'helplessness',
    name: 'helplessness (items 1-5, 12)',
    min: 0,
    max: 24,
    items: ['item-1', 'item-2', 'item-3', 'item-4', 'item-5', 'item-12'],
    displayDecimals: 0,
    basis: subscaleBasis,
  },
];
const SUB_IDX = SUBSCALES.map((s) => indicesOf(items, s.items ?? []));
const cutoff = secondary('sullivan-1995', 'cut-off 30 = 75th percentile of a chronic-pain sample (sprypt.com, kandelscreen.com)');

export const pcs: InstrumentDefinition = {
  id: 'pcs',
  name: 'Pain Catastrophizing Scale',
  shortName: 'PCS',
  version: '1995',
  description: 'Catastrophic thinking about pain: 13 items rated 0-4; total 0-52 with three subscales.',
  licence: {
    class: 'C',
    owner: 'Copyright 1995, 2001, 2004, 2006, 2009 Michael JL Sullivan',
    terms: 'Electronic-use terms not found (class B/C): treated as C, scoring and codes only.',
    copyright:
      'PCS © 1995, 2001, 2004, 2006, 2009 Michael JL Sullivan. Item text is not included: load your licensed text ' +
      '(SpinePath "bring your own text" pack).',
    shipsText: false,
    basis: secondary('sullivan-1995', 'PCS User Manual copyright line (instruments.md §9)'),
  },
  loinc: { note: 'No LOINC panel or score code found.' },
  items,
  scoreName: 'total',
  range: { min: 0, max: 52 },
  direction: 'higher-is-worse',
  scoring: {
    description:
      'Total = sum of 13 items (0-52); rumination = items 8-11 (0-16); magnification = items 6, 7, 13 (0-12); ' +
      'helplessness = items 1-5 and 12 (0-24).',
    basis: subscaleBasis,
    displayDecimals: 0,
    displayRule: 'whole number',
  },
  missing: {
    method: 'require-all',
    minAnswered: 13,
    configurable: false,
    description: 'All 13 items required: no proration unless the PCS manual allows it (rule not found).',
    basis: toolLogic('PCS manual missing-item rule not found [unverified]; policy constructed in instruments.md §9.'),
  },
  subscores: SUBSCALES,
  bands: [
    { id: 'below-threshold', label: 'below the clinically relevant level', max: 30, maxInclusive: false, range: '0-29', basis: cutoff },
    { id: 'clinically-relevant', label: 'clinically relevant catastrophizing', max: 52, range: '30-52', basis: cutoff },
  ],
  mcid: [
    {
      kind: 'SEM',
      value: 4.6,
      unit: 'points',
      text: 'Standard error of measurement 4.6 points (Norwegian PCS)',
      basis: published([], 'BMC Musculoskelet Disord 2012;13:111', 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3407790/'),
    },
    {
      kind: 'MDC95',
      value: 12.8,
      unit: 'points',
      text: 'MDC95 = 1.96 × √2 × 4.6 ≈ 12.8 points',
      basis: computed('Computed from the Norwegian SEM 4.6 (instruments.md §9).'),
    },
    {
      kind: 'MCID',
      text: 'No developer MCID found',
      basis: unverified('MCID from the developer not found (instruments.md §9).', 'sullivan-1995'),
    },
  ],
  sources: ['sullivan-1995'],
  compute(input) {
    const total = sumWithRule(input, ALL, 'require-all');
    const subscores: Record<string, number | null> = {};
    SUBSCALES.forEach((s, k) => {
      subscores[s.id] = sumWithRule(input, SUB_IDX[k] as number[], 'require-all').score;
    });
    return { score: total.score, subscores, decision: total.decision };
  },
};
