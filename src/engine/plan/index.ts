/**
 * The treatment plan (pure): a stepped blend of treatments (now / next if not improved by the stated review / later),
 * each recommended, consider, not-recommended or contraindicated with its reasons and citations. See
 * docs/plan-method.md. Order of the shared steps after each treatment's own rule (pathways.ts):
 *   1. hard contraindications (the item is then never recommended or considered);
 *   2. cautions (cap at "consider", defer, or note) and the pathway's own cap;
 *   3. prior courses (case.treatments) and outcome escalations: a course that did not improve is marked; an
 *      intervention that did not help is not repeated; the next step moves to now;
 *   4. red flags: an emergency suppresses all elective advice, an urgent flag the elective interventions;
 *   5. goals and preferences shown beside each item and used to order items of equal standing.
 */
import type { Case } from '../../case/schema.js';
import type { Goal, Preference } from '../../knowledge/schema.js';
import type { Classification } from '../classification.js';
import type { ClinicalContext } from '../context.js';
import type { Escalation } from '../contracts.js';
import type { Differential } from '../differential.js';
import type { MedicationSummary } from '../medications.js';
import type { ObservationSet } from '../observations.js';
import type { Triage } from '../triage.js';
import type { Workup } from '../workup.js';
import { compiledPlanKb, type CompiledTreatment } from './compiled.js';
import { buildPlanContext, type PlanContext } from './context.js';
import { PATHWAYS, sharedAnalysis, type SharedAnalysis } from './pathways.js';
import { ruleFires, type CompiledRule } from './rules.js';
import { insertionSort } from '../sort.js';
import type { Draft, PlanItem, PriorCourse } from './types.js';

export type { PlanItem, PlanCriterion, PriorCourse } from './types.js';
export { treatmentEvidence } from './compiled.js';

export interface PlanSummary {
  /** Why elective advice is held back, when a red flag is active. */
  suppression: string | null;
  goals: Goal[];
  preferences: Preference[];
  /** Outcome escalations the plan acted on. */
  escalations: { treatment: string; reviewDue: string; reason: string }[];
  psychosocial: string[];
  thomsonFactors: { present: string[]; notAsked: string[] };
  /** The confirmed concordant correctable lesion, if any. */
  confirmedLesion: string | null;
}

export interface PlanResult {
  items: PlanItem[];
  summary: PlanSummary;
  /** Internal: facts the safety checks reuse (not part of the JSON output). */
  context: PlanContext;
  shared: SharedAnalysis;
}

export interface PlanInput {
  c: Case;
  ctx: ClinicalContext;
  obs: ObservationSet;
  triage: Triage;
  classification: Classification;
  differential: Differential;
  workup: Workup;
  meds: MedicationSummary;
  escalations: readonly Escalation[];
  currentPain?: Parameters<typeof buildPlanContext>[8];
}

const ACTIVE = (r: PlanItem['recommendation']) => r === 'recommended' || r === 'consider';
/** A shared empty array (frozen). */
const EMPTY = Object.freeze([]) as unknown as never[];

function anyRuleFires(pc: PlanContext, rules: readonly CompiledRule[]): boolean {
  for (let k = 0; k < rules.length; k++) if (ruleFires(rules[k]!, pc)) return true;
  return false;
}

/** Drafts as the assembler reads them (pathways build every draft from one blank, so they share one shape). */
type NormalDraft = Draft;
const normal = (d: Draft): NormalDraft => d;

function assemble(pc: PlanContext, ct: CompiledTreatment, raw: Draft, suppressed: string | null): PlanItem {
  const t = ct.t;
  const d = normal(raw);
  // A case-independent "not indicated" item, with no rule, history, goal or red flag touching it: reuse the cached
  // (frozen) item.
  if (
    d.staticKey !== undefined &&
    suppressed === null &&
    !pc.c.goals.length &&
    !pc.c.preferences.length &&
    !pc.priorCourses.has(t.id) &&
    !pc.escalations.has(t.id) &&
    !anyRuleFires(pc, ct.contraRules) &&
    !anyRuleFires(pc, ct.cautionRules)
  ) {
    let slot = ct.staticItems.get(d);
    if (!slot) ct.staticItems.set(d, (slot = [undefined, undefined]));
    const r = pc.ctx.region === 'cervical' ? 1 : 0;
    let item = slot[r] as PlanItem | undefined;
    if (!item) slot[r] = item = Object.freeze(build(pc, ct, d, null));
    return item;
  }
  return build(pc, ct, d, suppressed);
}

function build(pc: PlanContext, ct: CompiledTreatment, d: NormalDraft, suppressed: string | null): PlanItem {
  const t = ct.t;
  let rec = d.recommendation;
  let step = d.step;
  // Pathways build fresh reason arrays, except the shared fixed drafts (copied before anything is added).
  const reasons = d.staticKey !== undefined ? d.reasons.slice() : d.reasons;
  let contraindications: string[] = EMPTY;
  let cautions: string[] = EMPTY;

  for (let k = 0; k < ct.contraRules.length; k++) {
    const rule = ct.contraRules[k]!;
    const why = ruleFires(rule, pc);
    if (why) (contraindications === EMPTY ? (contraindications = []) : contraindications).push(`${rule.description} [${why}]`);
  }
  if (contraindications.length && ACTIVE(rec)) {
    rec = 'contraindicated';
    step = 'later';
    reasons.unshift(`Contraindicated now: ${contraindications.join('; ')}.`);
  }
  for (let k = 0; k < ct.cautionRules.length; k++) {
    const rule = ct.cautionRules[k]!;
    const why = ruleFires(rule, pc);
    if (!why) continue;
    (cautions === EMPTY ? (cautions = []) : cautions).push(`${rule.description} [${why}]`);
    if (rule.effect === 'cap-consider' && rec === 'recommended') rec = 'consider';
    if (rule.effect === 'defer' && ACTIVE(rec)) {
      if (rec === 'recommended') rec = 'consider';
      step = 'later';
    }
  }
  if (d.cap === 'consider' && rec === 'recommended') rec = 'consider';

  const priorCourses = pc.priorCourses.get(t.id) ?? EMPTY;
  const escalations = pc.escalations.get(t.id) ?? EMPTY;
  let notImproving = escalations.length > 0;
  for (const x of priorCourses) if (x.notImproving) notImproving = true;
  for (const x of priorCourses) {
    if (x.notImproving) reasons.push(`Tried from ${x.start} (${x.status}): ${x.response}: not improving.`);
    else if (x.status === 'ongoing') reasons.push(`Under way since ${x.start}: ${x.response}.`);
    else reasons.push(`Tried from ${x.start} (${x.status}): ${x.response}.`);
  }
  for (const e of escalations) {
    reasons.push(`Outcome tracking: ${e.reason} (${e.measure}: ${e.baseline ?? '?'} to ${e.latest ?? '?'}; rule: ${e.threshold}; review was due ${e.reviewDue}).`);
  }
  if (notImproving && ACTIVE(rec)) {
    if (t.interventional && t.id !== 'diagnostic-blocks') {
      rec = 'not-recommended';
      step = 'later';
      reasons.push('It did not help when tried: not repeated; move to the next step.');
    } else {
      reasons.push('Not improving by its review: check adherence and intensity, and move to the next step now.');
    }
  }

  const active = ACTIVE(rec);
  const c = pc.c;
  let goals: PlanItem['goals'];
  if (c.goals.length || c.preferences.length) {
    const supports = t.fit.goals.filter((g) => c.goals.includes(g));
    const conflicts = t.fit.conflicts.filter((p) => c.preferences.includes(p));
    if (supports.length || conflicts.length) goals = { supports, conflicts };
  }
  const procedures = d.procedures ?? ct.procedures[pc.ctx.region];
  return item(
    t.id,
    t.code,
    t.name,
    rec,
    active && suppressed === null ? step : 'later',
    reasons,
    d.citations ? [...new Set([...ct.citations, ...d.citations])].sort() : ct.citations,
    active && ct.review ? ct.review : undefined,
    d.missing?.length ? d.missing : undefined,
    d.criteria?.length ? d.criteria : undefined,
    contraindications.length ? contraindications : undefined,
    cautions.length ? cautions : undefined,
    priorCourses.length ? (priorCourses as PriorCourse[]) : undefined,
    notImproving ? true : undefined,
    suppressed ?? undefined,
    goals,
    procedures.length ? procedures : undefined,
  );
}

const pathwayCache = new Map<CompiledTreatment, (typeof PATHWAYS)[string]>();
function pathwayOf(ct: CompiledTreatment): (typeof PATHWAYS)[string] {
  let f = pathwayCache.get(ct);
  if (!f) {
    f = PATHWAYS[ct.t.id];
    if (!f) throw new Error(`no plan rule for treatment ${ct.t.id}`);
    pathwayCache.set(ct, f);
  }
  return f;
}

/**
 * Every plan item is built here, with every field in the same order (absent ones undefined, which JSON leaves out):
 * one object shape keeps the loops over items monomorphic (bench/engine).
 */
function item(
  treatment: string,
  code: string,
  name: string,
  recommendation: PlanItem['recommendation'],
  step: PlanItem['step'],
  reasons: string[],
  citations: string[],
  review?: string,
  missing?: string[],
  criteria?: PlanItem['criteria'],
  contraindications?: string[],
  cautions?: string[],
  priorCourses?: PriorCourse[],
  notImproving?: true,
  suppressed?: string,
  goals?: PlanItem['goals'],
  procedures?: string[],
): PlanItem {
  return { treatment, code, name, recommendation, step, reasons, citations, review, missing, criteria, contraindications, cautions, priorCourses, notImproving, suppressed, goals, procedures };
}

const goalScore = (i: PlanItem) => (i.goals ? i.goals.supports.length - 2 * i.goals.conflicts.length : 0);

/**
 * Order: step, then recommendation, then fit with the patient's goals (more goals served, fewer preferences crossed),
 * then code. Buckets rather than a comparator sort: 12 passes over 30 items, no allocation per comparison.
 */
function bucketOf(i: PlanItem): number {
  const s = i.step === 'now' ? 0 : i.step === 'next' ? 4 : 8;
  const r = i.recommendation;
  return s + (r === 'recommended' ? 0 : r === 'consider' ? 1 : r === 'not-recommended' ? 2 : 3);
}

function order(items: PlanItem[], t15: readonly PlanItem[], byGoals: boolean): PlanItem[] {
  // Counting sort on 12 buckets (stable): one pass to count, one to place.
  const n = items.length;
  const bucket = new Array<number>(n);
  const count = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let k = 0; k < n; k++) count[(bucket[k] = bucketOf(items[k]!)) + 1]!++;
  count[11]! += t15.length; // the NG59 entries close bucket 10 (later, not-recommended)
  for (let b = 1; b <= 12; b++) count[b]! += count[b - 1]!;
  const out = new Array<PlanItem>(n + t15.length);
  const next = count.slice(0, 12);
  for (let k = 0; k < n; k++) out[next[bucket[k]!]!++] = items[k]!;
  for (const i of t15) out[next[10]!++] = i;
  if (byGoals) {
    for (let b = 0; b < 12; b++) {
      if (count[b + 1]! - count[b]! < 2) continue;
      const slice = out.slice(count[b], count[b + 1]);
      insertionSort(slice, (a, c) => goalScore(a) > goalScore(c));
      for (let k = 0; k < slice.length; k++) out[count[b]! + k] = slice[k]!;
    }
  }
  return out;
}

let staticDoNotOffer: PlanItem[] | undefined;

/** The NG59 entries; the common form (patient takes none of the drugs, no course recorded) is built once and frozen. */
function doNotOfferItems(pc: PlanContext): PlanItem[] {
  if (pc.ctx.region !== 'lumbar') return EMPTY;
  const kb = compiledPlanKb();
  const meds = pc.meds.medications;
  staticDoNotOffer ??= kb.doNotOffer.map((x) => Object.freeze(doNotOfferItem(x, EMPTY, EMPTY)));
  if (!meds.length && !pc.c.treatments.length) return staticDoNotOffer;
  return kb.doNotOffer.map((x, i) => {
    const taking = meds.length ? meds.filter((m) => m.drug && (x.drugs.has(m.drug) || m.classes.some((k) => x.drugClasses.has(k)))) : EMPTY;
    const prior = pc.priorCourses.get(x.d.id) ?? EMPTY;
    return taking.length || prior.length ? doNotOfferItem(x, taking, prior) : staticDoNotOffer![i]!;
  });
}

function doNotOfferItem(
  { d, baseReason, citations }: ReturnType<typeof compiledPlanKb>['doNotOffer'][number],
  taking: readonly { drugName: string | null }[],
  priorCourses: readonly PriorCourse[],
): PlanItem {
  const reasons = [baseReason];
  if (taking.length) {
    reasons.push(`Currently taking ${taking.map((m) => m.drugName).join(', ')}: explain the risks of continuing; if stopping is agreed, discuss withdrawal (NG59).`);
    if (d.drugClasses.includes('opioid')) reasons.push('CDC 2022 (United States) does not rule opioids out but prefers nonopioid care and advises gradual tapering when benefit does not outweigh risk: see the safety section.');
  }
  return item(d.id, d.code, d.name, 'not-recommended', 'later', reasons, citations, undefined, undefined, undefined, undefined, undefined, priorCourses.length ? (priorCourses as PriorCourse[]) : undefined);
}

export function plan(input: PlanInput): PlanResult {
  const kb = compiledPlanKb();
  const pc = buildPlanContext(input.c, input.ctx, input.obs, input.triage, input.classification, input.differential, input.meds, input.escalations, input.currentPain);
  const workupTests = new Map(input.workup.items.map((w, i) => [w.test, i] as const));
  const shared = sharedAnalysis(pc, kb.byId.get('revision-surgery')!, workupTests);
  // Red flags override everything: an emergency suppresses all elective advice, an urgent flag the elective
  // interventions until the urgent review has happened.
  const active = input.triage.redFlags.filter((f) => !f.review);
  let suppression: string | null = null;
  let urgentNote: string | null = null;
  if (input.triage.urgency === 'emergency') {
    const ids = active.filter((f) => f.urgency === 'emergency').map((f) => f.code).join(', ');
    suppression = `Emergency red flag (${ids}): all elective advice is suppressed until the emergency has been dealt with; follow the red-flag actions.`;
  } else if (input.triage.urgency === 'urgent') {
    const ids = active.filter((f) => f.urgency === 'urgent').map((f) => f.code).join(', ');
    suppression = `Urgent red flag (${ids}): elective interventions (injections, blocks, implants, elective surgery) wait until the urgent review has happened.`;
    urgentNote = `Urgent red flag (${ids}): confirm with the urgent review before starting.`;
  }
  const emergency = input.triage.urgency === 'emergency';

  const items: PlanItem[] = new Array(kb.treatments.length);
  for (let k = 0; k < kb.treatments.length; k++) {
    const ct = kb.treatments[k]!;
    const suppressedHere = suppression !== null && (emergency || ct.t.interventional) ? suppression : null;
    items[k] = assemble(pc, ct, pathwayOf(ct)(pc, ct, shared), suppressedHere);
  }

  // Stepped care: a step that has not improved brings the next step forward (active items are never shared: only
  // not-recommended drafts are cached, so they can be updated in place).
  let failing: string[] | undefined;
  for (const i of items) if (i.notImproving) (failing ??= []).push(i.name.toLowerCase());
  if (failing) {
    const why = failing.join(', ');
    for (const i of items) {
      if (i.step === 'next' && !i.suppressed && ACTIVE(i.recommendation)) {
        i.step = 'now';
        i.reasons.push(`Moved to now: ${why} has not improved by its review.`);
      }
    }
  }
  if (urgentNote) for (const i of items) if (!i.suppressed && ACTIVE(i.recommendation)) i.reasons.push(urgentNote);

  const c = input.c;
  const ordered = order(items, doNotOfferItems(pc), c.goals.length > 0 || c.preferences.length > 0);

  return {
    items: ordered,
    summary: {
      suppression,
      goals: c.goals,
      preferences: c.preferences,
      escalations: input.escalations.map((e) => ({ treatment: e.treatment, reviewDue: e.reviewDue, reason: e.reason })),
      psychosocial: pc.psychosocial,
      thomsonFactors: { present: pc.thomsonPresent.map((f) => f.label), notAsked: pc.thomsonUnasked },
      confirmedLesion: shared.confirmedLesion ? `${shared.confirmedLesion.causeName}: ${shared.confirmedLesion.evidence.join('; ')}` : null,
    },
    context: pc,
    shared,
  };
}
