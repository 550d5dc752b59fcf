/** Change categories at their boundaries, both ways: IMMPACT, Ostelo MIC, NDI MCID with its uncertainty, ODI PASS. */
import { describe, expect, it } from 'vitest';
import { MEASURES } from './measures.js';
import { NDI_MCID, ODI_PASS, OSTELO_NRS_BACK, OSTELO_ODI } from './thresholds.js';
import { baselineBefore, changeOf, immpactCategory, micOf, trendOf, type TrendPoint } from './trends.js';

const pain = MEASURES['nrs:leg'];
const pt = (date: string, value: number, index = 0): TrendPoint => ({ date, value, display: String(value), path: `questionnaires[${index}]`, index });

describe('IMMPACT category of a pain decrease (Dworkin 2008)', () => {
  const cases: [number, string][] = [
    [60, 'substantial'],
    [50, 'substantial'],
    [49.99, 'moderate'],
    [30, 'moderate'],
    [29.99, 'between-minimal-and-moderate'],
    [29, 'between-minimal-and-moderate'],
    [20.01, 'between-minimal-and-moderate'],
    [20, 'minimal'],
    [10, 'minimal'],
    [9.99, 'below-minimal'],
    [0, 'below-minimal'],
    [-25, 'below-minimal'],
  ];
  for (const [d, cat] of cases) it(`${d}% decrease is ${cat}`, () => expect(immpactCategory(d).category).toBe(cat));

  it('29% vs 30% from real NRS values (no floating-point drift at the boundary)', () => {
    // 10 -> 7 is exactly 30%; 7 -> 5 is 28.6%.
    expect(immpactCategory(changeOf(pain, 10, 7).improvementPercent!).category).toBe('moderate');
    expect(immpactCategory(changeOf(pain, 7, 5).improvementPercent!).category).toBe('between-minimal-and-moderate');
    expect(immpactCategory(changeOf(pain, 100, 71).improvementPercent!).category).toBe('between-minimal-and-moderate');
    expect(immpactCategory(changeOf(pain, 100, 70).improvementPercent!).category).toBe('moderate');
  });

  it('labels the gaps between published bands as tool logic and the bands themselves with their source', () => {
    expect(immpactCategory(25).basis.kind).toBe('tool-logic');
    expect(immpactCategory(35).basis.refs).toContain('dworkin-2008');
    expect(immpactCategory(-10).label).toMatch(/worse/);
  });
});

describe('change', () => {
  it('is signed latest − baseline, with the improvement in the measure direction', () => {
    expect(changeOf(pain, 8, 6)).toEqual({ absolute: -2, percent: -25, improvement: 2, improvementPercent: 25 });
    expect(changeOf(MEASURES['eq5d5l:vas'], 50, 60)).toEqual({ absolute: 10, percent: 20, improvement: 10, improvementPercent: 20 });
  });
  it('has no percentage from a baseline of 0 (never divides by zero)', () => {
    expect(changeOf(pain, 0, 3)).toEqual({ absolute: 3, percent: null, improvement: -3, improvementPercent: null });
  });
});

describe('minimal important change', () => {
  it('NRS (Ostelo 2008): 2 points or 30%, either way', () => {
    expect(micOf(OSTELO_NRS_BACK, changeOf(pain, 8, 6))).toMatchObject({ met: true, by: 'points' });
    expect(micOf(OSTELO_NRS_BACK, changeOf(pain, 8, 7))).toMatchObject({ met: false, by: null });
    expect(micOf(OSTELO_NRS_BACK, changeOf(pain, 3, 2))).toMatchObject({ met: true, by: 'percent' }); // 33%
    expect(micOf(OSTELO_NRS_BACK, changeOf(pain, 4, 3))).toMatchObject({ met: false }); // 25%, 1 point
  });
  it('ODI: 10 points or 30% (Ostelo 2008), at the edges', () => {
    const odi = MEASURES.odi;
    expect(micOf(OSTELO_ODI, changeOf(odi, 60, 50)).met).toBe(true); // exactly 10 points (16.7%)
    expect(micOf(OSTELO_ODI, changeOf(odi, 60, 50.2)).met).toBe(false); // 9.8 points
    expect(micOf(OSTELO_ODI, changeOf(odi, 20, 14)).met).toBe(true); // 6 points = 30%
    expect(micOf(OSTELO_ODI, changeOf(odi, 20, 14.2)).met).toBe(false); // 29%
    expect(micOf(OSTELO_ODI, changeOf(odi, 40, 45)).met).toBe(false); // worse
  });
  it('NDI: 7 points or 30%, flagged uncertain inside the published spread 4.83-13.39', () => {
    const ndi = MEASURES.ndi;
    expect(micOf(NDI_MCID, changeOf(ndi, 60, 53))).toMatchObject({ met: true, uncertain: true });
    expect(micOf(NDI_MCID, changeOf(ndi, 60, 54))).toMatchObject({ met: false, uncertain: true });
    expect(micOf(NDI_MCID, changeOf(ndi, 60, 46))).toMatchObject({ met: true, uncertain: false }); // 14 points
    expect(micOf(NDI_MCID, changeOf(ndi, 60, 56))).toMatchObject({ met: false, uncertain: false }); // 4 points
    expect(micOf(NDI_MCID, changeOf(ndi, 20, 14)).met).toBe(true); // 30%
    expect(micOf(NDI_MCID, changeOf(ndi, 60, 53)).note).toMatch(/4\.83-13\.39/);
  });
});

describe('trend', () => {
  it('PASS: ODI 22 reached, 22.2 and 23 not (NORspine 2023)', () => {
    const t = (v: number) => trendOf('odi', [pt('2026-01-01', 40, 0), pt('2026-04-01', v, 1)], [])!;
    expect(t(22).pass?.met).toBe(true);
    expect(t(22.2).pass?.met).toBe(false);
    expect(t(23).pass?.met).toBe(false);
    expect(t(22).pass?.max).toBe(ODI_PASS.max);
  });

  it('one score: no change and no category', () => {
    const t = trendOf('nrs:leg', [pt('2026-01-01', 7)], [])!;
    expect(t.change).toBeNull();
    expect(t.immpact).toBeNull();
    expect(t.baseline.rule).toBe('first score');
  });

  it('baseline is the last score before the latest treatment start that has scores on both sides', () => {
    const points = [pt('2025-06-01', 8, 0), pt('2025-12-20', 7, 1), pt('2026-03-01', 5, 2)];
    const t = trendOf('nrs:leg', points, [
      { treatment: 'epidural-steroid-injection', start: '2026-01-10' },
      { treatment: 'exercise-therapy', start: '2025-07-01' },
    ])!; // latest start first
    expect(t.baseline).toMatchObject({ date: '2025-12-20', value: 7 });
    expect(t.baseline.rule).toMatch(/epidural-steroid-injection started 2026-01-10/);
    expect(t.immpact?.category).toBe('between-minimal-and-moderate'); // 28.6%
  });

  it('falls back to the first score when no score lies within the lookback before the start', () => {
    const points = [pt('2025-01-01', 8, 0), pt('2026-03-01', 4, 1)];
    const t = trendOf('nrs:leg', points, [{ treatment: 'medication', start: '2025-10-01' }])!;
    expect(t.baseline.rule).toBe('first score');
    expect(t.immpact?.category).toBe('substantial');
  });

  it('baselineBefore respects the 90-day lookback', () => {
    const points = [pt('2025-10-01', 6, 0), pt('2026-02-01', 5, 1)];
    expect(baselineBefore(points, '2025-12-30')?.date).toBe('2025-10-01'); // 90 days
    expect(baselineBefore(points, '2025-12-31')).toBeUndefined(); // 91 days
    expect(baselineBefore(points, '2025-09-30')).toBeUndefined();
  });

  it('every threshold shown carries a basis with a reference or a reasoned label', () => {
    for (const id of Object.keys(MEASURES) as (keyof typeof MEASURES)[]) {
      const t = trendOf(id, [pt('2026-01-01', MEASURES[id].range.max, 0), pt('2026-02-01', MEASURES[id].range.min, 1)], [])!;
      for (const th of t.thresholds) {
        expect(th.basis.refs.length > 0 || (th.basis.note ?? '').length > 10).toBe(true);
      }
    }
  });
});
