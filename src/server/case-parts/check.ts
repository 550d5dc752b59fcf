/**
 * Checks one new case part the way the case validator would check it inside a case (known finding, test and red-flag
 * ids, a test's results belonging to it, an operation's procedure, region, levels and fusion flags agreeing), by
 * placing it in a minimal case and keeping only the problems that concern it. Checks added to validateCase later
 * apply here without change. Problems come back with paths under `body.data`.
 */
import { validateCase } from '../../case/validate.js';
import type { CasePartKind } from '../../store/case-parts.js';
import type { FieldError } from '../errors.js';

const FAR_PAST = '1900-01-01';
const FAR_FUTURE = '2999-12-31';

const placeholderSurgery = { date: FAR_PAST, region: 'lumbar', procedure: 'decompression', levels: ['L4-L5'], instrumented: false, fusion: false };

export function checkCasePart(kind: CasePartKind, data: Record<string, unknown>): FieldError[] {
  const base: Record<string, unknown> = { assessmentDate: FAR_FUTURE, patient: { age: 50, sex: 'unknown' }, surgeries: [placeholderSurgery] };
  let prefix: string;
  switch (kind.table) {
    case 'episodes':
      base.surgeries = [data];
      prefix = 'surgeries[0]';
      break;
    case 'encounters':
      base.pain = data.pain ?? {};
      prefix = 'pain';
      break;
    default:
      base[kind.caseField!] = [data];
      prefix = `${kind.caseField}[0]`;
  }
  const v = validateCase(base);
  if (v.ok) return [];
  return v.errors
    .filter((e) => e.path === prefix || e.path.startsWith(`${prefix}.`) || e.path.startsWith(`${prefix}[`))
    .filter((e) => !/but the case data say/.test(e.message)) // derived findings are checked against the real case
    .map((e) => {
      const rest = e.path.slice(prefix.length);
      const path = kind.table === 'encounters' ? `body.data.pain${rest}` : `body.data${rest}`;
      return { path, message: e.message, ...(e.suggestion ? { suggestion: e.suggestion } : {}) };
    });
}
