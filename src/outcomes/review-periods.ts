/**
 * How long a treatment course runs before its effect is judged (the "stated course" of stepped care). The single
 * source is the treatment knowledge base (`review` of each entry in src/knowledge/treatments/, issue 3), so the plan
 * and outcome tracking state the same review time; this module only reads it, adds the neuromodulation-trial rule,
 * and names the treatments that are not tracked as a course. A treatment without a `review` in the knowledge base is
 * reported as not tracked, never given an invented period.
 */
import { toolLogic } from '../instruments/basis.js';
import type { Basis } from '../instruments/index.js';
import { knowledgeBase } from '../knowledge/index.js';
import type { Period } from './dates.js';

export interface ReviewPeriod {
  period: Period;
  /** The knowledge base's wording of the review. */
  description: string;
  /**
   * Neuromodulation trials: a completed course with an end date before the review date is a trial, judged at its end
   * (trial success is judged during the trial, evidence.md §5.4).
   */
  trialJudgedAtEnd?: boolean;
  basis: Basis;
}

const NEUROMODULATION: ReadonlySet<string> = new Set(['spinal-cord-stimulation', 'high-frequency-scs', 'drg-stimulation']);

export const TRIAL_AT_END_BASIS = toolLogic(
  'A completed neuromodulation course that ends before its review date is read as a trial and judged at its end (trial ' +
    'success: ≥50% relief during the trial, evidence.md §5.4).',
  'aneskey-scs-psych-selection',
);

/** Treatments that are not tracked as a course (their result is a test result). */
export const NOT_TRACKED: Readonly<Record<string, string>> = {
  'diagnostic-blocks': 'a diagnostic block is judged by its immediate relief and recorded as a test result, not tracked as a course',
};

let table: Map<string, ReviewPeriod> | undefined;

function build(): Map<string, ReviewPeriod> {
  const out = new Map<string, ReviewPeriod>();
  for (const t of knowledgeBase().treatments) {
    if (!t.review || NOT_TRACKED[t.id]) continue;
    out.set(t.id, {
      period: { weeks: t.review.weeks },
      description: t.review.description,
      ...(NEUROMODULATION.has(t.id) ? { trialJudgedAtEnd: true } : {}),
      basis: t.review.basis,
    });
  }
  return out;
}

/** The review period of a treatment id, from the knowledge base; undefined when it states none. */
export function reviewPeriodOf(treatment: string): ReviewPeriod | undefined {
  table ??= build();
  return table.get(treatment);
}

/** Every treatment with a review period (for docs and tests). */
export function reviewPeriods(): ReadonlyMap<string, ReviewPeriod> {
  table ??= build();
  return table;
}
