/**
 * Reading a STORED engine output for print. Stored outputs are JSON written by whichever engine version produced them
 * (an older one may lack the plan or safety stages), so every field is read defensively: a missing part prints as
 * "not in this assessment" instead of failing, and nothing is recomputed.
 */
export type Obj = Record<string, unknown>;

export const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
export const obj = (x: unknown): Obj => (isObj(x) ? x : {});
export const arr = (x: unknown): Obj[] => (Array.isArray(x) ? x.filter(isObj) : []);
export const strs = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string' && v.length > 0) : []);
export const str = (x: unknown, fallback = ''): string => (typeof x === 'string' && x ? x : typeof x === 'number' ? String(x) : fallback);
export const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
export const bool = (x: unknown): boolean | undefined => (typeof x === 'boolean' ? x : undefined);

/** 0.4829 -> "48%"; below 1% -> "<1%". */
export function pct(p: number | undefined): string {
  if (p === undefined) return '?';
  if (p > 0 && p < 0.01) return '<1%';
  if (p < 1 && p > 0.99) return '>99%';
  return `${Math.round(p * 100)}%`;
}

/** "new-or-progressive-motor-deficit" -> "new or progressive motor deficit". */
export const words = (id: string): string => id.replace(/-/g, ' ');

export const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** The items of the plan stage, whatever its container: `plan[]`, or `plan.items|steps|recommendations`. */
export function planItems(output: Obj): Obj[] {
  const p = output.plan;
  if (Array.isArray(p)) return arr(p);
  if (isObj(p)) for (const k of ['items', 'steps', 'recommendations']) if (Array.isArray(p[k])) return arr(p[k]);
  return [];
}

/** The alerts of the safety stage: `safety[]`, or `safety.alerts|items|checks`. */
export function safetyItems(output: Obj): Obj[] {
  const s = output.safety;
  if (Array.isArray(s)) return arr(s);
  if (isObj(s)) for (const k of ['alerts', 'items', 'checks', 'warnings', 'findings']) if (Array.isArray(s[k])) return arr(s[k]);
  return [];
}

export const SEVERITY_RANK: Record<string, number> = { block: 0, critical: 0, warn: 1, warning: 1, info: 2 };
