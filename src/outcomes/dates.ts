/** Calendar arithmetic on YYYY-MM-DD dates (UTC, no clock: every date comes from the case). */

const DAY_MS = 86_400_000;

const parse = (d: string): number => Date.parse(`${d}T00:00:00Z`);
const format = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return format(parse(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to) - parse(from)) / DAY_MS);
}

/**
 * Calendar months: 2026-01-31 + 1 month = 2026-02-28 (the day is clamped to the end of a shorter month).
 */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return format(Date.UTC(year, month, Math.min(d, last)));
}

/** A period written as weeks or months (the way clinicians state review times). */
export type Period = { readonly weeks: number } | { readonly months: number };

export function addPeriod(date: string, p: Period): string {
  return 'weeks' in p ? addDays(date, p.weeks * 7) : addMonths(date, p.months);
}

export function periodText(p: Period): string {
  if ('weeks' in p) return `${p.weeks} week${p.weeks === 1 ? '' : 's'}`;
  return p.months % 12 === 0 && p.months >= 12 ? `${p.months / 12} year${p.months === 12 ? '' : 's'}` : `${p.months} month${p.months === 1 ? '' : 's'}`;
}

/** Approximate length in days (for tolerances only). */
export function periodDays(p: Period): number {
  return 'weeks' in p ? p.weeks * 7 : Math.round(p.months * 30.436875);
}
