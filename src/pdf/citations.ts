/**
 * The reference list of a printed assessment: the citations stored with it (`output.citations`, written in full when
 * the assessment was made), plus any reference id cited by a part of the output that the stored list does not carry
 * (plan or safety items of an engine whose list predates them), resolved by the caller and marked as such.
 */
import { arr, obj, planItems, safetyItems, str, strs, type Obj } from './read.js';

export interface PrintedCitation {
  id: string;
  short: string;
  citation: string;
  /** True when the text came from the current knowledge base rather than the stored assessment. */
  resolvedNow?: boolean;
}

/** Every reference id the output cites, in order of first appearance. */
export function citedIds(output: Obj): string[] {
  const seen = new Set<string>();
  const add = (ids: string[]) => ids.forEach((i) => seen.add(i));
  for (const f of arr(obj(output.triage).redFlags)) add(strs(f.sources));
  const cl = obj(output.classification);
  for (const k of ['psps', 'icd11', 'icd10cm']) add(strs(obj(cl[k]).sources));
  add(strs(obj(obj(cl.phenotype).basis).refs));
  for (const c of arr(output.causes)) {
    add(strs(obj(obj(c.prior).basis).refs));
    for (const e of arr(c.evidence)) add(strs(obj(e.basis).refs));
  }
  for (const p of planItems(output)) add(strs(p.citations));
  for (const s of safetyItems(output)) add(strs(s.citations));
  add(strs(obj(output.outcomes).sources));
  return [...seen];
}

export function printedCitations(output: Obj, resolve?: (id: string) => { short: string; citation: string } | undefined): PrintedCitation[] {
  const stored = new Map<string, PrintedCitation>();
  for (const c of arr(output.citations)) {
    const id = str(c.id);
    if (id) stored.set(id, { id, short: str(c.short, id), citation: str(c.citation, id) });
  }
  const out = [...stored.values()];
  for (const id of citedIds(output)) {
    if (stored.has(id)) continue;
    const r = resolve?.(id);
    const c: PrintedCitation = r ? { id, short: r.short, citation: r.citation, resolvedNow: true } : { id, short: id, citation: `${id} (not in the stored reference list)`, resolvedNow: true };
    stored.set(id, c);
    out.push(c);
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
