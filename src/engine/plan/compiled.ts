/**
 * The treatment knowledge indexed once for the plan and safety checks: thresholds by id, evidence lines with natural
 * frequencies, guideline lines, citations, procedures and the NG59 do-not-offer entries, all precomputed so that an
 * assessment only does look-ups (bench/engine).
 */
import { knowledgeBase, type KbDoNotOffer, type KbDrug, type KbProcedure, type KbTreatment } from '../../knowledge/index.js';
import { JURISDICTION_LABELS, type Jurisdiction } from '../../knowledge/schema.js';

export interface GuidelineLine {
  body: string;
  jurisdiction: string;
  position: string;
  statement: string;
}

export interface CompiledTreatment {
  t: KbTreatment;
  thresholds: Map<string, number>;
  /** Evidence in one line each, numbers as natural frequencies ("about 48 in 100 ... about 9 in 100"). */
  evidence: string[];
  guidelines: GuidelineLine[];
  /** Every reference the entry cites (sources and bases), sorted. */
  citations: string[];
  review: string | null;
}

export interface CompiledPlanKb {
  treatments: CompiledTreatment[];
  byId: Map<string, CompiledTreatment>;
  doNotOffer: KbDoNotOffer[];
  procedures: Map<string, KbProcedure>;
  testProcedures: Record<string, string[]>;
  drugs: Map<string, KbDrug>;
  planThresholds: Map<string, number>;
}

/** "about 48 in 100 (24 of 50)" or "about 85 in 100". */
export function naturalFrequency(a: { events?: number | undefined; total?: number | undefined; percent?: number | undefined }): string {
  if (a.events !== undefined && a.total !== undefined) {
    const per100 = Math.round((100 * a.events) / a.total);
    return `about ${per100} in 100 (${a.events} of ${a.total})`;
  }
  return `about ${Math.round(a.percent ?? 0)} in 100`;
}

export function evidenceLine(e: KbTreatment['evidence'][number], shortOf: (id: string) => string): string {
  const src = e.basis.refs.map(shortOf).join('; ');
  const tag = e.basis.kind === 'unverified' ? ' UNVERIFIED' : e.basis.kind === 'secondary' ? ' (secondary)' : '';
  if (!e.comparison) return `${e.statement} [${src}${tag}]`;
  const c = e.comparison;
  const arms = c.arms.map((a) => `${a.label}: ${naturalFrequency(a)}`).join('; ');
  return `${c.outcome}: ${arms}${c.caveat ? ` (${c.caveat})` : ''}. ${e.statement} [${src}${tag}]`;
}

let compiled: CompiledPlanKb | undefined;

export function compiledPlanKb(): CompiledPlanKb {
  if (compiled) return compiled;
  const kb = knowledgeBase();
  const refs = new Map(kb.references.map((r) => [r.id, r.short]));
  const shortOf = (id: string) => refs.get(id) ?? id;
  const treatments = kb.treatments.map((t): CompiledTreatment => {
    const cited = new Set<string>(t.sources);
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.kind === 'string' && Array.isArray(o.refs)) for (const r of o.refs as string[]) cited.add(r);
        for (const x of Object.values(o)) walk(x);
      }
    };
    walk(t);
    return {
      t,
      thresholds: new Map(t.thresholds.map((x) => [x.id, x.value])),
      evidence: t.evidence.map((e) => evidenceLine(e, shortOf)),
      guidelines: t.guidelines.map((g) => ({
        body: g.body,
        jurisdiction: JURISDICTION_LABELS[g.jurisdiction as Jurisdiction],
        position: g.position,
        statement: g.statement,
      })),
      citations: [...cited].sort(),
      review: t.review ? `${t.review.description} (${t.review.weeks} weeks)` : null,
    };
  });
  compiled = {
    treatments,
    byId: new Map(treatments.map((c) => [c.t.id, c])),
    doNotOffer: kb.doNotOffer,
    procedures: new Map(kb.procedures.map((p) => [p.id, p])),
    testProcedures: kb.testProcedures,
    drugs: new Map(kb.drugs.map((d) => [d.id, d])),
    planThresholds: new Map(kb.planThresholds.map((x) => [x.id, x.value])),
  };
  return compiled;
}

/** A threshold the engine needs; throws at first use if the knowledge base lacks it (the KB test guards this). */
export function threshold(ct: CompiledTreatment, id: string): number {
  const v = ct.thresholds.get(id);
  if (v === undefined) throw new Error(`knowledge base: treatment ${ct.t.id} has no threshold '${id}'`);
  return v;
}

export function planThreshold(id: string): number {
  const v = compiledPlanKb().planThresholds.get(id);
  if (v === undefined) throw new Error(`knowledge base: no plan threshold '${id}'`);
  return v;
}

/** A contraindication or caution rule by id, as parsed in the knowledge base (the first treatment that uses it). */
export function ruleById(id: string): KbTreatment['contraindications'][number] {
  for (const ct of compiledPlanKb().treatments) {
    const r = ct.t.contraindications.find((x) => x.id === id) ?? ct.t.cautions.find((x) => x.id === id);
    if (r) return r;
  }
  throw new Error(`knowledge base: no rule '${id}'`);
}
