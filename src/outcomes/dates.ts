/** Calendar arithmetic on YYYY-MM-DD dates (UTC, no clock: every date comes from the case). */

// Integer calendar arithmetic (days since 1970-01-01, proleptic Gregorian; Hinnant's civil-date algorithms): no Date
// objects on the hot path. Inputs are validated YYYY-MM-DD strings.

const digits = (s: string, from: number, n: number): number => {
  let v = 0;
  for (let i = from; i < from + n; i++) v = v * 10 + (s.charCodeAt(i) - 48);
  return v;
};

/** Days since 1970-01-01 of a calendar date. */
export function toDayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function dayNumber(date: string): number {
  return toDayNumber(digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function fromDayNumber(z: number): string {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

const daysInMonth = (y: number, m: number) => (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/**
 * Calendar months: 2026-01-31 + 1 month = 2026-02-28 (the day is clamped to the end of a shorter month).
 */
export function addMonths(date: string, months: number): string {
  const y = digits(date, 0, 4);
  const m0 = digits(date, 5, 2) - 1 + months;
  const d = digits(date, 8, 2);
  const year = y + Math.floor(m0 / 12);
  const month = (((m0 % 12) + 12) % 12) + 1;
  return `${year}-${pad2(month)}-${pad2(Math.min(d, daysInMonth(year, month)))}`;
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
