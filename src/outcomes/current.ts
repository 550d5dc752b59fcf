/**
 * Current values for the engine and the plan: pain per site (the case's own `pain` ratings first, else the latest
 * NRS score), the latest ODI and NDI, and a 0-100 VAS reading of the NRS for the NICE TA159 "≥50 mm" criterion.
 *
 * Reading an NRS 0-10 as a VAS 0-100 (× 10) is an approximation: the scales are different instruments and no
 * conversion source was found in the clinical files, so it is labelled an expert estimate.
 */
import type { Case } from '../case/schema.js';
import { estimate } from '../instruments/basis.js';
import type { Basis } from '../instruments/index.js';
import { daysBetween } from './dates.js';
import { latestOf, scoreQuestionnaires } from './entries.js';
import type { MeasureId } from './measures.js';
import { seriesOf, type TrendPoint } from './trends.js';

export const PAIN_SITES = ['back', 'leg', 'neck', 'arm'] as const;
export type PainSite = (typeof PAIN_SITES)[number];

export interface CurrentValue {
  value: number;
  /** Date of the score; null for the case's own (undated) rating at the assessment. */
  date: string | null;
  source: 'case.pain' | 'questionnaire';
  /** `pain.leg` or `questionnaires[3]`. */
  path: string;
}

/** The NRS of `pain[site]` read as a 0-100 VAS (basis: `CurrentMeasures.vasBasis`, an expert estimate). */
export interface VasEstimate {
  /** NRS × 10. */
  mm: number;
  /**
   * First date of the uninterrupted run of dated NRS scores ≥5 (≈50 mm) that ends with the latest score; null when the
   * latest score or the current value is below 5, or there are no dated scores. For the "≥50 mm for at least 6 months"
   * criterion (read with `vasBasis`; the months count only dated scores, not the reported pain duration).
   */
  atLeast50Since: string | null;
  /** Whole months from `atLeast50Since` to the assessment date. */
  atLeast50Months: number | null;
}

export interface CurrentMeasures {
  pain: Record<PainSite, CurrentValue | null>;
  /** NRS read as a 0-100 VAS (expert estimate); the case's `pain.vasMm`, when recorded, is `recordedVasMm`. */
  vasFromNrs: Record<PainSite, VasEstimate | null>;
  vasBasis: Basis;
  recordedVasMm: number | null;
  odi: CurrentValue | null;
  ndi: CurrentValue | null;
}

export const NRS_AS_VAS_BASIS = estimate(
  'NRS 0-10 × 10 read as the 0-100 mm VAS of NICE TA159 (≥50 mm): an approximation; no conversion source was found in ' +
    'the clinical files (the scales differ, e.g. Ostelo 2008 gives different MICs for VAS and NRS).',
  'nice-ta159',
  'ostelo-2008',
);

const MONTH_DAYS = 30.436875;

/** Pain per site: the case's own rating, else the latest NRS score with its origin. */
export function currentPain(c: Case): Record<PainSite, CurrentValue | null> {
  const out = { back: null, leg: null, neck: null, arm: null } as Record<PainSite, CurrentValue | null>;
  const s = c.questionnaires.length ? scoreQuestionnaires(c.questionnaires) : undefined;
  const nrs = s ? s.byInstrument.get('nrs') : undefined;
  for (const site of PAIN_SITES) {
    const own = c.pain[site];
    if (own !== undefined) {
      out[site] = { value: own, date: null, source: 'case.pain', path: `pain.${site}` };
      continue;
    }
    if (!nrs) continue;
    for (let i = nrs.length - 1; i >= 0; i--) {
      const e = nrs[i]!;
      const v = e.subscores[site];
      if (v !== null && v !== undefined) {
        out[site] = { value: v, date: e.date, source: 'questionnaire', path: e.path };
        break;
      }
    }
  }
  return out;
}

/** Origin text for derived findings: "pain.leg = 7" or "NRS leg 7 (questionnaires[2], 2026-01-05)". */
export function painOriginText(site: PainSite, v: CurrentValue): string {
  return v.source === 'case.pain' ? `pain.${site} = ${v.value}` : `NRS ${site} ${v.value} (${v.path}, ${v.date})`;
}

function sustained(points: readonly TrendPoint[], assessmentDate: string): { since: string | null; months: number | null } {
  let since: string | null = null;
  for (let i = points.length - 1; i >= 0; i--) {
    if (points[i]!.value < 5) break;
    since = points[i]!.date;
  }
  return { since, months: since === null ? null : Math.floor(daysBetween(since, assessmentDate) / MONTH_DAYS) };
}

export function currentMeasures(c: Case): CurrentMeasures {
  const pain = currentPain(c);
  const s = scoreQuestionnaires(c.questionnaires);
  const vasFromNrs = { back: null, leg: null, neck: null, arm: null } as Record<PainSite, VasEstimate | null>;
  for (const site of PAIN_SITES) {
    const v = pain[site];
    if (!v) continue;
    const series = s.entries.length ? seriesOf(s, `nrs:${site}` as MeasureId) : [];
    // The case's own rating is the current value: below 5 it ends any run; otherwise the scores' run stands.
    const run = v.source === 'questionnaire' || v.value >= 5 ? sustained(series, c.assessmentDate) : { since: null, months: null };
    vasFromNrs[site] = { mm: v.value * 10, atLeast50Since: run.since, atLeast50Months: run.months };
  }
  const latest = (id: 'odi' | 'ndi'): CurrentValue | null => {
    const e = latestOf(s, id);
    return e && e.score !== null ? { value: e.score, date: e.date, source: 'questionnaire', path: e.path } : null;
  };
  return { pain, vasFromNrs, vasBasis: NRS_AS_VAS_BASIS, recordedVasMm: c.pain.vasMm ?? null, odi: latest('odi'), ndi: latest('ndi') };
}
