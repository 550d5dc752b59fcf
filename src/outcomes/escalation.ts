/**
 * Stepped-care escalation: for each treatment course that is ongoing or completed and whose stated course has run
 * (start + review period), compare the improvement with the treatment's responder rule. Below the rule, and no later
 * step started since, the course gives an `Escalation` (src/engine/contracts.ts) that the plan consumes.
 *
 * Measured scores come first: the last score before the start (baseline, within the lookback) against the latest score
 * from the review date on (a tolerance before it is accepted). Without scores, the course's own patient-reported
 * response (`response.reliefPercent`, then `response.global`) is used. Nothing is judged from missing data.
 */
import type { TreatmentCourse } from '../case/history.js';
import type { Escalation } from '../engine/contracts.js';
import type { Basis } from '../instruments/index.js';
import { addDays, addPeriod, periodDays, periodText } from './dates.js';
import { MEASURES, regionMeasures, type MeasureId, type Region } from './measures.js';
import { responderRuleOf, type Criterion, type Role } from './responders.js';
import { NOT_TRACKED, reviewPeriodOf, TRIAL_AT_END_BASIS } from './review-periods.js';
import { BASELINE_LOOKBACK_DAYS } from './thresholds.js';
import { baselineBefore, changeOf, formatValue, micOf, type Change, type TrendPoint } from './trends.js';

/** Statuses whose course is judged (planned courses have not started; stopped ones were already judged). */
export const JUDGED_STATUSES: ReadonlySet<TreatmentCourse['status']> = new Set(['ongoing', 'completed']);

export type CourseState = 'course-running' | 'responder' | 'non-responder' | 'not-assessable' | 'not-tracked';

export interface CriterionResult {
  role: Role;
  measure: MeasureId;
  rule: string;
  baseline: { date: string; value: number; path: string } | null;
  followUp: { date: string; value: number; path: string } | null;
  change: Change | null;
  /** null = could not be measured (the reason says why). */
  met: boolean | null;
  reason: string;
}

export interface CourseReview {
  courseIndex: number;
  treatment: string;
  status: TreatmentCourse['status'];
  start: string;
  /** Date the stated course has run (start + review period; a neuromodulation trial: its end). Null when unknown. */
  reviewDue: string | null;
  reviewPeriod: string | null;
  reviewBasis: Basis | null;
  state: CourseState;
  rule: { id: string; text: string; reliefPercent: number; basis: Basis } | null;
  criteria: CriterionResult[];
  /** Where the decision came from. */
  decidedBy: 'scores' | 'reported-relief' | 'reported-global' | null;
  reason: string;
  /** A later course started after this one's review: the next step has been taken. */
  nextStepTaken?: { treatment: string; start: string; courseIndex: number };
}

export interface SeriesByMeasure {
  get(id: MeasureId): readonly TrendPoint[];
}

/** Text of the next step after non-response (evidence.md §7.2 step 13, tool logic). */
export const NEXT_STEP_TEXT =
  'Re-assess the course of the pain, the phenotype, psychosocial factors and the work-up, and move to the next step of the plan (evidence.md §7.2 step 13, tool logic).';

/** A follow-up score counts for a review when dated no earlier than this many days before the review date. */
export function toleranceDays(reviewDays: number): number {
  return reviewDays <= 56 ? 7 : reviewDays <= 120 ? 14 : 30;
}

export function reviewCourses(
  treatments: readonly TreatmentCourse[],
  series: SeriesByMeasure,
  region: Region,
  assessmentDate: string,
): { courses: CourseReview[]; escalations: Escalation[] } {
  const courses: CourseReview[] = [];
  const escalations: Escalation[] = [];
  if (treatments.length === 0) return { courses, escalations };
  const roles = regionMeasures(region);
  treatments.forEach((t, i) => {
    if (!JUDGED_STATUSES.has(t.status) || t.start > assessmentDate) return;
    const review = reviewCourse(t, i, treatments, series, roles, assessmentDate);
    courses.push(review);
    if (review.state === 'non-responder' && !review.nextStepTaken) escalations.push(escalationOf(review, t));
  });
  return { courses, escalations };
}

function reviewCourse(
  t: TreatmentCourse,
  i: number,
  all: readonly TreatmentCourse[],
  series: SeriesByMeasure,
  roles: ReturnType<typeof regionMeasures>,
  assessmentDate: string,
): CourseReview {
  // One object shape for every review (plain literals: spreads are slow on this path).
  const review = (
    reviewDue: string | null,
    reviewPeriod: string | null,
    reviewBasis: Basis | null,
    state: CourseState,
    rule: CourseReview['rule'],
    criteria: CriterionResult[],
    decidedBy: CourseReview['decidedBy'],
    reason: string,
  ): CourseReview => ({ courseIndex: i, treatment: t.treatment, status: t.status, start: t.start, reviewDue, reviewPeriod, reviewBasis, state, rule, criteria, decidedBy, reason });
  const rule = responderRuleOf(t.treatment);
  const period = reviewPeriodOf(t.treatment);
  if (!rule || !period) {
    const why = NOT_TRACKED[t.treatment] ?? `no review period or responder rule is known for '${t.treatment}'`;
    return review(null, null, null, 'not-tracked', null, [], null, why);
  }
  let reviewDue = addPeriod(t.start, period.period);
  let periodLabel = periodText(period.period);
  let reviewBasis: Basis = period.basis;
  if (period.trialJudgedAtEnd && t.status === 'completed' && t.end && t.end < reviewDue) {
    reviewDue = t.end;
    periodLabel = 'trial, judged at its end';
    reviewBasis = TRIAL_AT_END_BASIS;
  }
  const ruleOut = { id: rule.id, text: rule.text, reliefPercent: rule.reliefPercent, basis: rule.basis };
  if (reviewDue > assessmentDate) {
    return review(reviewDue, periodLabel, reviewBasis, 'course-running', ruleOut, [], null, `course still running: judged from ${reviewDue} (${periodLabel} after the start)`);
  }

  // A later course started from the review window on: follow-up scores after it would mix the two treatments.
  const windowFrom = addDays(reviewDue, -toleranceDays(periodDays(period.period)));
  let next: { treatment: string; start: string; courseIndex: number } | undefined;
  all.forEach((o, j) => {
    if (j === i || o.status === 'planned' || o.start <= t.start || o.start < windowFrom || o.start > assessmentDate) return;
    if (!next || o.start < next.start) next = { treatment: o.treatment, start: o.start, courseIndex: j };
  });
  const upTo = next ? next.start : assessmentDate;

  const criteria = rule.criteria.map((c) => evaluate(c, roles, series, t.start, windowFrom, upTo));
  let state: CourseState;
  let decidedBy: CourseReview['decidedBy'] = null;
  const measured = criteria.filter((c) => c.met !== null);
  const anyMet = measured.some((c) => c.met);
  // any: one criterion met is a response; no response only when every criterion was measured (a response on an
  // unmeasured criterion cannot be excluded). all: one criterion missed is no response.
  const decided =
    rule.combine === 'any'
      ? anyMet
        ? 'yes'
        : measured.length === criteria.length
          ? 'no'
          : 'unknown'
      : measured.some((c) => c.met === false)
        ? 'no'
        : measured.length === criteria.length
          ? 'yes'
          : 'unknown';
  let reason: string;
  if (decided !== 'unknown') {
    decidedBy = 'scores';
    state = decided === 'yes' ? 'responder' : 'non-responder';
    reason = criteria.map((c) => c.reason).join('; ');
  } else if (t.response?.reliefPercent !== undefined) {
    decidedBy = 'reported-relief';
    const ok = t.response.reliefPercent >= rule.reliefPercent;
    state = ok ? 'responder' : 'non-responder';
    reason = `no scores before and after the course; the patient reported ${t.response.reliefPercent}% relief (rule: ≥${rule.reliefPercent}%)`;
  } else if (t.response?.global === 'no-change' || t.response?.global === 'worse' || t.response?.global === 'much-better') {
    decidedBy = 'reported-global';
    state = t.response.global === 'much-better' ? 'responder' : 'non-responder';
    reason = `no scores before and after the course; the patient reported '${t.response.global}' (tool logic: 'no-change' or 'worse' is no response, 'much-better' a response)`;
  } else {
    state = 'not-assessable';
    reason = `not assessable: ${criteria.map((c) => c.reason).join('; ')}${t.response?.global === 'better' ? `; the patient reported 'better', which does not say whether the rule was met` : ''}`;
  }
  const out = review(reviewDue, periodLabel, reviewBasis, state, ruleOut, criteria, decidedBy, reason);
  if (state === 'non-responder' && next) out.nextStepTaken = next;
  return out;
}

function evaluate(
  c: Criterion,
  roles: ReturnType<typeof regionMeasures>,
  series: SeriesByMeasure,
  start: string,
  windowFrom: string,
  upTo: string,
): CriterionResult {
  const measure = c.role === 'axial-pain' ? roles.axial : c.role === 'limb-pain' ? roles.limb : roles.disability;
  const def = MEASURES[measure];
  const ruleText =
    c.minReductionPercent !== undefined ? `${def.label} reduced by ≥${c.minReductionPercent}%` : def.mic ? def.mic.text : `${def.label} minimal important change`;
  const points = series.get(measure);
  const b = baselineBefore(points, start);
  let f: TrendPoint | undefined;
  for (const p of points) if (p.date >= windowFrom && p.date <= upTo) f = p;
  if (!b || !f) {
    const missing = !b ? `no ${def.label} score in the ${BASELINE_LOOKBACK_DAYS} days up to the start (${start})` : `no ${def.label} score from ${windowFrom} on`;
    return { role: c.role, measure, rule: ruleText, baseline: b ? pt(b) : null, followUp: f ? pt(f) : null, change: null, met: null, reason: missing };
  }
  const change = changeOf(def, b.value, f.value);
  let met: boolean | null;
  if (c.minReductionPercent !== undefined) {
    met = change.improvementPercent === null ? null : change.improvementPercent >= c.minReductionPercent - 1e-9;
  } else if (def.mic) {
    met = micOf(def.mic, change).met;
  } else {
    met = null;
  }
  const pct = change.percent === null ? 'baseline 0: percentage undefined' : `${change.percent > 0 ? '+' : ''}${formatValue(change.percent, 0)}%`;
  const reason = `${def.label} ${b.display} (${b.date}) → ${f.display} (${f.date}), ${pct}: ${met === null ? 'not judged' : met ? 'meets' : 'below'} ${ruleText}`;
  return { role: c.role, measure, rule: ruleText, baseline: pt(b), followUp: pt(f), change, met, reason };
}

const pt = (p: TrendPoint) => ({ date: p.date, value: p.value, path: p.path });

function escalationOf(r: CourseReview, t: TreatmentCourse): Escalation {
  const rule = r.rule!;
  const failed = r.criteria.find((c) => c.met === false) ?? null;
  const sources = new Set<string>([...rule.basis.refs, ...(r.reviewBasis?.refs ?? [])]);
  if (failed) for (const s of MEASURES[failed.measure].mic?.basis.refs ?? []) sources.add(s);
  const when = `${r.reviewPeriod} after ${t.treatment} started ${t.start}`;
  if (r.decidedBy === 'scores' && failed) {
    return {
      treatment: t.treatment,
      courseIndex: r.courseIndex,
      courseStart: t.start,
      reviewDue: r.reviewDue!,
      measure: failed.measure,
      baseline: failed.baseline?.value ?? null,
      latest: failed.followUp?.value ?? null,
      change: { absolute: failed.change?.absolute ?? null, percent: failed.change?.percent ?? null },
      threshold: rule.text,
      reason: `Below the responder rule ${when}: ${r.reason}. ${NEXT_STEP_TEXT}`,
      sources: [...sources].sort(),
    };
  }
  const relief = t.response?.reliefPercent;
  return {
    treatment: t.treatment,
    courseIndex: r.courseIndex,
    courseStart: t.start,
    reviewDue: r.reviewDue!,
    measure: 'treatment-response',
    baseline: null,
    latest: relief ?? null,
    change: { absolute: null, percent: relief === undefined ? null : -relief },
    threshold: r.decidedBy === 'reported-relief' ? `≥${rule.reliefPercent}% relief (${rule.text})` : rule.text,
    reason: `Below the responder rule ${when}: ${r.reason}. ${NEXT_STEP_TEXT}`,
    sources: [...sources].sort(),
  };
}
