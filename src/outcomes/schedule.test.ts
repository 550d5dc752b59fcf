/** Follow-up schedule: baseline, 6 weeks after each intervention, 3/6/12 months, then yearly; due, overdue, missed. */
import { describe, expect, it } from 'vitest';
import type { TreatmentCourse } from '../case/history.js';
import { addMonths } from './dates.js';
import { followUpSchedule, type ScheduleItem } from './schedule.js';

const ALL: ScheduleItem[] = ['nrs:back', 'nrs:leg', 'odi', 'eq5d5l', 'pgic'];
function recorded(dates: string[], items: ScheduleItem[] = ALL) {
  return { get: (i: ScheduleItem) => (items.includes(i) ? (i === 'pgic' ? dates.slice(1) : dates) : []) };
}
const byId = (s: ReturnType<typeof followUpSchedule>) => Object.fromEntries(s.points.map((p) => [p.id, p.status]));

describe('follow-up schedule', () => {
  it('without any score: the baseline is due now', () => {
    const s = followUpSchedule('lumbar', [], recorded([]), '2026-04-01');
    expect(s.baseline).toBeNull();
    expect(s.points).toHaveLength(1);
    expect(s.dueNow).toEqual([{ id: 'baseline', label: 'baseline', status: 'due', missing: ['nrs:back', 'nrs:leg', 'odi', 'eq5d5l'] }]);
  });

  it('cervical cases ask for neck and arm pain and the NDI', () => {
    const s = followUpSchedule('cervical', [], recorded([]), '2026-04-01');
    expect(s.points[0]!.expected).toEqual(['nrs:neck', 'nrs:arm', 'ndi', 'eq5d5l']);
  });

  it('3 months after baseline: due inside the window, overdue after it, upcoming before it', () => {
    const base = ['2026-01-01'];
    expect(byId(followUpSchedule('lumbar', [], recorded(base), '2026-03-20'))['3m']).toBe('due'); // window 2026-03-02..2026-05-01
    expect(byId(followUpSchedule('lumbar', [], recorded(base), '2026-03-01'))['3m']).toBe('upcoming');
    expect(byId(followUpSchedule('lumbar', [], recorded(base), '2026-03-02'))['3m']).toBe('due');
    expect(byId(followUpSchedule('lumbar', [], recorded(base), '2026-05-01'))['3m']).toBe('due');
    const late = followUpSchedule('lumbar', [], recorded(base), '2026-05-02');
    expect(byId(late)['3m']).toBe('overdue');
    expect(late.dueNow.map((d) => d.id)).toEqual(['3m']);
    expect(late.points.at(-1)).toMatchObject({ id: '6m', status: 'upcoming' }); // window opens 2026-06-01
  });

  it('done when every instrument was recorded in the window; missed when skipped but later scores exist', () => {
    const s = followUpSchedule('lumbar', [], recorded(['2026-01-01', '2026-04-03', '2027-01-05']), '2027-01-10');
    expect(byId(s)).toMatchObject({ baseline: 'done', '3m': 'done', '6m': 'missed', '12m': 'done' });
    expect(s.points.at(-1)).toMatchObject({ id: '24m', status: 'upcoming' });
  });

  it('partial when only some instruments were recorded', () => {
    const s = followUpSchedule('lumbar', [], recorded(['2026-01-01', '2026-04-03'], ['nrs:back', 'nrs:leg']), '2026-06-20');
    const p = s.points.find((x) => x.id === '3m')!;
    expect(p.status).toBe('partial');
    expect(p.missing).toEqual(['odi', 'eq5d5l', 'pgic']);
  });

  it('6 weeks after each intervention, excluding diagnostic blocks and planned courses', () => {
    const t: TreatmentCourse[] = [
      { treatment: 'epidural-steroid-injection', start: '2026-02-01', status: 'completed' },
      { treatment: 'diagnostic-blocks', start: '2026-02-01', status: 'completed' },
      { treatment: 'spinal-cord-stimulation', start: '2026-05-01', status: 'planned' },
    ];
    const s = followUpSchedule('lumbar', t, recorded(['2026-01-01']), '2026-03-20');
    const six = s.points.filter((p) => p.id.startsWith('6w'));
    expect(six).toHaveLength(1);
    expect(six[0]).toMatchObject({ id: '6w:0', target: '2026-03-15', window: { from: '2026-03-01', to: '2026-03-29' }, status: 'due' });
  });

  it('yearly points continue after 12 months', () => {
    const s = followUpSchedule('lumbar', [], recorded(['2022-01-01']), '2026-02-01');
    expect(s.points.map((p) => p.id)).toEqual(['baseline', '3m', '6m', '12m', '24m', '36m', '48m', '60m']);
    expect(s.points.find((p) => p.id === '48m')!.status).toBe('due'); // 2026-01-01 ± 60 days
    expect(s.basis.refs).toEqual(expect.arrayContaining(['clement-2015']));
  });

  it('calendar months clamp to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});
