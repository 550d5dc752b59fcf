/**
 * Shapes shared between engine stages built separately: outcome tracking (questionnaires over time) produces
 * escalation flags, and the treatment plan consumes them.
 */

/** A plan step that has run its stated course without the expected improvement (stepped-care escalation). */
export interface Escalation {
  /** Treatment id of the course that is not working (case.treatments[].treatment). */
  treatment: string;
  /** Index of that course in case.treatments. */
  courseIndex: number;
  courseStart: string;
  /** Date the stated course ended (start + review period). */
  reviewDue: string;
  /** What was measured, e.g. "nrs:leg", "odi", "ndi", "treatment-response". */
  measure: string;
  baseline: number | null;
  latest: number | null;
  change: { absolute: number | null; percent: number | null };
  /** The responder rule that was not met, in words, e.g. ">= 30% reduction (IMMPACT moderately important)". */
  threshold: string;
  reason: string;
  sources: string[];
}
