/**
 * Follow-up schedule (evidence.md §6.2, [derived] tool logic): baseline; 6 weeks after each intervention; 3, 6 and 12
 * months after baseline; then yearly. At the assessment date each time point is done, partly done, due (its window
 * is open), overdue (its window has closed and nothing was recorded since), missed (closed, but later scores exist)
 * or upcoming (only the next periodic point is listed).
 */
import type { TreatmentCourse } from '../case/history.js';
import { toolLogic } from '../instruments/basis.js';
import type { Basis, InstrumentId } from '../instruments/index.js';
import { addDays, addMonths } from './dates.js';
import { regionMeasures, type MeasureId, type Region } from './measures.js';
import { NOT_TRACKED } from './review-periods.js';

/** What a time point asks for: a tracked measure, or an instrument recorded as a whole (EQ-5D-5L profile, PGIC). */
export type ScheduleItem = MeasureId | 'eq5d5l' | 'pgic';

export type PointStatus = 'done' | 'partial' | 'due' | 'overdue' | 'missed' | 'upcoming';

export interface FollowUpPoint {
  id: string;
  label: string;
  target: string;
  window: { from: string; to: string };
  status: PointStatus;
  expected: ScheduleItem[];
  recorded: ScheduleItem[];
  missing: ScheduleItem[];
}

export interface FollowUpSchedule {
  /** The baseline: the first date any scheduled measure was recorded; null when none has been. */
  baseline: string | null;
  points: FollowUpPoint[];
  /** Points due or overdue at the assessment date, with what to record. */
  dueNow: { id: string; label: string; status: 'due' | 'overdue'; missing: ScheduleItem[] }[];
  /** Not questionnaires, but part of the registry set (evidence.md §6.2). */
  alsoRecord: string[];
  basis: Basis;
  windowsBasis: Basis;
}

export const SCHEDULE_BASIS = toolLogic(
  'evidence.md §6.2 [derived]: baseline; 6 weeks after any intervention; 3, 6, 12 months; then yearly; instruments NRS back ' +
    'and leg (or neck and arm), ODI or NDI, EQ-5D-5L, PGIC, opioid MME/day, work status, complications. Built from the ' +
    'registry schedules of Swespine, NORspine and the ICHOM low back pain set.',
  'stromqvist-2013',
  'mikkelsen-2023',
  'clement-2015',
);

export const WINDOWS_BASIS = toolLogic(
  'Windows in which a score counts for a time point: baseline up to 30 days after the first score; 6 weeks ±14 days; ' +
    '3 and 6 months ±30 days; 12 months and yearly ±60 days. No source defines them.',
);

export const ALSO_RECORD = ['opioid dose (MME/day)', 'work status', 'complications'];

/** Dates on which each scheduled item was recorded (sorted). */
export interface RecordedDates {
  get(item: ScheduleItem): readonly string[];
}

const LABEL: Record<string, string> = { eq5d5l: 'EQ-5D-5L', pgic: 'PGIC' };

export function itemLabel(i: ScheduleItem): string {
  return LABEL[i] ?? i.replace('nrs:', 'NRS ').replace(/^odi$/, 'ODI').replace(/^ndi$/, 'NDI');
}

export function followUpSchedule(
  region: Region,
  treatments: readonly TreatmentCourse[],
  recorded: RecordedDates,
  assessmentDate: string,
): FollowUpSchedule {
  const r = regionMeasures(region);
  const baseItems: ScheduleItem[] = [r.axial, r.limb, r.disability, 'eq5d5l'];
  const followItems: ScheduleItem[] = [...baseItems, 'pgic'];

  let baseline: string | null = null;
  for (const i of baseItems) {
    const d = recorded.get(i)[0];
    if (d !== undefined && (baseline === null || d < baseline)) baseline = d;
  }
  // Latest date anything scheduled was recorded (to tell overdue from missed).
  let lastRecorded = '';
  for (const i of followItems) {
    const l = recorded.get(i);
    const d = l[l.length - 1];
    if (d !== undefined && d > lastRecorded) lastRecorded = d;
  }

  const points: FollowUpPoint[] = [];
  const make = (id: string, label: string, target: string, from: string, to: string, expected: ScheduleItem[]): FollowUpPoint => {
    const got = expected.filter((i) => recorded.get(i).some((d) => d >= from && d <= to && d <= assessmentDate));
    const missing = expected.filter((i) => !got.includes(i));
    let status: PointStatus;
    if (missing.length === 0) status = 'done';
    else if (from > assessmentDate) status = 'upcoming';
    else if (to >= assessmentDate) status = 'due';
    else if (got.length > 0) status = 'partial';
    else status = lastRecorded > to ? 'missed' : 'overdue';
    return { id, label, target, window: { from, to }, status, expected, recorded: got, missing };
  };

  if (baseline === null) {
    points.push(make('baseline', 'baseline', assessmentDate, assessmentDate, assessmentDate, baseItems));
  } else {
    points.push(make('baseline', 'baseline', baseline, baseline, addDays(baseline, 30), baseItems));
  }

  // 6 weeks after each intervention that has started.
  const floor = baseline ?? assessmentDate;
  treatments.forEach((t, i) => {
    if (t.status === 'planned' || t.start > assessmentDate || NOT_TRACKED[t.treatment]) return;
    const target = addDays(t.start, 42);
    const to = addDays(target, 14);
    if (to < floor) return;
    points.push(make(`6w:${i}`, `6 weeks after ${t.treatment} (started ${t.start})`, target, addDays(target, -14), to, followItems));
  });

  // 3, 6, 12 months after baseline, then yearly; up to the first one still to come.
  if (baseline !== null) {
    const months = [3, 6, 12];
    for (let k = 2; months.length < 100; k++) {
      const prev = addMonths(baseline, months[months.length - 1]!);
      if (prev > assessmentDate) break;
      months.push(12 * k);
    }
    for (const m of months) {
      const target = addMonths(baseline, m);
      const w = m >= 12 ? 60 : 30;
      const p = make(`${m}m`, m % 12 === 0 ? `${m / 12} year${m === 12 ? '' : 's'} after baseline` : `${m} months after baseline`, target, addDays(target, -w), addDays(target, w), followItems);
      points.push(p);
      if (p.status === 'upcoming') break;
    }
  }
  points.sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : a.id < b.id ? -1 : 1));
  const dueNow = points
    .filter((p): p is FollowUpPoint & { status: 'due' | 'overdue' } => p.status === 'due' || p.status === 'overdue')
    .map((p) => ({ id: p.id, label: p.label, status: p.status, missing: p.missing }));
  return { baseline, points, dueNow, alsoRecord: ALSO_RECORD, basis: SCHEDULE_BASIS, windowsBasis: WINDOWS_BASIS };
}

/** Instruments to give for schedule items (one NRS entry covers both sites). */
export function instrumentsFor(items: readonly ScheduleItem[]): InstrumentId[] {
  const out = new Set<InstrumentId>();
  for (const i of items) out.add(i.startsWith('nrs:') ? 'nrs' : (i as InstrumentId));
  return [...out];
}
