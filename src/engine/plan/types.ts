/** Output shapes of the plan (assessment `plan[]`) and what the pathway rules hand to the assembler. */
import type { Goal, Preference, PlanStep, Recommendation } from '../../knowledge/schema.js';

export type CriterionStatus = 'met' | 'not-met' | 'unknown';

/** One criterion of a guideline checked against the case (NICE TA159, MTG41, NG59 radiofrequency denervation). */
export interface PlanCriterion {
  id: string;
  label: string;
  status: CriterionStatus;
  /** What was read from the case, e.g. "VAS 62 mm" or "leg NRS 6 (read as 60 mm: approximation)". */
  value: string;
  /** Read from an NRS in place of the VAS: an approximation (expert estimate). */
  approximate?: boolean;
  reason: string;
}

export interface PriorCourse {
  /** Index in case.treatments. */
  index: number;
  start: string;
  status: string;
  response: string;
  notImproving: boolean;
}

/**
 * One plan entry. Always present: treatment, code, name, recommendation, step, reasons, citations. The other fields
 * appear only when they have content (keeps the assessment small: bench/engine). The evidence with natural
 * frequencies and the guideline positions of a treatment are knowledge-base text: `treatmentEvidence(id)` and
 * `spinepath kb treatments <id>`; the report and the patient version print them beside the item.
 */
export interface PlanItem {
  treatment: string;
  /** T01..T14; T15 for the NICE NG59 do-not-offer entries. */
  code: string;
  name: string;
  recommendation: Recommendation;
  /** now / next (if not improved by the review time of the step before) / later. Not-recommended and contraindicated items are "later". */
  step: PlanStep;
  reasons: string[];
  citations: string[];
  /** The stated course: when to judge whether it is working (recommended and consider items). */
  review?: string;
  /** What is missing before the item could be recommended (a concordant test result, a criterion not recorded). */
  missing?: string[];
  criteria?: PlanCriterion[];
  /** Hard contraindications that fired (the item is then never recommended or considered). */
  contraindications?: string[];
  cautions?: string[];
  priorCourses?: PriorCourse[];
  /** A course of this treatment has run without the expected improvement (case history or an outcome escalation). */
  notImproving?: true;
  /** Set when a red flag suppresses the item until it has been dealt with. */
  suppressed?: string;
  /** The patient's goals the item serves and preferences it runs against (shown beside it). */
  goals?: { supports: Goal[]; conflicts: Preference[] };
  /** Procedures (ASRA/ESRA classes) this item involves in this case, for the anticoagulant check. */
  procedures?: string[];
}

/** What a pathway rule decides before the shared steps (contraindications, cautions, history, red flags, goals). */
export interface Draft {
  recommendation: Recommendation;
  step: PlanStep;
  reasons: string[];
  missing?: string[];
  criteria?: PlanCriterion[];
  /** Procedures involved (defaults to the treatment's procedures for the region). */
  procedures?: string[];
  /** Extra citations beyond the treatment's own. */
  citations?: string[];
  /** Upper bound the pathway itself sets (e.g. the evidence supports at most "consider"). */
  cap?: Recommendation;
  /** Set on shared drafts whose text does not depend on the case (the assembler may reuse a cached item). */
  staticKey?: string;
}

export const RECOMMENDATION_RANK: Record<Recommendation, number> = { recommended: 0, consider: 1, 'not-recommended': 2, contraindicated: 3 };
export const STEP_RANK: Record<PlanStep, number> = { now: 0, next: 1, later: 2 };
