/**
 * Stepped-care escalation: fires only after the stated course has run and only below the responder rule; uses the
 * patient's reported relief when there are no scores; never judges from missing data; stays quiet once the next step
 * has started.
 */
import { describe, expect, it } from 'vitest';
import type { TreatmentCourse } from '../case/history.js';
import { knowledgeBase } from '../knowledge/index.js';
import { reviewCourses } from './escalation.js';
import { RESPONDER_RULES } from './responders.js';
import { NOT_TRACKED, reviewPeriodOf } from './review-periods.js';
import type { MeasureId } from './measures.js';
import type { TrendPoint } from './trends.js';

type Series = Partial<Record<MeasureId, [string, number][]>>;

function series(s: Series) {
  const map = new Map<MeasureId, TrendPoint[]>();
  let i = 0;
  for (const [k, pts] of Object.entries(s) as [MeasureId, [string, number][]][]) {
    map.set(k, pts.map(([date, value]) => ({ date, value, display: String(value), path: `questionnaires[${i}]`, index: i++ })));
  }
  return { get: (id: MeasureId) => map.get(id) ?? [] };
}

const esi = (over: Partial<TreatmentCourse> = {}): TreatmentCourse => ({ treatment: 'epidural-steroid-injection', start: '2026-01-10', status: 'completed', ...over });
const scs = (over: Partial<TreatmentCourse> = {}): TreatmentCourse => ({ treatment: 'spinal-cord-stimulation', start: '2025-09-01', status: 'ongoing', ...over });

describe('escalation after an epidural steroid injection (general rule: ≥30% leg pain or ODI MIC; review 6 weeks)', () => {
  const s = series({ 'nrs:leg': [['2026-01-05', 8], ['2026-02-21', 7]], odi: [['2026-01-05', 50], ['2026-02-21', 46]] });

  it('fires after the course has run and the improvement is below the rule', () => {
    const r = reviewCourses([esi()], s, 'lumbar', '2026-03-01');
    expect(r.courses[0]).toMatchObject({ state: 'non-responder', reviewDue: '2026-02-21', decidedBy: 'scores' });
    expect(r.escalations).toHaveLength(1);
    const e = r.escalations[0]!;
    expect(e).toMatchObject({ treatment: 'epidural-steroid-injection', courseIndex: 0, courseStart: '2026-01-10', reviewDue: '2026-02-21', measure: 'nrs:leg', baseline: 8, latest: 7 });
    expect(e.change.absolute).toBe(-1);
    expect(e.change.percent).toBeCloseTo(-12.5);
    expect(e.threshold).toMatch(/≥30%/);
    expect(e.sources).toEqual(expect.arrayContaining(['dworkin-2008', 'ostelo-2008']));
    expect(e.reason).toMatch(/next step/);
  });

  it('does not fire before the stated course has run (the day before the review date)', () => {
    const r = reviewCourses([esi()], s, 'lumbar', '2026-02-20');
    expect(r.courses[0]!.state).toBe('course-running');
    expect(r.escalations).toHaveLength(0);
  });

  it('fires on the review date itself', () => {
    expect(reviewCourses([esi()], s, 'lumbar', '2026-02-21').escalations).toHaveLength(1);
  });

  it('does not fire at or above the rule: 30% leg pain reduction (10 -> 7) is a response, 29% is not', () => {
    const at = series({ 'nrs:leg': [['2026-01-05', 10], ['2026-02-21', 7]], odi: [['2026-01-05', 50], ['2026-02-21', 49]] });
    expect(reviewCourses([esi()], at, 'lumbar', '2026-03-01')).toMatchObject({ escalations: [], courses: [{ state: 'responder' }] });
    const below = series({ 'nrs:leg': [['2026-01-05', 100 / 10], ['2026-02-21', 7.1]], odi: [['2026-01-05', 50], ['2026-02-21', 49]] });
    expect(reviewCourses([esi()], below, 'lumbar', '2026-03-01').escalations).toHaveLength(1);
  });

  it('does not fire when the ODI reached its MIC although leg pain did not', () => {
    const odiOk = series({ 'nrs:leg': [['2026-01-05', 8], ['2026-02-21', 7]], odi: [['2026-01-05', 50], ['2026-02-21', 40]] });
    expect(reviewCourses([esi()], odiOk, 'lumbar', '2026-03-01').courses[0]!.state).toBe('responder');
  });

  it('never judges from missing data: no ODI means a response on the ODI cannot be excluded', () => {
    const noOdi = series({ 'nrs:leg': [['2026-01-05', 8], ['2026-02-21', 8]] });
    const r = reviewCourses([esi()], noOdi, 'lumbar', '2026-03-01');
    expect(r.courses[0]!.state).toBe('not-assessable');
    expect(r.courses[0]!.reason).toMatch(/no ODI score/);
    expect(r.escalations).toHaveLength(0);
  });

  it('needs a baseline within 90 days before the start and a follow-up from the review window on', () => {
    const old = series({ 'nrs:leg': [['2025-09-01', 8], ['2026-02-21', 8]], odi: [['2025-09-01', 50], ['2026-02-21', 50]] });
    expect(reviewCourses([esi()], old, 'lumbar', '2026-03-01').courses[0]!.state).toBe('not-assessable');
    const early = series({ 'nrs:leg': [['2026-01-05', 8], ['2026-01-20', 8]], odi: [['2026-01-05', 50], ['2026-01-20', 50]] });
    const r = reviewCourses([esi()], early, 'lumbar', '2026-03-01');
    expect(r.courses[0]!.state).toBe('not-assessable');
    expect(r.courses[0]!.reason).toMatch(/no Leg pain NRS score from 2026-02-14 on/);
  });

  it('uses the reported relief when there are no scores, and the global response after that', () => {
    const none = series({});
    expect(reviewCourses([esi({ response: { reliefPercent: 20 } })], none, 'lumbar', '2026-03-01').escalations[0]).toMatchObject({
      measure: 'treatment-response',
      baseline: null,
      latest: 20,
      change: { absolute: null, percent: -20 },
    });
    expect(reviewCourses([esi({ response: { reliefPercent: 30 } })], none, 'lumbar', '2026-03-01').escalations).toHaveLength(0);
    expect(reviewCourses([esi({ response: { global: 'worse' } })], none, 'lumbar', '2026-03-01').escalations).toHaveLength(1);
    expect(reviewCourses([esi({ response: { global: 'better' } })], none, 'lumbar', '2026-03-01').courses[0]!.state).toBe('not-assessable');
    expect(reviewCourses([esi()], none, 'lumbar', '2026-03-01').courses[0]!.state).toBe('not-assessable');
  });

  it('stays quiet when the next step has already started after the review date', () => {
    const r = reviewCourses([esi(), scs({ start: '2026-02-25' })], s, 'lumbar', '2026-03-01');
    expect(r.courses[0]).toMatchObject({ state: 'non-responder', nextStepTaken: { treatment: 'spinal-cord-stimulation', start: '2026-02-25', courseIndex: 1 } });
    expect(r.escalations).toHaveLength(0);
  });

  it('ignores planned and stopped courses', () => {
    expect(reviewCourses([esi({ status: 'planned' }), esi({ status: 'stopped' })], s, 'lumbar', '2026-03-01').courses).toHaveLength(0);
  });
});

describe('spinal cord stimulation (≥50% leg pain relief; review 6 months, a trial at its end)', () => {
  it('49% relief escalates, 50% does not', () => {
    const mk = (after: number) => series({ 'nrs:leg': [['2025-08-20', 10], ['2026-03-01', after]] });
    expect(reviewCourses([scs()], mk(5.1), 'lumbar', '2026-03-05').escalations).toHaveLength(1);
    expect(reviewCourses([scs()], mk(5), 'lumbar', '2026-03-05').escalations).toHaveLength(0);
  });

  it('a completed trial is judged at its end', () => {
    const trial = scs({ start: '2026-02-01', end: '2026-02-08', status: 'completed', response: { reliefPercent: 40 } });
    const r = reviewCourses([trial], series({}), 'lumbar', '2026-02-10');
    expect(r.courses[0]).toMatchObject({ reviewDue: '2026-02-08', state: 'non-responder', decidedBy: 'reported-relief' });
    expect(r.escalations[0]!.threshold).toMatch(/≥50% relief/);
  });

  it('reads arm pain after cervical surgery', () => {
    const r = reviewCourses([scs()], series({ 'nrs:arm': [['2025-08-20', 8], ['2026-03-01', 6]] }), 'cervical', '2026-03-05');
    expect(r.escalations[0]).toMatchObject({ measure: 'nrs:arm', baseline: 8, latest: 6 });
  });
});

describe('adhesiolysis (Manchikanti 2012: ≥50% pain and ≥50% ODI, both)', () => {
  const adh: TreatmentCourse = { treatment: 'epidural-adhesiolysis', start: '2025-10-01', status: 'completed' };
  it('both met: response; one missed: escalation', () => {
    const both = series({ 'nrs:leg': [['2025-09-20', 8], ['2026-01-05', 4]], odi: [['2025-09-20', 60], ['2026-01-05', 30]] });
    expect(reviewCourses([adh], both, 'lumbar', '2026-01-10').courses[0]!.state).toBe('responder');
    const one = series({ 'nrs:leg': [['2025-09-20', 8], ['2026-01-05', 4]], odi: [['2025-09-20', 60], ['2026-01-05', 40]] });
    expect(reviewCourses([adh], one, 'lumbar', '2026-01-10').escalations[0]).toMatchObject({ measure: 'odi' });
  });
});

describe('review periods and responder rules', () => {
  it('review periods come from the treatment knowledge base (one source with the plan)', () => {
    for (const t of knowledgeBase().treatments) {
      if (NOT_TRACKED[t.id]) continue;
      expect(reviewPeriodOf(t.id)?.period, t.id).toEqual(t.review ? { weeks: t.review.weeks } : undefined);
    }
  });
  it('every treatment with a review period has a responder rule, and every rule a known treatment', () => {
    const ids = new Set(knowledgeBase().treatments.map((t) => t.id));
    for (const id of Object.keys(RESPONDER_RULES)) expect(ids.has(id), id).toBe(true);
    for (const t of knowledgeBase().treatments) if (reviewPeriodOf(t.id)) expect(RESPONDER_RULES[t.id], t.id).toBeDefined();
  });
});

describe('treatments without a review period', () => {
  it('diagnostic blocks and unknown treatments are listed as not tracked, never escalated', () => {
    const r = reviewCourses(
      [
        { treatment: 'diagnostic-blocks', start: '2025-01-01', status: 'completed' },
        { treatment: 'acupuncture', start: '2025-01-01', status: 'completed', response: { reliefPercent: 0 } },
      ],
      series({}),
      'lumbar',
      '2026-01-01',
    );
    expect(r.courses.map((c) => c.state)).toEqual(['not-tracked', 'not-tracked']);
    expect(r.escalations).toHaveLength(0);
  });
});
