/**
 * Outcome tracking (issue 4, part 5): a patient's scores over time against baseline, with change categories and
 * thresholds; the follow-up schedule; stepped-care escalation of courses that have run without the expected
 * improvement; safety alerts from the questionnaires; and the current values the plan reads. Pure: no clock (the
 * assessment date is in the case), no I/O. Docs: docs/instruments.md "Outcomes".
 */
import type { Case } from '../case/schema.js';
import type { Escalation } from '../engine/contracts.js';
import { getInstrument, bandFor, type Basis } from '../instruments/index.js';
import { questionnaireAlerts, type OutcomeAlert } from './alerts.js';
import { currentMeasures, type CurrentMeasures } from './current.js';
import { latestOf, scoreQuestionnaires, type ScoredQuestionnaires } from './entries.js';
import { reviewCourses, type CourseReview } from './escalation.js';
import { MEASURE_IDS, type MeasureId, type Region } from './measures.js';
import { followUpSchedule, type FollowUpSchedule, type ScheduleItem } from './schedule.js';
import { PGIC_IMMPACT } from './thresholds.js';
import { seriesOf, trendsOf, type Anchor, type Trend, type TrendPoint } from './trends.js';

export type { OutcomeAlert } from './alerts.js';
export type { CurrentMeasures, CurrentValue, VasEstimate, PainSite } from './current.js';
export { currentPain, painOriginText, NRS_AS_VAS_BASIS } from './current.js';
export type { ScoredEntry, ScoredQuestionnaires, EntryIssue } from './entries.js';
export { scoreQuestionnaires, latestOf } from './entries.js';
export type { CourseReview, CourseState, CriterionResult } from './escalation.js';
export { NEXT_STEP_TEXT } from './escalation.js';
export type { MeasureId } from './measures.js';
export { MEASURES } from './measures.js';
export type { FollowUpSchedule, FollowUpPoint, ScheduleItem } from './schedule.js';
export { itemLabel, instrumentsFor } from './schedule.js';
export type { Trend, TrendPoint, Change, ImmpactResult, MicResult, PassResult } from './trends.js';
export { immpactCategory } from './trends.js';
export { RESPONDER_RULES } from './responders.js';
export { reviewPeriodOf, reviewPeriods } from './review-periods.js';

export interface PgicResult {
  date: string;
  path: string;
  value: number;
  /** Band id: very-much-improved, much-improved, minimally-improved, no-change, worse. */
  category: string;
  label: string;
  text: string;
  basis: Basis;
}

export interface Outcomes {
  /** Latest values for the plan (SCS criteria): pain per site, NRS read as VAS (expert estimate), ODI, NDI. */
  current: CurrentMeasures;
  /** Scores over time per measure (NRS per site, ODI, NDI, PEG, PROMIS, EQ VAS, PHQ-9, GAD-7, PCS). */
  trends: Trend[];
  /** Latest PGIC with its IMMPACT category. */
  pgic: PgicResult | null;
  /** Each ongoing or completed treatment course judged against its responder rule. */
  courses: CourseReview[];
  /** Courses that have run their stated course below the responder rule, no later step taken (contract with the plan). */
  escalations: Escalation[];
  followUp: FollowUpSchedule;
  /** PHQ-9 item 9 alerts (shown first in the report). */
  alerts: OutcomeAlert[];
  /** Reference ids cited by this section, sorted. */
  sources: string[];
}

const ANCHOR_STATUSES = new Set(['ongoing', 'completed', 'stopped']);

export function trackOutcomes(c: Case, region: Region): Outcomes {
  const s = scoreQuestionnaires(c.questionnaires);
  const anchors: Anchor[] = [];
  for (const t of c.treatments) if (ANCHOR_STATUSES.has(t.status) && t.start <= c.assessmentDate) anchors.push({ treatment: t.treatment, start: t.start });

  const seriesCache = new Map<MeasureId, TrendPoint[]>();
  const series = {
    get(id: MeasureId): TrendPoint[] {
      let l = seriesCache.get(id);
      if (!l) {
        l = s.entries.length ? seriesOf(s, id) : [];
        seriesCache.set(id, l);
      }
      return l;
    },
  };
  const trends = trendsOf(s, anchors, (id) => series.get(id));
  const { courses, escalations } = reviewCourses(c.treatments, series, region, c.assessmentDate);
  const followUp = followUpSchedule(region, c.treatments, recordedDates(s, series), c.assessmentDate);
  const current = currentMeasures(c);
  const pgic = pgicOf(s);
  const alerts = questionnaireAlerts(s);
  return { current, trends, pgic, courses, escalations, followUp, alerts, sources: sourcesOf(trends, courses, followUp, current, pgic) };
}

function recordedDates(s: ScoredQuestionnaires, series: { get(id: MeasureId): TrendPoint[] }) {
  const empty: string[] = [];
  return {
    get(item: ScheduleItem): readonly string[] {
      if (s.entries.length === 0) return empty;
      if (item === 'eq5d5l' || item === 'pgic') return (s.byInstrument.get(item) ?? []).map((e) => e.date);
      if ((MEASURE_IDS as readonly string[]).includes(item)) return series.get(item).map((p) => p.date);
      return empty;
    },
  };
}

function pgicOf(s: ScoredQuestionnaires): PgicResult | null {
  const e = latestOf(s, 'pgic');
  if (!e || e.score === null) return null;
  const b = bandFor(getInstrument('pgic').bands, e.score);
  if (!b) return null;
  return { date: e.date, path: e.path, value: e.score, category: b.id, label: b.label, text: PGIC_IMMPACT.text, basis: PGIC_IMMPACT.basis };
}

function sourcesOf(trends: Trend[], courses: CourseReview[], followUp: FollowUpSchedule, current: CurrentMeasures, pgic: PgicResult | null): string[] {
  const out = new Set<string>();
  const add = (b: Basis | null | undefined) => {
    if (b) for (const r of b.refs) out.add(r);
  };
  for (const t of trends) {
    for (const th of t.thresholds) add(th.basis);
    add(t.immpact?.basis);
  }
  for (const co of courses) {
    add(co.rule?.basis);
    add(co.reviewBasis);
  }
  if (trends.length > 0 || courses.length > 0) add(followUp.basis);
  if (Object.values(current.pain).some((v) => v !== null && v.source === 'questionnaire')) add(current.vasBasis);
  add(pgic?.basis);
  return [...out].sort();
}
