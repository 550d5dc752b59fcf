/** The state of one import: issues and code lists (the report), and small readers of FHIR data types. */
import type { ImportIssue, IssueCode, IssueSeverity, MappedCode, MatchKind, SourceRef, UnmappedCode } from './types.js';

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
export const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export interface CodingLike {
  system?: string;
  code?: string;
  display?: string;
}

export class ImportContext {
  readonly issues: ImportIssue[] = [];
  readonly mapped: MappedCode[] = [];
  readonly unmapped: UnmappedCode[] = [];

  issue(severity: IssueSeverity, code: IssueCode, path: string, message: string): void {
    this.issues.push({ severity, code, path, message });
  }
  error(path: string, message: string, code: IssueCode = 'invalid'): void {
    this.issue('error', code, path, message);
  }
  warn(path: string, message: string, code: IssueCode = 'informational'): void {
    this.issue('warning', code, path, message);
  }

  mapCode(src: SourceRef, path: string, c: CodingLike, to: string, match: MatchKind = 'code'): void {
    const m = codeRef(src, path, c) as unknown as MappedCode & { to: string; match: MatchKind };
    m.to = to;
    m.match = match;
    this.mapped.push(m);
  }
  unmapCode(src: SourceRef, path: string, c: CodingLike, reason: string): void {
    const u = codeRef(src, path, c) as unknown as UnmappedCode & { reason: string };
    u.reason = reason;
    this.unmapped.push(u);
  }
  /** Lists every coding of a CodeableConcept as unmapped (or its text alone when it has no coding). */
  unmapConcept(src: SourceRef, path: string, cc: unknown, reason: string): void {
    const codings = codingsOf(cc);
    if (codings.length === 0) {
      const text = isObject(cc) ? str(cc.text) : undefined;
      this.unmapCode(src, path, text ? { display: text } : {}, reason);
      return;
    }
    for (const [i, c] of codings) this.unmapCode(src, `${path}.coding[${i}]`, c, reason);
  }
}

/** A code reference without undefined members (plain assignments: this runs for every code of every resource). */
function codeRef(src: SourceRef, path: string, c: CodingLike): Record<string, string> {
  const o: Record<string, string> = { resourceType: src.resourceType };
  if (src.id) o.id = src.id;
  o.path = path;
  if (c.system) o.system = c.system;
  if (c.code) o.code = c.code;
  if (c.display) o.display = c.display;
  return o;
}

/** The codings of a CodeableConcept with their index (malformed entries skipped). */
export function codingsOf(cc: unknown): [number, CodingLike][] {
  if (!isObject(cc) || !Array.isArray(cc.coding)) return [];
  const out: [number, CodingLike][] = [];
  cc.coding.forEach((c, i) => {
    if (!isObject(c)) return;
    out.push([i, { system: str(c.system), code: str(c.code), display: str(c.display) }]);
  });
  return out;
}

export function conceptText(cc: unknown): string | undefined {
  if (!isObject(cc)) return undefined;
  const t = str(cc.text);
  if (t) return t;
  for (const [, c] of codingsOf(cc)) if (c.display) return c.display;
  return undefined;
}

/** FHIR R4 dateTime / date (regex of the R4 specification, datatypes.html#dateTime). */
const DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

export interface ParsedDate {
  /** YYYY-MM-DD when the value has day precision, else undefined. */
  day?: string;
  precision: 'year' | 'month' | 'day';
}

/**
 * Reads a FHIR date or dateTime. Absent -> undefined, silently. Malformed or impossible (2023-02-30) -> an error naming
 * the path, and undefined. Year or month precision is valid FHIR but gives no day: a warning.
 */
const dateCache = new Map<string, ParsedDate>();

export function readDate(ctx: ImportContext, v: unknown, path: string): ParsedDate | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') {
    const hit = dateCache.get(v);
    if (hit) return hit;
  }
  if (typeof v !== 'string' || !DATE_TIME.test(v)) {
    ctx.error(path, `invalid date ${JSON.stringify(v)}: expected a FHIR date or dateTime (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+zz:zz)`, 'value');
    return undefined;
  }
  let parsed: ParsedDate;
  if (v.length === 4) parsed = { precision: 'year' };
  else if (v.length === 7) parsed = { precision: 'month' };
  else {
    const day = v.slice(0, 10);
    const y = Number(day.slice(0, 4));
    const m = Number(day.slice(5, 7));
    const d = Number(day.slice(8, 10));
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const max = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
    if (d > max) {
      ctx.error(path, `invalid date ${JSON.stringify(v)}: ${day} is not a calendar date`, 'value');
      return undefined;
    }
    parsed = { day, precision: 'day' };
  }
  if (dateCache.size > 50_000) dateCache.clear();
  dateCache.set(v, parsed);
  return parsed;
}

/** The day of a date/dateTime, warning when only a year or month is given. */
export function readDay(ctx: ImportContext, v: unknown, path: string): string | undefined {
  const d = readDate(ctx, v, path);
  if (d && !d.day) ctx.warn(path, `date ${JSON.stringify(v)} has ${d.precision} precision only: no day is taken from it`, 'value');
  return d?.day;
}

/** Whole years between a birth date and a reference date (both YYYY-MM-DD). */
export function ageAt(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}
