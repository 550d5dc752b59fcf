/**
 * The clinical context of an assessment: region, which operation table applies, and time since the latest
 * operation (findings-matrix.md §2: priors by operation and time window; "after a revision use the table of the
 * latest operation"; "decompression combined with fusion uses the fusion table").
 */
import type { Case, Surgery } from '../case/schema.js';
import type { OperationClass, Region, TimeWindow } from '../knowledge/schema.js';
import { parseLevel } from '../case/levels.js';

export interface ClinicalContext {
  region: Region;
  operationClass: OperationClass;
  latestSurgery: Surgery;
  latestSurgeryIndex: number;
  /** Whole days between the latest operation and the assessment. */
  daysSinceSurgery: number;
  monthsSinceSurgery: number;
  window: TimeWindow;
  /** Implants in the region (any instrumented operation in that region). */
  hasImplant: boolean;
  /** A fusion in the region. */
  hasFusion: boolean;
  operationCount: number;
  /** Fused motion segments in the region. */
  fusedSegments: string[];
}

const DAY_MS = 86_400_000;
/** Mean Gregorian month in days. */
const MONTH_DAYS = 30.436875;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function timeWindow(months: number): TimeWindow {
  if (months < 1) return 'under-1-month';
  if (months < 6) return '1-to-6-months';
  if (months < 24) return '6-to-24-months';
  return 'over-24-months';
}

export function operationClassOf(s: Surgery): OperationClass {
  if (s.region === 'cervical') return 'cervical';
  if (s.fusion || s.procedure === 'fusion' || s.procedure === 'decompression-and-fusion') return 'fusion';
  if (s.procedure === 'discectomy') return 'discectomy';
  return 'decompression';
}

/** Index of the latest operation (ties: the later entry in the list). */
export function latestSurgeryIndex(surgeries: readonly Surgery[]): number {
  let best = 0;
  for (let i = 1; i < surgeries.length; i++) {
    if (surgeries[i]!.date >= surgeries[best]!.date) best = i;
  }
  return best;
}

export function clinicalContext(c: Case): ClinicalContext {
  const idx = latestSurgeryIndex(c.surgeries);
  const latest = c.surgeries[idx]!;
  const region = latest.region;
  const inRegion = c.surgeries.filter((s) => s.region === region);
  const days = daysBetween(latest.date, c.assessmentDate);
  const months = days / MONTH_DAYS;
  const fused = new Set<string>();
  for (const s of inRegion) {
    if (!s.fusion) continue;
    for (const l of s.levels) {
      const p = parseLevel(l);
      if (p?.kind === 'segment') fused.add(p.text);
    }
  }
  return {
    region,
    operationClass: operationClassOf(latest),
    latestSurgery: latest,
    latestSurgeryIndex: idx,
    daysSinceSurgery: days,
    monthsSinceSurgery: months,
    window: timeWindow(months),
    hasImplant: inRegion.some((s) => s.instrumented),
    hasFusion: inRegion.some((s) => s.fusion),
    operationCount: c.surgeries.length,
    fusedSegments: [...fused].sort(),
  };
}
