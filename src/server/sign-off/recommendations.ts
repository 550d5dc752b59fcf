/**
 * The recommendations of a stored assessment that a clinician signs off one by one: each red flag's urgent action
 * (`red-flag:<id>`), each proposed test (`workup:<test>`), each plan step (`plan:<key>`, when the assessment has a
 * plan) and each safety alert (`safety:<id>`, when it has safety checks). Keys are stable for a stored output.
 */
import { planFromAssessment, stepTitle } from '../plans/from-assessment.js';

export interface Recommendation {
  key: string;
  kind: 'red-flag' | 'workup' | 'plan' | 'safety';
  title: string;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const arr = (x: unknown): Record<string, unknown>[] => (Array.isArray(x) ? x.filter(isObj) : []);
const str = (x: unknown, fallback: string): string => (typeof x === 'string' && x ? x : fallback);

function safetyItems(safety: unknown): Record<string, unknown>[] {
  if (Array.isArray(safety)) return arr(safety);
  if (!isObj(safety)) return [];
  for (const k of ['alerts', 'items', 'findings', 'warnings', 'checks']) if (Array.isArray(safety[k])) return arr(safety[k]);
  return [];
}

export function recommendationsOf(output: unknown): Recommendation[] {
  if (!isObj(output)) return [];
  const out: Recommendation[] = [];
  const triage = isObj(output.triage) ? output.triage : {};
  for (const f of arr(triage.redFlags)) {
    const id = str(f.id, '');
    const actions = Array.isArray(f.actions) ? f.actions.filter((x) => typeof x === 'string').join('; ') : '';
    if (id) out.push({ key: `red-flag:${id}`, kind: 'red-flag', title: actions ? `${str(f.name, id)}: ${actions}` : str(f.name, id) });
  }
  for (const w of arr(output.workup)) {
    const test = str(w.test, '');
    if (test) out.push({ key: `workup:${test}`, kind: 'workup', title: str(w.name, test) });
  }
  for (const s of planFromAssessment(output)?.steps ?? []) out.push({ key: `plan:${s.key}`, kind: 'plan', title: stepTitle(s.data, s.key) });
  const seen = new Map<string, number>();
  for (const a of safetyItems(output.safety)) {
    const base = str(a.id ?? a.rule ?? a.code, 'alert');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.push({ key: `safety:${n === 1 ? base : `${base}#${n}`}`, kind: 'safety', title: str(a.message ?? a.title ?? a.summary, base) });
  }
  return out;
}
