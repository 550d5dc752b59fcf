/**
 * The treatment knowledge indexed once for the plan and safety checks: thresholds by id, evidence lines with natural
 * frequencies, guideline lines, citations, procedures and the NG59 do-not-offer entries, all precomputed so that an
 * assessment only does look-ups (bench/engine).
 */
import { knowledgeBase, type KbDoNotOffer, type KbDrug, type KbProcedure, type KbTreatment } from '../../knowledge/index.js';
import { JURISDICTION_LABELS, type Jurisdiction } from '../../knowledge/schema.js';
import { compileRule, type CompiledRule } from './rules.js';

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
  /** The treatment's procedures that apply in each region. */
  procedures: Record<'lumbar' | 'cervical', string[]>;
  /** Revision surgery: the "missing" sentence for each lesion without a test result, built once. */
  lesionMissing: Map<string, string>;
  /** The contraindications and cautions, compiled to one shape. */
  contraRules: CompiledRule[];
  cautionRules: CompiledRule[];
  /** Cached items for case-independent "not indicated" drafts: draft -> [lumbar, cervical]. */
  staticItems: Map<object, [unknown, unknown]>;
}

export interface CompiledDoNotOffer {
  d: KbDoNotOffer;
  baseReason: string;
  citations: string[];
  drugClasses: Set<string>;
  drugs: Set<string>;
}

export interface CompiledPlanKb {
  treatments: CompiledTreatment[];
  byId: Map<string, CompiledTreatment>;
  doNotOffer: CompiledDoNotOffer[];
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
    const procs = new Map(kb.procedures.map((p) => [p.id, p]));
    const inRegion = (r: 'lumbar' | 'cervical') => t.procedures.filter((id) => !procs.get(id)?.regions || procs.get(id)!.regions!.includes(r));
    const testsOf = (f: string) => kb.tests.filter((x) => x.resultFindings.includes(f)).map((x) => x.id).join(' or ');
    return {
      t,
      procedures: { lumbar: inRegion('lumbar'), cervical: inRegion('cervical') },
      lesionMissing: new Map(
        t.lesions.map((l) => [
          l.cause,
          `a test result showing the lesion (${l.findings.join(' or ')}, from ${[...new Set(l.findings.map(testsOf))].join(' / ')}) at the level and side of the symptoms`,
        ]),
      ),
      thresholds: new Map(t.thresholds.map((x) => [x.id, x.value])),
      contraRules: t.contraindications.map(compileRule),
      cautionRules: t.cautions.map(compileRule),
      staticItems: new Map(),
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
    doNotOffer: kb.doNotOffer.map((d) => ({
      d,
      baseReason: `NICE NG59 (England): ${d.statement}`,
      citations: [...new Set([...d.sources, ...d.basis.refs])].sort(),
      drugClasses: new Set(d.drugClasses),
      drugs: new Set(d.drugs),
    })),
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

const planThresholdCache = new Map<string, number>();
export function planThreshold(id: string): number {
  let v = planThresholdCache.get(id);
  if (v === undefined) {
    v = compiledPlanKb().planThresholds.get(id);
    if (v === undefined) throw new Error(`knowledge base: no plan threshold '${id}'`);
    planThresholdCache.set(id, v);
  }
  return v;
}

/** The cause-probability bands the plan reads, looked up once (knowledge base: planThresholds). */
export const bands = {
  get likely(): number {
    return (cachedBands ??= readBands()).likely;
  },
  get possible(): number {
    return (cachedBands ??= readBands()).possible;
  },
  get remote(): number {
    return (cachedBands ??= readBands()).remote;
  },
};
let cachedBands: { likely: number; possible: number; remote: number } | undefined;
function readBands() {
  return { likely: planThreshold('likely-cause-probability'), possible: planThreshold('possible-cause-probability'), remote: planThreshold('remote-cause-probability') };
}

const rules = new Map<string, CompiledRule>();

/** A compiled contraindication or caution rule by id (the first treatment that uses it). */
export function ruleById(id: string): CompiledRule {
  const hit = rules.get(id);
  if (hit) return hit;
  for (const ct of compiledPlanKb().treatments) {
    const r = ct.contraRules.find((x) => x.id === id) ?? ct.cautionRules.find((x) => x.id === id);
    if (r) {
      rules.set(id, r);
      return r;
    }
  }
  throw new Error(`knowledge base: no rule '${id}'`);
}

/** The evidence (natural frequencies) and guideline positions of a treatment, for the report and the patient version. */
export function treatmentEvidence(id: string): { evidence: string[]; guidelines: GuidelineLine[] } | undefined {
  const ct = compiledPlanKb().byId.get(id);
  return ct ? { evidence: ct.evidence, guidelines: ct.guidelines } : undefined;
}
