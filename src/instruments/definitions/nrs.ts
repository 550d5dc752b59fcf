/**
 * Numeric rating scale (NRS) for pain, 0-10, one item per site: back, leg, neck, arm. Generic scale without an
 * owner: licence class A, text ships. Facts: instruments.md §1. The recall period is part of the item (average over
 * the past week) and must not be mixed with "pain now" in one time series.
 */
import { published, secondary, toolLogic, unverified } from '../basis.js';
import type { Band, InstrumentDefinition, ItemDefinition } from '../types.js';

export const NRS_SITES = ['back', 'leg', 'neck', 'arm'] as const;
export type NrsSite = (typeof NRS_SITES)[number];

const site = (s: NrsSite): ItemDefinition => ({
  linkId: `nrs-${s}`,
  loinc: '72514-3',
  name: `${s} pain`,
  type: 'integer',
  min: 0,
  max: 10,
  scored: true,
  text: `Please rate your ${s} pain on average over the past week.`,
  anchors: { min: 'No pain', max: 'Worst pain imaginable' },
  part: s,
});

const hl7eu = secondary(
  [],
  'hl7.eu pain score page with SNOMED CT interpretation codes 301379001/40196000/50415004/76948002/67849003',
  'https://hl7.eu/scores/PAIN.htm',
);

export const NRS_BANDS: readonly Band[] = [
  { id: 'none', label: 'no pain', max: 0, range: '0', basis: hl7eu },
  { id: 'mild', label: 'mild pain', max: 3, range: '1-3', basis: hl7eu },
  { id: 'moderate', label: 'moderate pain', max: 6, range: '4-6', basis: hl7eu },
  { id: 'severe', label: 'severe pain', max: 9, range: '7-9', basis: hl7eu },
  { id: 'excruciating', label: 'excruciating pain', max: 10, range: '10', basis: hl7eu },
];

const items = NRS_SITES.map(site);

export const nrs: InstrumentDefinition = {
  id: 'nrs',
  name: 'Numeric rating scale for pain (0-10), by site',
  shortName: 'NRS',
  version: '1.0',
  description:
    'Pain intensity 0 (no pain) to 10 (worst pain imaginable), one rating per site; record back and leg pain ' +
    '(lumbar) or neck and arm pain (cervical) separately.',
  recall: 'average over the past week',
  licence: {
    class: 'A',
    owner: 'Generic scale, no owner',
    terms: 'Generic numeric rating scale; no licence needed.',
    copyright: 'Generic 0-10 numeric rating scale (no owner). SpinePath wording, Apache-2.0.',
    shipsText: true,
    basis: toolLogic('Generic 11-point numeric scale without an owner (instruments.md §1).'),
  },
  loinc: {
    score: '72514-3',
    scoreDisplay: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
    note:
      'One LOINC code for every site: the site is carried by Observation.bodySite (text only: SNOMED CT body-site ' +
      'codes unverified) and by the linkId. 72514-3 does not fix a recall period.',
  },
  items,
  scoreName: 'highest site rating',
  range: { min: 0, max: 10 },
  direction: 'higher-is-worse',
  scoring: {
    description:
      'Each site is its own score (subscores back, leg, neck, arm). The main score is the highest rating among the ' +
      'answered sites (tool logic, for a one-line summary); use the site scores for decisions.',
    basis: toolLogic('Single-item measures; the highest-site summary is SpinePath tool logic, not a published score.'),
    displayDecimals: 0,
    displayRule: 'whole number',
  },
  missing: {
    method: 'per-item',
    minAnswered: 1,
    configurable: false,
    description: 'Sites are independent single items: unanswered sites are not scored; at least one site is needed.',
    basis: toolLogic('Single items have no missing-item rule (instruments.md §1).'),
  },
  subscores: NRS_SITES.map((s) => ({
    id: s,
    name: `${s} pain NRS`,
    min: 0,
    max: 10,
    items: [`nrs-${s}`],
    bands: NRS_BANDS,
    displayDecimals: 0,
    basis: toolLogic('The site rating itself.'),
  })),
  bands: NRS_BANDS,
  mcid: [
    {
      kind: 'MIC',
      value: 2,
      unit: 'points',
      text: 'Low back pain: 2 points or 30% improvement from baseline (individual-patient consensus)',
      basis: published('ostelo-2008', 'abstract re-confirmed (evidence.md §6.1)'),
    },
    {
      kind: 'IMMPACT',
      value: 30,
      unit: 'percent',
      text: 'Decrease 10-20% minimally important, ≥30% moderately important, ≥50% substantial',
      basis: secondary('dworkin-2008', 'Bandolier table of IMMPACT recommendations (evidence.md §6.1)'),
    },
    {
      kind: 'anchor',
      value: 2,
      unit: 'points',
      text: 'About 2 points or 30% reduction corresponds to "much improved" on PGIC',
      basis: unverified('Farrar 2001 numbers from general knowledge; abstract truncated (evidence.md §6.1).', 'farrar-2001'),
    },
  ],
  sources: ['ostelo-2008', 'dworkin-2008', 'farrar-2001'],
  notes: [
    'NRS 0-10 read as the 0-100 VAS criterion of NICE TA159 (≥50 mm) is an approximation (expert estimate).',
  ],
  compute(input) {
    const subscores: Record<string, number | null> = {};
    let max: number | null = null;
    NRS_SITES.forEach((s, i) => {
      const v = input.itemScores[i];
      subscores[s] = v ?? null;
      if (v !== undefined && (max === null || v > max)) max = v;
    });
    const decision = max === null ? 'refused' : input.answered === NRS_SITES.length ? 'complete' : 'partial-sites';
    return { score: max, subscores, decision };
  },
};
