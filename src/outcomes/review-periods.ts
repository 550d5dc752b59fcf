/**
 * How long a treatment course runs before its effect is judged (the "stated course" of stepped care), per treatment id
 * of issue 3 (evidence.md §4.2 T01-T14).
 *
 * INTERIM TABLE. The treatment knowledge base (src/knowledge/treatments/, issue 3) is gaining a review period / course
 * length per treatment; once it lands, that KB must become the single source and this table must be removed (the
 * outcome code reads review periods only through `reviewPeriodOf`). Until then every entry carries its basis: the
 * clinical files publish few review times, so most entries are tool logic (the [derived] schedule of evidence.md §6.2:
 * "6 weeks after any intervention"; §7.2 step 13: non-response "at 3-6 months" triggers re-assessment) or expert
 * estimates anchored on the time point of the trial that defines the responder rule.
 */
import { estimate, toolLogic } from '../instruments/basis.js';
import type { Basis } from '../instruments/index.js';
import type { Period } from './dates.js';

export interface ReviewPeriod {
  period: Period;
  /**
   * Neuromodulation trials: a completed course with an end date before the review period is a trial, judged at its
   * end (trial success is judged during the trial, evidence.md §5.4).
   */
  trialJudgedAtEnd?: boolean;
  basis: Basis;
}

const SIX_WEEKS = toolLogic('evidence.md §6.2 [derived] schedule: outcome measured 6 weeks after any intervention.');
const THREE_MONTHS = toolLogic(
  'evidence.md §7.2 step 13 [derived]: non-response at 3-6 months triggers re-assessment; the earlier end (3 months) is used.',
  'dworkin-2008',
  'ostelo-2008',
);

export const REVIEW_PERIODS: Readonly<Record<string, ReviewPeriod>> = {
  'exercise-therapy': { period: { months: 3 }, basis: THREE_MONTHS },
  medication: { period: { months: 3 }, basis: THREE_MONTHS },
  'psychological-therapy': { period: { months: 3 }, basis: THREE_MONTHS },
  'epidural-steroid-injection': { period: { weeks: 6 }, basis: SIX_WEEKS },
  'pulsed-radiofrequency-drg': { period: { weeks: 6 }, basis: SIX_WEEKS },
  'radiofrequency-denervation': {
    period: { months: 3 },
    basis: estimate('No review time published in the clinical files; 3 months as for other courses (evidence.md §7.2 step 13) because denervation relief builds over weeks.'),
  },
  'epidural-adhesiolysis': {
    period: { months: 3 },
    basis: estimate('Adhesiolysis is often a series of procedures (Manchikanti 2012: mean 6.4); Hossieni 2017 judged success at 12 weeks.', 'manchikanti-2012', 'hossieni-2017'),
  },
  'spinal-cord-stimulation': {
    period: { months: 6 },
    trialJudgedAtEnd: true,
    basis: estimate('PROCESS judged its primary outcome (≥50% leg pain relief) at 6 months; a trial is judged at its end (evidence.md §5.4).', 'kumar-2007'),
  },
  'high-frequency-scs': {
    period: { months: 3 },
    trialJudgedAtEnd: true,
    basis: estimate('SENZA-RCT judged responders at 3 months; a trial is judged at its end (evidence.md §5.4).', 'kapural-2015'),
  },
  'drg-stimulation': {
    period: { months: 6 },
    trialJudgedAtEnd: true,
    basis: estimate('No DRG review time in the clinical files; 6 months as for SCS (PROCESS); a trial is judged at its end.', 'kumar-2007'),
  },
  'intrathecal-drug-delivery': {
    period: { months: 6 },
    basis: estimate('Doses were stable after 6 months in the retrieved FBSS series (evidence.md T10).', 'acta-neurochir-suppl-108-intrathecal'),
  },
  'revision-surgery': {
    period: { months: 12 },
    basis: estimate('Registries judge surgery at 12 months (NORspine main outcome and PASS at 12 months; evidence.md §6.1-6.2).', 'mikkelsen-2023', 'norspine-2023'),
  },
  'cluneal-nerve-release': {
    period: { months: 3 },
    basis: estimate('No review time published in the clinical files; 3 months as for other courses (evidence.md §7.2 step 13).'),
  },
};

/** Treatments that are not tracked as a course (their result is a test result). */
export const NOT_TRACKED: Readonly<Record<string, string>> = {
  'diagnostic-blocks': 'a diagnostic block is judged by its immediate relief and recorded as a test result, not tracked as a course',
};

export function reviewPeriodOf(treatment: string): ReviewPeriod | undefined {
  return REVIEW_PERIODS[treatment];
}
