/**
 * Facts about the case that the plan rules read, gathered once: cause probabilities, phenotype, psychosocial load and
 * Thomson 2020 factors, pain ratings, prior courses and their response, escalations, medicines, comorbidities, devices,
 * active red flags and the suppression level.
 */
import type { Case } from '../../case/schema.js';
import type { Side } from '../../case/levels.js';
import { knowledgeBase } from '../../knowledge/index.js';
import { psychosocialContributors, type ThomsonFactorId } from '../../knowledge/modifiers.js';
import type { Comorbidity, DeviceKind, Urgency } from '../../knowledge/schema.js';
import type { Classification } from '../classification.js';
import type { ClinicalContext } from '../context.js';
import type { Escalation } from '../contracts.js';
import type { Differential } from '../differential.js';
import type { MedicationSummary } from '../medications.js';
import type { Observation, ObservationSet } from '../observations.js';
import type { Triage } from '../triage.js';
import { planThreshold } from './compiled.js';
import type { PriorCourse } from './types.js';

export interface PlanContext {
  c: Case;
  ctx: ClinicalContext;
  obs: ObservationSet;
  triage: Triage;
  classification: Classification;
  /** Scored causes (excluded causes are absent and read as probability 0). */
  causes: Differential['causes'];
  meds: MedicationSummary;
  comorbidities: Set<Comorbidity>;
  devices: Set<DeviceKind>;
  activeFlags: Set<string>;
  urgency: Urgency;
  /** C18 findings recorded present. */
  psychosocial: string[];
  /** Thomson 2020 factors present (from findings or asked in the SCS assessment), and those nobody has asked about. */
  thomsonPresent: { id: ThomsonFactorId; label: string; because: string }[];
  thomsonUnasked: string[];
  limbNrs: number | undefined;
  axialNrs: number | undefined;
  limbDominant: boolean;
  axialDominant: boolean;
  /** Radicular picture: limb-dominant or dermatomal pain with a root sign. */
  radicular: boolean;
  priorCourses: Map<string, PriorCourse[]>;
  escalations: Map<string, Escalation[]>;
  /** Any conservative course (exercise, medication, psychological) that has run without improving. */
  conservativeFailed: boolean;
  /** The pieces of the case history showing a conservative step has not worked (for reasons). */
  conservativeFailedBecause: string[];
  /**
   * Rule results by rule id for this case (rules with the same id have the same conditions, e.g. suspected-infection).
   * The drug-dependent rule variants share ids only where their conditions are identical.
   */
  ruleCache: (string | null | undefined)[];
}

const PSYCHOSOCIAL_FINDINGS = psychosocialContributors.findings.map((f) => f.finding);
const CONSERVATIVE = ['exercise-therapy', 'medication', 'psychological-therapy'];
const NONE = {};
const EMPTY_SET: ReadonlySet<string> = new Set();

export const has = (pc: PlanContext, id: string): boolean => pc.obs.present.has(id);
/**
 * Posterior of a cause (0 when excluded). A scan of at most 21 entries with interned ids: measured cheaper than
 * building a map or an index per case (bench/engine).
 */
export function prob(pc: PlanContext, cause: string): number {
  const list = pc.causes;
  for (let i = 0; i < list.length; i++) if (list[i]!.id === cause) return list[i]!.probability;
  return 0;
}

/** Present observations of a finding that came from a test result (not recorded by hand, not derived). */
export function testObservations(pc: PlanContext, id: string): Observation[] {
  return (pc.obs.byFinding.get(id) ?? []).filter((o) => o.status === 'present' && o.origin.kind === 'test');
}

const ROOT_SIGNS = ['dermatomal-radiating-pain', 'positive-straight-leg-raise', 'positive-crossed-straight-leg-raise', 'dermatomal-sensory-deficit', 'myotomal-weakness', 'positive-spurling-test', 'positive-upper-limb-tension-test', 'new-dermatome-involved'];
export const SYMPTOM_LEVEL_FINDINGS = ['dermatomal-radiating-pain', 'dermatomal-sensory-deficit', 'myotomal-weakness', 'new-dermatome-involved', 'positive-straight-leg-raise', 'positive-crossed-straight-leg-raise', 'positive-spurling-test', 'positive-upper-limb-tension-test'];
const LIMB_SITES = new Set(['buttock', 'thigh', 'leg-below-knee', 'foot', 'arm', 'hand', 'shoulder']);

/** Levels and sides of the symptoms (root signs with a level; sides also from the limb pain sites). */
export function symptomLocation(pc: PlanContext): { levels: string[]; sides: Side[] } {
  const levels: string[] = [];
  const sides: Side[] = [];
  for (const id of SYMPTOM_LEVEL_FINDINGS) {
    for (const o of pc.obs.byFinding.get(id) ?? []) {
      if (o.status !== 'present') continue;
      if (o.level && !levels.includes(o.level)) levels.push(o.level);
      if (o.side && !sides.includes(o.side)) sides.push(o.side);
    }
  }
  for (const s of pc.c.pain.sites ?? []) if (LIMB_SITES.has(s.site) && s.side && !sides.includes(s.side)) sides.push(s.side);
  return { levels, sides };
}

function courseResponse(t: Case['treatments'][number]): string {
  const parts: string[] = [];
  if (t.response?.reliefPercent !== undefined) parts.push(`${t.response.reliefPercent}% relief`);
  if (t.response?.global) parts.push(t.response.global);
  if (t.stoppedBecause) parts.push(`stopped: ${t.stoppedBecause}`);
  return parts.join(', ') || 'response not recorded';
}

export function buildPlanContext(
  c: Case,
  ctx: ClinicalContext,
  obs: ObservationSet,
  tri: Triage,
  classification: Classification,
  diff: Differential,
  meds: MedicationSummary,
  escalations: readonly Escalation[],
  /** Pain per site from outcome tracking (the case's own rating, else the latest NRS questionnaire). */
  currentPain?: Partial<Record<'back' | 'leg' | 'neck' | 'arm', { value: number } | null>>,
): PlanContext {
  const presentSet = obs.present;
  const present = (id: string) => presentSet.has(id);

  const psychosocial: string[] = [];
  for (const f of PSYCHOSOCIAL_FINDINGS) if (presentSet.has(f)) psychosocial.push(f);
  const thomsonPresent: PlanContext['thomsonPresent'] = [];
  const thomsonUnasked: string[] = [];
  const asked = c.scsAssessment?.psychosocialFactors ?? NONE;
  for (const f of psychosocialContributors.thomsonFactors) {
    const hit = f.findings.length ? f.findings.filter(present) : f.findings;
    // The unwillingness factor counts only with high-dose opioids (modifiers.ts mapping).
    const effective = f.id === 'unwillingness-to-reduce-high-dose-opioids' ? (present('high-dose-opioids') || (meds.totalMme ?? 0) >= knowledgeBase().opioidThresholds.pauseAndReassess.value ? hit : []) : hit;
    const answer = (asked as Record<string, boolean | undefined>)[f.id];
    if (effective.length) thomsonPresent.push({ id: f.id, label: f.label, because: effective.join(', ') });
    else if (answer === true) thomsonPresent.push({ id: f.id, label: f.label, because: 'recorded in the SCS assessment' });
    else if (f.findings.length === 0 && answer === undefined) thomsonUnasked.push(f.label.toLowerCase());
  }

  const cervical = ctx.region === 'cervical';
  const limbNrs = (cervical ? c.pain.arm : c.pain.leg) ?? currentPain?.[cervical ? 'arm' : 'leg']?.value;
  const axialNrs = (cervical ? c.pain.neck : c.pain.back) ?? currentPain?.[cervical ? 'neck' : 'back']?.value;
  const limbDominant = present(cervical ? 'arm-pain-dominant' : 'leg-pain-dominant');
  const axialDominant = present('axial-pain-dominant');
  const rootSign = ROOT_SIGNS.some(present);
  const radicular = rootSign && (limbDominant || !axialDominant);

  const notImprovingRelief = planThreshold('not-improving-relief-percent');
  const priorCourses = new Map<string, PriorCourse[]>();
  c.treatments.forEach((t, i) => {
    const finished = t.status === 'completed' || t.status === 'stopped';
    const r = t.response;
    const notImproving =
      finished &&
      (t.stoppedBecause === 'not-effective' ||
        r?.global === 'no-change' ||
        r?.global === 'worse' ||
        (r?.reliefPercent !== undefined && r.reliefPercent < notImprovingRelief));
    const list = priorCourses.get(t.treatment) ?? [];
    list.push({ index: i, start: t.start, status: t.status, response: courseResponse(t), notImproving });
    priorCourses.set(t.treatment, list);
  });
  const esc = new Map<string, Escalation[]>();
  for (const e of escalations) esc.set(e.treatment, [...(esc.get(e.treatment) ?? []), e]);

  const conservativeFailedBecause: string[] = [];
  if (priorCourses.size || esc.size) for (const id of CONSERVATIVE) {
    for (const pcs of priorCourses.get(id) ?? []) if (pcs.notImproving) conservativeFailedBecause.push(`${id} from ${pcs.start}: ${pcs.response}`);
    for (const e of esc.get(id) ?? []) conservativeFailedBecause.push(`${id}: below its responder rule by ${e.reviewDue} (outcome tracking)`);
  }

  const activeFlags = new Set<string>();
  for (const f of tri.redFlags) if (!f.review) activeFlags.add(f.id);
  return {
    c,
    ctx,
    obs,
    triage: tri,
    classification,
    causes: diff.causes,
    meds,
    comorbidities: c.comorbidities.length ? new Set(c.comorbidities.map((x) => x.id)) : (EMPTY_SET as Set<Comorbidity>),
    devices: c.devices.length ? new Set(c.devices.map((d) => d.kind)) : (EMPTY_SET as Set<DeviceKind>),
    activeFlags,
    urgency: tri.urgency,
    psychosocial,
    thomsonPresent,
    thomsonUnasked,
    limbNrs,
    axialNrs,
    limbDominant,
    axialDominant,
    radicular,
    priorCourses,
    escalations: esc,
    conservativeFailed: conservativeFailedBecause.length > 0 || c.scsAssessment?.conventionalManagementTried === true,
    conservativeFailedBecause,
    ruleCache: [],
  };
}
