/**
 * The engine: a validated case in, an assessment out. Pure: no I/O, no clock (the assessment date is in the case),
 * no randomness; the same case gives byte-identical output. Order follows the pathway (evidence.md §7.2):
 * triage, classification, differential, work-up.
 */
import type { Case } from '../case/schema.js';
import { classify, type Classification } from './classification.js';
import { compiledKb } from './compiled-kb.js';
import { clinicalContext } from './context.js';
import { differential, type CauseScore, type ExcludedCause } from './differential.js';
import { collectObservations, type UnusedTestResult } from './observations.js';
import { triage, type Triage } from './triage.js';
import { workup, type Workup } from './workup.js';
import { ENGINE_VERSION } from './version.js';
import { trackOutcomes, type Outcomes } from '../outcomes/index.js';
import type { Escalation } from './contracts.js';
import { summarizeMedications, type MedicationSummary } from './medications.js';
import { plan, type PlanItem, type PlanSummary } from './plan/index.js';
import { safety, type SafetyItem } from './safety/index.js';

export interface Assessment {
  knowledgeBase: { version: string; hash: string };
  engine: { name: 'spinepath'; version: string };
  case: { id: string | null; assessmentDate: string };
  context: {
    region: string;
    operation: string;
    latestOperation: { date: string; procedure: string; levels: string[] };
    monthsSinceSurgery: number;
    window: string;
    implant: boolean;
    fusion: boolean;
    operationCount: number;
  };
  triage: Triage;
  classification: Classification;
  causes: CauseScore[];
  excludedCauses: ExcludedCause[];
  workup: Workup['items'];
  workupDetail: Omit<Workup, 'items'>;
  testResultsNotUsed: UnusedTestResult[];
  /** Scores over time, follow-up schedule, stepped-care escalations, questionnaire alerts (src/outcomes). */
  outcomes: Outcomes;
  /** Medicines matched against the drug dictionary, with opioid MME/day (src/engine/medications.ts). */
  medications: MedicationsOut;
  /** The stepped treatment plan (src/engine/plan; docs/plan-method.md). */
  plan: PlanItem[];
  planSummary: PlanSummary;
  /** Safety checks: red flags, anticoagulant holds, opioids, medicine conflicts, work-up safety (src/engine/safety). */
  safety: SafetyItem[];
}

export interface MedicationsOut {
  entries: { index: number; name: string; drug: string | null; classes: string[]; mmePerDay?: number | null; mmeNote?: string }[];
  /** Total MME/day of the opioids that could be converted (null = no opioid). */
  totalMme: number | null;
  /** Some opioid could not be converted: the total is a lower bound. */
  incomplete: boolean;
}

export interface AssessOptions {
  /** Escalations from outcome tracking run elsewhere (merged with those of assess's own outcome tracking). */
  escalations?: readonly Escalation[];
}

function medicationsOut(m: MedicationSummary): MedicationsOut {
  return {
    entries: m.medications.map((r) => ({
      index: r.index,
      name: r.name,
      drug: r.drug,
      classes: r.classes,
      ...(r.opioid ? { mmePerDay: r.opioid.mme, ...(r.opioid.reason ? { mmeNote: r.opioid.reason } : {}) } : {}),
    })),
    totalMme: m.totalMme,
    incomplete: m.incomplete,
  };
}

export interface Citation {
  id: string;
  short: string;
  citation: string;
}

/** An assessment with every reference it cites listed in full (the form the CLI and the server print). */
export type CitedAssessment = Assessment & { citations: Citation[] };

export function assess(c: Case, options: AssessOptions = {}): Assessment {
  const kb = compiledKb();
  const ctx = clinicalContext(c);
  const obs = collectObservations(c, ctx, kb);
  const tri = triage(c, obs, kb);
  const classification = classify(c, ctx, obs, tri);
  const diff = differential(ctx, obs, kb);
  const wu = workup(ctx, obs, diff, tri, kb, c.assessmentDate);
  const { items, ...workupDetail } = wu;
  const outcomes = trackOutcomes(c, ctx.region);
  const meds = summarizeMedications(c.medications);
  const escalations = options.escalations?.length ? mergeEscalations(outcomes.escalations, options.escalations) : outcomes.escalations;
  const pl = plan({ c, ctx, obs, triage: tri, classification, differential: diff, workup: wu, meds, escalations, currentPain: outcomes.current.pain });

  return {
    knowledgeBase: { version: kb.kb.version, hash: kb.hash },
    engine: { name: 'spinepath', version: ENGINE_VERSION },
    case: { id: c.id ?? null, assessmentDate: c.assessmentDate },
    context: {
      region: ctx.region,
      operation: ctx.operationClass,
      latestOperation: { date: ctx.latestSurgery.date, procedure: ctx.latestSurgery.procedure, levels: ctx.latestSurgery.levels },
      monthsSinceSurgery: Math.round(ctx.monthsSinceSurgery * 10) / 10,
      window: ctx.window,
      implant: ctx.hasImplant,
      fusion: ctx.hasFusion,
      operationCount: ctx.operationCount,
    },
    triage: tri,
    classification,
    causes: diff.causes,
    excludedCauses: diff.excluded,
    workup: items,
    workupDetail,
    testResultsNotUsed: obs.unusedTests,
    outcomes,
    medications: medicationsOut(meds),
    plan: pl.items,
    planSummary: pl.summary,
    safety: safety(pl, wu),
  };
}

function mergeEscalations(a: readonly Escalation[], b: readonly Escalation[]): Escalation[] {
  const key = (e: Escalation) => `${e.treatment}|${e.courseIndex}|${e.measure}`;
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((e) => !seen.has(key(e)))];
}

/** Every reference cited anywhere in an assessment, sorted by id, with its full citation. */
export function citationsOf(a: Assessment): Citation[] {
  const cited = new Set<string>();
  for (const f of a.triage.redFlags) for (const s of f.sources) cited.add(s);
  const cl = a.classification;
  for (const s of [...cl.psps.sources, ...cl.icd11.sources, ...cl.icd10cm.sources, ...cl.phenotype.basis.refs]) cited.add(s);
  for (const cause of a.causes) {
    for (const r of cause.prior.basis.refs) cited.add(r);
    for (const e of cause.evidence) for (const r of e.basis.refs) cited.add(r);
  }
  for (const s of a.outcomes.sources) cited.add(s);
  for (const i of a.plan) for (const r of i.citations) cited.add(r);
  for (const x of a.safety) for (const r of x.citations) cited.add(r);
  return [...cited].sort().map(citationOf);
}

/** assess() plus the full list of citations. */
export function assessWithCitations(c: Case, options: AssessOptions = {}): CitedAssessment {
  const a = assess(c, options);
  return { ...a, citations: citationsOf(a) };
}

const citationCache = new Map<string, { id: string; short: string; citation: string }>();

/** The citation entry of a reference id (cached: references do not change while the process runs). */
function citationOf(id: string): { id: string; short: string; citation: string } {
  let c = citationCache.get(id);
  if (!c) {
    const r = compiledKb().referenceById.get(id);
    c = { id, short: r?.short ?? id, citation: r ? formatCitation(r) : `${id} (not in the reference list)` };
    citationCache.set(id, c);
  }
  return c;
}

export function formatCitation(r: { authors: string; year?: number; title: string; source: string; doi?: string; pmid?: string; url?: string }): string {
  const id = r.doi ? ` doi:${r.doi}` : r.pmid ? ` PMID ${r.pmid}` : r.url ? ` ${r.url}` : '';
  return `${r.authors} (${r.year ?? 'n.d.'}). ${r.title}. ${r.source}.${id}`;
}
