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
import { PATHWAYS, regional, sharedAnalysis, type SharedAnalysis } from './pathways.js';
import { ruleFires } from './rules.js';
import { RECOMMENDATION_RANK, STEP_RANK, type Draft, type PlanItem } from './types.js';

export type { PlanItem, PlanCriterion, PriorCourse } from './types.js';

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

function assemble(pc: PlanContext, ct: CompiledTreatment, d: Draft): PlanItem {
  const t = ct.t;
  let rec = d.recommendation;
  let step = d.step;
  const reasons = [...d.reasons];
  const contraindications: string[] = [];
  const cautions: string[] = [];

  for (const rule of t.contraindications) {
    const why = ruleFires(rule, pc);
    if (why) contraindications.push(`${rule.description} [${why}]`);
  }
  if (contraindications.length && ACTIVE(rec)) {
    rec = 'contraindicated';
    step = 'later';
    reasons.unshift(`Contraindicated now: ${contraindications.join('; ')}.`);
  }
  for (const rule of t.cautions) {
    const why = ruleFires(rule, pc);
    if (!why) continue;
    cautions.push(`${rule.description} [${why}]`);
    if (rule.effect === 'cap-consider' && rec === 'recommended') rec = 'consider';
    if (rule.effect === 'defer' && ACTIVE(rec)) {
      if (rec === 'recommended') rec = 'consider';
      step = 'later';
    }
  }
  if (d.cap === 'consider' && rec === 'recommended') rec = 'consider';

  const priorCourses = pc.priorCourses.get(t.id) ?? [];
  const escalations = pc.escalations.get(t.id) ?? [];
  const notImproving = priorCourses.some((x) => x.notImproving) || escalations.length > 0;
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
  const citations = d.citations ? [...new Set([...ct.citations, ...d.citations])].sort() : ct.citations;
  return {
    treatment: t.id,
    code: t.code,
    name: t.name,
    recommendation: rec,
    step: active ? step : 'later',
    review: active ? ct.review : null,
    reasons,
    missing: d.missing ?? [],
    criteria: d.criteria ?? [],
    contraindications,
    cautions,
    priorCourses,
    notImproving,
    suppressed: null,
    goals: {
      supports: t.fit.goals.filter((g) => c.goals.includes(g)),
      conflicts: t.fit.conflicts.filter((p) => c.preferences.includes(p)),
    },
    evidence: active ? ct.evidence : [],
    guidelines: active ? ct.guidelines : [],
    procedures: d.procedures ?? regional(pc, t.procedures),
    citations,
  };
}

function doNotOfferItems(pc: PlanContext): PlanItem[] {
  if (pc.ctx.region !== 'lumbar') return [];
  const kb = compiledPlanKb();
  return kb.doNotOffer.map((d) => {
    const taking = pc.meds.medications.filter((m) => m.drug && (d.drugs.includes(m.drug) || m.classes.some((k) => d.drugClasses.includes(k))));
    const reasons = [`NICE NG59 (England): ${d.statement}`];
    if (taking.length) {
      reasons.push(`Currently taking ${taking.map((m) => m.drugName).join(', ')}: explain the risks of continuing; if stopping is agreed, discuss withdrawal (NG59).`);
      if (d.drugClasses.includes('opioid')) reasons.push('CDC 2022 (United States) does not rule opioids out but prefers nonopioid care and advises gradual tapering when benefit does not outweigh risk: see the safety section.');
    }
    return {
      treatment: d.id,
      code: d.code,
      name: d.name,
      recommendation: 'not-recommended' as const,
      step: 'later' as const,
      review: null,
      reasons,
      missing: [],
      criteria: [],
      contraindications: [],
      cautions: [],
      priorCourses: pc.priorCourses.get(d.id) ?? [],
      notImproving: false,
      suppressed: null,
      goals: { supports: [], conflicts: [] },
      evidence: [],
      guidelines: [],
      procedures: [],
      citations: [...new Set([...d.sources, ...d.basis.refs])].sort(),
    };
  });
}

export function plan(input: PlanInput): PlanResult {
  const kb = compiledPlanKb();
  const pc = buildPlanContext(input.c, input.ctx, input.obs, input.triage, input.classification, input.differential, input.meds, input.escalations, input.currentPain);
  const workupTests = new Map(input.workup.items.map((w, i) => [w.test, i] as const));
  const shared = sharedAnalysis(pc, kb.byId.get('revision-surgery')!, workupTests);
  const items = kb.treatments.map((ct) => assemble(pc, ct, PATHWAYS[ct.t.id]!(pc, ct, shared)));

  // Stepped care: a step that has not improved brings the next step forward.
  const failing = items.filter((i) => i.notImproving);
  if (failing.length) {
    const why = failing.map((i) => i.name.toLowerCase()).join(', ');
    for (const i of items) {
      if (i.step === 'next' && ACTIVE(i.recommendation)) {
        i.step = 'now';
        i.reasons.push(`Moved to now: ${why} has not improved by its review.`);
      }
    }
  }

  // Red flags override everything.
  const active = input.triage.redFlags.filter((f) => !f.review);
  let suppression: string | null = null;
  if (input.triage.urgency === 'emergency') {
    const ids = active.filter((f) => f.urgency === 'emergency').map((f) => f.code).join(', ');
    suppression = `Emergency red flag (${ids}): all elective advice is suppressed until the emergency has been dealt with; follow the red-flag actions.`;
    for (const i of items) {
      i.suppressed = suppression;
      i.step = 'later';
    }
  } else if (input.triage.urgency === 'urgent') {
    const ids = active.filter((f) => f.urgency === 'urgent').map((f) => f.code).join(', ');
    suppression = `Urgent red flag (${ids}): elective interventions (injections, blocks, implants, elective surgery) wait until the urgent review has happened.`;
    for (const i of items) {
      const t = kb.byId.get(i.treatment)!.t;
      if (t.interventional) {
        i.suppressed = suppression;
        i.step = 'later';
      } else if (ACTIVE(i.recommendation)) {
        i.reasons.push(`Urgent red flag (${ids}): confirm with the urgent review before starting.`);
      }
    }
  }

  const c = input.c;
  const all = [...items, ...doNotOfferItems(pc)];
  const score = (i: PlanItem) => i.goals.supports.length - 2 * i.goals.conflicts.length;
  all.sort(
    (a, b) =>
      STEP_RANK[a.step] - STEP_RANK[b.step] ||
      RECOMMENDATION_RANK[a.recommendation] - RECOMMENDATION_RANK[b.recommendation] ||
      score(b) - score(a) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : a.treatment < b.treatment ? -1 : 1),
  );

  return {
    items: all,
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
