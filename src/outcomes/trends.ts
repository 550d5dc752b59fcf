/**
 * Scores over time against a baseline: absolute and percentage change, the IMMPACT category for pain intensity, the
 * minimal important change (MIC/MCID) flag, PASS for the ODI. Pure functions over scored entries.
 */
import type { Basis } from '../instruments/index.js';
import { daysBetween } from './dates.js';
import type { ScoredQuestionnaires } from './entries.js';
import { MEASURE_ORDER, MEASURES, type MeasureDef, type MeasureId } from './measures.js';
import { BASELINE_LOOKBACK_DAYS, IMMPACT_PAIN, type MicRule } from './thresholds.js';

export interface TrendPoint {
  date: string;
  value: number;
  /** Rounded for display. */
  display: string;
  /** Entry path, e.g. `questionnaires[3]`. */
  path: string;
  index: number;
}

export type ImmpactCategory = 'substantial' | 'moderate' | 'between-minimal-and-moderate' | 'minimal' | 'below-minimal';

export interface ImmpactResult {
  category: ImmpactCategory;
  label: string;
  /** Decrease in percent of baseline (negative = increase). */
  decreasePercent: number;
  basis: Basis;
}

export interface MicResult {
  kind: string;
  met: boolean;
  /** Which part of the rule was met. */
  by: 'points' | 'percent' | null;
  /** Improvement inside the published spread of estimates (NDI): read with caution. */
  uncertain: boolean;
  text: string;
  basis: Basis;
  note?: string;
}

export interface PassResult {
  met: boolean;
  max: number;
  text: string;
  basis: Basis;
  note: string;
}

export interface Change {
  /** latest − baseline (signed; for pain and disability a negative change is an improvement). */
  absolute: number;
  /** (latest − baseline) / baseline × 100; null when the baseline is 0. */
  percent: number | null;
  /** Improvement in the measure's own direction: positive = better. */
  improvement: number;
  improvementPercent: number | null;
}

export interface Trend {
  measure: MeasureId;
  label: string;
  instrument: string;
  unit: string;
  direction: 'higher-is-worse' | 'higher-is-better';
  points: TrendPoint[];
  baseline: TrendPoint & { rule: string };
  latest: TrendPoint;
  /** Null when there is only one score. */
  change: Change | null;
  immpact: ImmpactResult | null;
  mic: MicResult | null;
  pass: PassResult | null;
  /** Threshold texts that apply to this measure, with their basis (for the report). */
  thresholds: { text: string; basis: Basis }[];
  note?: string;
}

/** A treatment start that can anchor a baseline. */
export interface Anchor {
  treatment: string;
  start: string;
}

const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

export function formatValue(v: number, decimals: number): string {
  const f = 10 ** decimals;
  return String(Math.round(v * f + Number.EPSILON * f) / f);
}

/** All points of one measure, oldest first. */
export function seriesOf(s: ScoredQuestionnaires, id: MeasureId): TrendPoint[] {
  const m = MEASURES[id];
  const entries = s.byInstrument.get(m.instrument);
  if (!entries) return [];
  const out: TrendPoint[] = [];
  for (const e of entries) {
    const v = m.subscore ? e.subscores[m.subscore] : e.score;
    if (v === null || v === undefined) continue;
    out.push({ date: e.date, value: v, display: formatValue(v, m.decimals), path: e.path, index: e.index });
  }
  return out; // entries are kept oldest first (scoreQuestionnaires)
}

/** The last point on or before `date` and no more than the lookback before it. */
export function baselineBefore(points: readonly TrendPoint[], date: string): TrendPoint | undefined {
  let best: TrendPoint | undefined;
  for (const p of points) {
    if (p.date > date) break;
    best = p;
  }
  return best && daysBetween(best.date, date) <= BASELINE_LOOKBACK_DAYS ? best : undefined;
}

export function changeOf(def: Pick<MeasureDef, 'direction'>, baseline: number, latest: number): Change {
  const absolute = round(latest - baseline);
  const percent = baseline === 0 ? null : round((100 * (latest - baseline)) / baseline);
  const sign = def.direction === 'higher-is-better' ? 1 : -1;
  return {
    absolute,
    percent,
    improvement: round(sign * (latest - baseline)) || 0,
    improvementPercent: percent === null ? null : round(sign * percent) || 0,
  };
}

/** IMMPACT category of a pain decrease (percent of baseline). Boundaries: 10, 20 (inclusive), 30, 50. */
export function immpactCategory(decreasePercent: number): ImmpactResult {
  const d = round(decreasePercent);
  let category: ImmpactCategory;
  let label: string;
  if (d >= IMMPACT_PAIN.substantial) [category, label] = ['substantial', 'substantial improvement (≥50% decrease)'];
  else if (d >= IMMPACT_PAIN.moderate) [category, label] = ['moderate', 'moderately important improvement (≥30% decrease)'];
  else if (d > IMMPACT_PAIN.minimalTo) [category, label] = ['between-minimal-and-moderate', 'more than minimal (10-20%) but below moderate (30%)'];
  else if (d >= IMMPACT_PAIN.minimalFrom) [category, label] = ['minimal', 'minimally important improvement (10-20% decrease)'];
  else [category, label] = ['below-minimal', d < 0 ? `worse: pain increased by ${formatValue(-d, 0)}%` : 'below the minimally important change (<10% decrease)'];
  const gap = category === 'between-minimal-and-moderate' || category === 'below-minimal';
  return { category, label, decreasePercent: d, basis: gap ? IMMPACT_PAIN.gaps : IMMPACT_PAIN.basis };
}

/** Whether an improvement reaches the MIC (points or percent of baseline). */
export function micOf(rule: MicRule, change: Change): MicResult {
  const byPoints = rule.points !== undefined && change.improvement >= rule.points - 1e-9;
  const byPercent = rule.percent !== undefined && change.improvementPercent !== null && change.improvementPercent >= rule.percent - 1e-9;
  const met = byPoints || byPercent;
  const u = rule.uncertainty;
  const uncertain = u !== undefined && change.improvement >= u.low - 1e-9 && change.improvement < u.high - 1e-9;
  return {
    kind: rule.kind,
    met,
    by: byPoints ? 'points' : byPercent ? 'percent' : null,
    uncertain,
    text: rule.text,
    basis: rule.basis,
    ...(uncertain && u ? { note: `improvement of ${formatValue(change.improvement, 1)} points lies inside the published spread of estimates: ${u.text}` } : {}),
  };
}

/**
 * Trend of one measure. Baseline: the last score before the most recent treatment start that has a score before it
 * (within the lookback) and one after it; otherwise the first score. `anchors` must be sorted latest start first.
 */
export function trendOf(id: MeasureId, points: TrendPoint[], anchors: readonly Anchor[]): Trend | null {
  if (points.length === 0) return null;
  const def = MEASURES[id];
  const latest = points[points.length - 1]!;
  let base = points[0]!;
  let rule = 'first score';
  // Anchors come sorted latest start first (trendsOf).
  for (const a of anchors) {
    if (latest.date <= a.start) continue;
    const b = baselineBefore(points, a.start);
    if (b && b !== latest) {
      base = b;
      rule = `last score before ${a.treatment} started ${a.start}`;
      break;
    }
  }
  const baseline: TrendPoint & { rule: string } = { date: base.date, value: base.value, display: base.display, path: base.path, index: base.index, rule };
  const single = baseline.index === latest.index && baseline.date === latest.date;
  const change = single ? null : changeOf(def, baseline.value, latest.value);
  const thresholds: { text: string; basis: Basis }[] = [];
  let immpact: ImmpactResult | null = null;
  if (def.painIntensity) {
    thresholds.push({ text: IMMPACT_PAIN.text, basis: IMMPACT_PAIN.basis });
    if (change && change.improvementPercent !== null) immpact = immpactCategory(change.improvementPercent);
  }
  let mic: MicResult | null = null;
  if (def.mic) {
    thresholds.push({ text: def.mic.text, basis: def.mic.basis });
    if (def.mic.uncertainty) thresholds.push({ text: def.mic.uncertainty.text, basis: def.mic.uncertainty.basis });
    if (change) mic = micOf(def.mic, change);
  }
  let pass: PassResult | null = null;
  if (def.pass) {
    thresholds.push({ text: def.pass.text, basis: def.pass.basis });
    pass = { met: latest.value <= def.pass.max + 1e-9, max: def.pass.max, text: def.pass.text, basis: def.pass.basis, note: def.pass.note };
  }
  return {
    measure: id,
    label: def.label,
    instrument: def.instrument,
    unit: def.unit,
    direction: def.direction,
    points,
    baseline,
    latest,
    change,
    immpact,
    mic,
    pass,
    thresholds,
    ...(def.note ? { note: def.note } : {}),
  };
}

/** Trends of every measure with at least one score, in report order. */
export function trendsOf(s: ScoredQuestionnaires, anchors: readonly Anchor[], series: (id: MeasureId) => TrendPoint[] = (id) => seriesOf(s, id)): Trend[] {
  const out: Trend[] = [];
  if (s.entries.length === 0) return out;
  const sorted = anchors.length > 1 ? [...anchors].sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0)) : anchors;
  for (const id of MEASURE_ORDER) {
    if (!s.byInstrument.has(MEASURES[id].instrument)) continue;
    const t = trendOf(id, series(id), sorted);
    if (t) out.push(t);
  }
  return out;
}
