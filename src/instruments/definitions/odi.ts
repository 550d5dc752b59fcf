/**
 * Oswestry Disability Index v2.1a (Fairbank & Pynsent 2000). Licence class C (© Jeremy Fairbank; distributed by
 * Mapi Research Trust / ePROVIDE): no item text or option labels ship; the clinic loads its licensed text.
 * Facts: instruments.md §3.
 */
import { published, secondary, toolLogic } from '../basis.js';
import type { ComputeOutput, InstrumentDefinition, ItemDefinition } from '../types.js';
import { plainOptions, range, sumAnswered } from './helpers.js';

export const ODI_SECTIONS = [
  ['pain-intensity', 'section 1: pain intensity'],
  ['personal-care', 'section 2: personal care'],
  ['lifting', 'section 3: lifting'],
  ['walking', 'section 4: walking'],
  ['sitting', 'section 5: sitting'],
  ['standing', 'section 6: standing'],
  ['sleeping', 'section 7: sleeping'],
  ['sex-life', 'section 8: sex life (if applicable)'],
  ['social-life', 'section 9: social life'],
  ['travelling', 'section 10: travelling'],
] as const;

const OPTIONS = plainOptions('odi', range(0, 5));

const items: readonly ItemDefinition[] = ODI_SECTIONS.map(([linkId, name]) => ({
  linkId,
  name,
  type: 'choice',
  options: OPTIONS,
  scored: true,
}));

const ALL = items.map((_, i) => i);
const odif = secondary(
  'fairbank-2000',
  'official form scoring text reproduced on public pages (instruments.md §3 [S-ODIF])',
);

export const odi: InstrumentDefinition = {
  id: 'odi',
  name: 'Oswestry Disability Index',
  shortName: 'ODI',
  version: '2.1a',
  description: 'Back-pain-related disability: 10 sections of 6 statements each, scored 0 (first) to 5 (last).',
  licence: {
    class: 'C',
    owner: 'ODI © Jeremy Fairbank, 1980. All Rights Reserved (Mapi Research Trust / ePROVIDE)',
    terms:
      'Copyrighted; licence from Mapi Research Trust (eprovide.mapi-trust.org/instruments/oswestry-disability-index) ' +
      'needed to reproduce the text. SpinePath ships scoring, codes, linkIds and answer values only.',
    copyright:
      'ODI © Jeremy Fairbank, 1980. All Rights Reserved. Item text is not included: load your licensed text ' +
      '(SpinePath "bring your own text" pack).',
    shipsText: false,
    basis: published('loinc', 'LOINC 97909-6 copyright block', 'https://loinc.org/97909-6'),
  },
  loinc: { panel: '97908-8', score: '97909-6', scoreDisplay: 'Oswestry disability index score ODI' },
  items,
  scoreName: 'percentage',
  range: { min: 0, max: 100 },
  direction: 'higher-is-worse',
  scoring: {
    description:
      'ODI % = sum of answered section scores / (5 × number of answered sections) × 100 (e.g. 16/50 × 100 = 32%; ' +
      'one section missed: 16/45 × 100 = 35.6%).',
    basis: odif,
    displayDecimals: 1,
    displayRule: 'one decimal (full precision stored; never rounded to an integer)',
  },
  missing: {
    method: 'denominator',
    minAnswered: 8,
    configurable: true,
    description:
      'Missing or not-applicable sections are left out of the denominator. The form text covers one missing ' +
      'section; default policy scores with ≥8 of 10 answered, flags <10, refuses <8 (configurable).',
    basis: toolLogic(
      'Maximum number of missing sections not stated in the form text found; awell requires ≥9; some registries ' +
        'accept 2 missing [unverified]. Policy constructed in instruments.md §3.',
      'fairbank-2000',
    ),
  },
  multipleAnswers: 'highest',
  bands: [
    { id: 'minimal', label: 'minimal disability', max: 20, range: '0-20%', basis: odif },
    { id: 'moderate', label: 'moderate disability', max: 40, range: '21-40%', basis: odif },
    { id: 'severe', label: 'severe disability', max: 60, range: '41-60%', basis: odif },
    { id: 'crippled', label: 'crippled', max: 80, range: '61-80%', basis: odif },
    { id: 'bed-bound', label: 'bed-bound or exaggerating symptoms', max: 100, range: '81-100%', basis: odif },
  ],
  mcid: [
    {
      kind: 'MIC',
      value: 10,
      unit: 'points',
      text: 'Low back pain: 10 points or 30% improvement from baseline (individual-patient consensus)',
      basis: published('ostelo-2008', 'abstract re-confirmed (evidence.md §6.1)'),
    },
    {
      kind: 'MDC',
      value: 10,
      unit: 'points',
      text: 'Minimal detectable change (90% confidence) 10 percentage points',
      basis: secondary('fairbank-2000', 'public pages reproducing the scoring instructions (instruments.md §3)'),
    },
    {
      kind: 'good outcome after surgery',
      value: 18,
      unit: 'percent',
      text: 'German ODI v2.1: ≥18% reduction from baseline = good outcome (sens 91.4%, spec 82.4%)',
      basis: published('mannion-2005', 'PMC3454560'),
    },
    {
      kind: 'PASS',
      value: 22,
      unit: 'points',
      text: 'Patient acceptable symptom state: ODI ≤22 at 12 months (NORspine 2023)',
      basis: published('norspine-2023', 'evidence.md §6.1'),
    },
  ],
  sources: ['fairbank-2000', 'ostelo-2008', 'mannion-2005', 'norspine-2023', 'loinc'],
  notes: [
    'Several marked statements in one section: the highest-scoring one is used (Fairbank & Pynsent 2000 ' +
      'instruction, unverified); recorded as a warning.',
    'LOINC 97909-6 prints 0-4/5-14/15-24/25-34/35-50 bands: those are NDI raw bands, not ODI (instruments.md §D.3).',
  ],
  ignoredLinkIds: ['97909-6'],
  compute(input): ComputeOutput {
    const { sum, n } = sumAnswered(input, ALL);
    if (n === 0 || n < input.minAnswered) return { score: null, subscores: {}, decision: 'refused', extra: { answeredSum: sum } };
    return {
      score: (sum / (5 * n)) * 100,
      subscores: {},
      decision: n === ALL.length ? 'complete' : 'scored-with-missing',
      extra: { answeredSum: sum, possible: 5 * n },
    };
  },
};
