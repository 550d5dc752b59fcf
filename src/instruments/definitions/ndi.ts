/**
 * Neck Disability Index (Vernon & Mior 1991). Copyright Howard Vernon [unverified]; electronic-use terms not found:
 * licence class unknown, treated as C (no text ships). Facts: instruments.md §4.
 */
import { published, secondary, toolLogic, unverified } from '../basis.js';
import type { Band, InstrumentDefinition, ItemDefinition } from '../types.js';
import { plainOptions, range, sumAnswered } from './helpers.js';

const SECTIONS = [
  ['pain-intensity', 'item 1: pain intensity'],
  ['personal-care', 'item 2: personal care'],
  ['lifting', 'item 3: lifting'],
  ['reading', 'item 4: reading'],
  ['headaches', 'item 5: headaches'],
  ['concentration', 'item 6: concentration'],
  ['work', 'item 7: work'],
  ['driving', 'item 8: driving'],
  ['sleeping', 'item 9: sleeping'],
  ['recreation', 'item 10: recreation'],
] as const;

const OPTIONS = plainOptions('ndi', range(0, 5));
const items: readonly ItemDefinition[] = SECTIONS.map(([linkId, name]) => ({
  linkId,
  name,
  type: 'choice',
  options: OPTIONS,
  scored: true,
}));
const ALL = items.map((_, i) => i);

const vernon = secondary('vernon-1991', 'chiro.org/forms/NDI_Explain.shtml, "informal blurb from the author" (instruments.md §4)');

/** Bands of the raw score (0-50). Integer ranges are encoded "< next" so a prorated fraction takes its integer band. */
export const NDI_RAW_BANDS: readonly Band[] = [
  { id: 'none', label: 'no disability', max: 5, maxInclusive: false, range: '0-4 (0-8%)', basis: vernon },
  { id: 'mild', label: 'mild disability', max: 15, maxInclusive: false, range: '5-14 (10-28%)', basis: vernon },
  { id: 'moderate', label: 'moderate disability', max: 25, maxInclusive: false, range: '15-24 (30-48%)', basis: vernon },
  { id: 'severe', label: 'severe disability', max: 35, maxInclusive: false, range: '25-34 (50-68%)', basis: vernon },
  { id: 'complete', label: 'complete disability', max: 50, range: '>34 (>68%)', basis: vernon },
];

/** The same bands on the percentage scale (percentage = raw × 2). */
const PERCENT_BANDS: readonly Band[] = NDI_RAW_BANDS.map((b) => ({ ...b, max: b.max * 2 }));

export const ndi: InstrumentDefinition = {
  id: 'ndi',
  name: 'Neck Disability Index',
  shortName: 'NDI',
  version: '1991',
  description: 'Neck-pain-related disability: 10 items scored 0-5; raw 0-50, percentage 0-100.',
  licence: {
    class: 'unknown',
    owner: 'Howard Vernon (copyright holder per secondary sources, unverified)',
    terms: 'No licence or electronic-use terms found: treated as class C until the owner confirms terms.',
    copyright:
      'NDI © Howard Vernon (unverified). Item text is not included: load your licensed text (SpinePath "bring your ' +
      'own text" pack).',
    shipsText: false,
    basis: unverified('Owner and terms not confirmed (instruments.md §4, §E.4).', 'vernon-1991'),
  },
  loinc: { note: 'No LOINC panel or score code found (search made; does not prove none exists).' },
  items,
  scoreName: 'percentage',
  range: { min: 0, max: 100 },
  direction: 'higher-is-worse',
  scoring: {
    description:
      'Raw = sum of items (0-50); percentage = raw × 2. With missing items the author adds the mean of the answered ' +
      'items for each missing one: raw = sum × 10 / answered.',
    basis: vernon,
    displayDecimals: 1,
    displayRule: 'one decimal (manual silent; tool logic)',
  },
  missing: {
    method: 'mean-impute',
    minAnswered: 8,
    configurable: true,
    description:
      'Mean imputation of missing items (author); no maximum stated. Default policy: impute with ≤2 missing ' +
      '(≥8 answered), refuse with ≥3 missing (configurable).',
    basis: toolLogic(
      'The author describes mean imputation but gives no maximum; ≤2 missing is the policy constructed in ' +
        'instruments.md §4 (the driving item is often omitted).',
      'vernon-1991',
    ),
  },
  subscores: [
    {
      id: 'raw',
      name: 'NDI raw score (0-50)',
      min: 0,
      max: 50,
      bands: NDI_RAW_BANDS,
      displayDecimals: 1,
      basis: vernon,
    },
  ],
  bands: PERCENT_BANDS,
  mcid: [
    {
      kind: 'MCID',
      value: 5,
      unit: 'raw points',
      text: 'Minimum detectable score and MCID both 5 NDI raw points (10 percentage points)',
      basis: vernon,
    },
    {
      kind: 'MCID',
      value: 7,
      unit: 'points',
      text: 'About 7 points on the 0-100 scale (cervical cohorts; estimates 4.83-13.39 by method); 30% reduction as an alternative',
      basis: published(
        ['mikula-2026', 'auffinger-2013', 'khan-2021'],
        'evidence.md §6.1; Carreon 2010 value 7.5 unverified',
      ),
    },
  ],
  sources: ['vernon-1991', 'mikula-2026', 'auffinger-2013', 'khan-2021'],
  compute(input) {
    const { sum, n } = sumAnswered(input, ALL);
    if (n === 0 || n < input.minAnswered) return { score: null, subscores: { raw: null }, decision: 'refused', extra: { answeredSum: sum } };
    const raw = n === ALL.length ? sum : (sum * ALL.length) / n;
    return {
      score: raw * 2,
      subscores: { raw },
      decision: n === ALL.length ? 'complete' : 'mean-imputed',
      extra: { answeredSum: sum },
    };
  },
};
