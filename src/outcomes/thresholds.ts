/**
 * Thresholds for interpreting change (evidence.md §6.1), as data with their basis. Nothing here is a clinical fact
 * of our own: published and secondary values name their reference ids (src/knowledge/references.ts); where we apply a
 * value beyond what its source measured, the basis says so (tool logic or expert estimate).
 */
import { published, secondary, toolLogic } from '../instruments/basis.js';
import type { Basis } from '../instruments/index.js';

/** IMMPACT categories of a pain-intensity decrease, in percent of baseline (Dworkin 2008). */
export const IMMPACT_PAIN = {
  minimalFrom: 10,
  minimalTo: 20,
  moderate: 30,
  substantial: 50,
  text: 'IMMPACT: pain decrease 10-20% minimally important, ≥30% moderately important, ≥50% substantial',
  basis: secondary('dworkin-2008', 'Bandolier table of the IMMPACT recommendations (evidence.md §6.1)'),
  /** How SpinePath labels the gaps between the published bands (tool logic). */
  gaps: toolLogic(
    'The published bands leave gaps: a decrease above 20% and below 30% is shown as "between minimal and moderate"; a ' +
      'decrease below 10% (or any increase) as "below the minimally important change". Not IMMPACT categories.',
    'dworkin-2008',
  ),
} as const;

/** A minimal important change: met when the improvement reaches `points` or `percent` of baseline. */
export interface MicRule {
  /** 'MIC', 'MCID' or 'MDC95' (a change beyond measurement error, not a patient-important change). */
  kind: string;
  points?: number;
  percent?: number;
  /** Unit of `points` as printed. */
  unit: string;
  text: string;
  basis: Basis;
  /** Published spread of the estimate: improvements inside it are flagged uncertain. */
  uncertainty?: { low: number; high: number; text: string; basis: Basis };
}

/** Ostelo 2008 individual-patient MIC for low back pain: NRS 2 points, ODI 10 points, or 30% of baseline. */
export const OSTELO_NRS_BACK: MicRule = {
  kind: 'MIC',
  points: 2,
  percent: 30,
  unit: 'points',
  text: 'Low back pain MIC: 2 points or 30% improvement (Ostelo 2008)',
  basis: published('ostelo-2008', 'abstract re-confirmed (evidence.md §6.1)'),
};

export const OSTELO_NRS_LEG: MicRule = {
  ...OSTELO_NRS_BACK,
  text: 'MIC 2 points or 30% improvement (Ostelo 2008, low back pain; applied to leg pain)',
  basis: toolLogic(
    'Ostelo 2008 gives the MIC for pain in low back pain; SpinePath applies the same 2 points / 30% to the leg pain ' +
      'rating, as registries record back and leg pain on the same scale (evidence.md §6.1-6.2).',
    'ostelo-2008',
  ),
};

export const OSTELO_ODI: MicRule = {
  kind: 'MIC',
  points: 10,
  percent: 30,
  unit: 'points',
  text: 'ODI MIC: 10 points or 30% improvement (Ostelo 2008)',
  basis: published('ostelo-2008', 'abstract re-confirmed (evidence.md §6.1)'),
};

/** NDI (0-100): about 7 points, estimates 4.83-13.39 by method; 30% as an alternative (evidence.md §6.1). */
export const NDI_MCID: MicRule = {
  kind: 'MCID',
  points: 7,
  percent: 30,
  unit: 'points',
  text: 'NDI MCID about 7 points (0-100) or 30% reduction; estimates range 4.83-13.39 by method',
  basis: published(['mikula-2026', 'khan-2021'], '7 points "as previously established" (Mikula 2026); 30% reduction proposed by Khan 2021 (evidence.md §6.1)'),
  uncertainty: {
    low: 4.83,
    high: 13.39,
    text: 'ACDF cohort MCID estimates ranged 4.83-13.39 points by method (13.39 MDC-based); the author gives 5 raw points (10 on 0-100)',
    basis: published(['auffinger-2013', 'vernon-1991'], 'Auffinger 2013 range re-confirmed in PMC3691175; Vernon value read on the author\'s explanation page (secondary)'),
  },
};

/** Patient acceptable symptom state: ODI at most 22 (NORspine 2023, at 12 months). */
export const ODI_PASS = {
  max: 22,
  text: 'Patient acceptable symptom state: ODI ≤22 (NORspine 2023; defined at 12 months after surgery)',
  basis: published('norspine-2023', 'evidence.md §6.1 and §4.2 T12'),
  note: 'NORspine defined the PASS at 12 months after lumbar surgery; at other time points it is shown for orientation only.',
} as const;

/** PGIC: minimally / much / very much improved = minimal / moderate / substantial (IMMPACT). */
export const PGIC_IMMPACT = {
  text: 'PGIC (IMMPACT): minimally / much / very much improved = minimal / moderate / substantial improvement',
  basis: published('dworkin-2008', 'evidence.md §6.1'),
} as const;

/** How far before an intervention start a score still serves as its baseline (tool logic). */
export const BASELINE_LOOKBACK_DAYS = 90;
export const BASELINE_LOOKBACK_BASIS = toolLogic(
  'A score more than 90 days before a treatment started is not taken as that treatment\'s baseline (no source ' +
    'defines the window; chosen so that the baseline describes the state the treatment started from).',
);
