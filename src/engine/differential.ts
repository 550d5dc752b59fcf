/**
 * Differential: each cause scored on its own, because causes coexist (findings-matrix.md §1):
 *   logit(P) = logit(prior[cause, operation, window]) + sum over groups of clamp(sum of ln LR in group, ±cap)
 * with single LRs clamped to [0.05, 20], a finding recorded present contributing ln(LR present), recorded absent
 * ln(LR absent) where one is given, and not recorded contributing nothing. Causes impossible after the operation
 * (prior 0 or an exclusion rule) are excluded, not scored. See docs/differential-method.md.
 */
import type { KbBasis } from '../knowledge/index.js';
import { TIME_WINDOWS } from '../knowledge/schema.js';
import { regionIndex, type CompiledCause, type CompiledKb } from './compiled-kb.js';
import type { ClinicalContext } from './context.js';
import { insertionSort } from './sort.js';
import type { Observation, ObservationSet } from './observations.js';

export const BANDS = [
  { band: 'likely', min: 0.5 },
  { band: 'possible', min: 0.2 },
  { band: 'less-likely', min: 0.08 },
  { band: 'unlikely', min: 0.02 },
  { band: 'very-unlikely', min: 0 },
] as const;
export type Band = (typeof BANDS)[number]['band'];

export function bandOf(p: number): Band {
  for (const b of BANDS) if (p >= b.min) return b.band;
  return 'very-unlikely';
}

/** Spread applied to expert-estimate numbers for the uncertainty range (tool logic, docs/differential-method.md). */
export const UNCERTAINTY = { priorOddsFactor: 2, lnLrScale: 0.5 } as const;

export interface EvidenceItem {
  finding: string;
  status: 'present' | 'absent';
  /** Where the value came from: a recorded finding, a test result, or derived data. */
  origin: Observation['origin'];
  level?: string;
  side?: string;
  /** The likelihood ratio from the knowledge base, before clamping. */
  likelihoodRatio: number;
  /** Natural-log contribution after clamping (before the group cap). */
  logLr: number;
  clamped: boolean;
  group: string;
  direction: 'raises' | 'lowers';
  basis: KbBasis;
  /** The finding id in the knowledge base row when a regional equivalent was used. */
  viaEquivalentOf?: string;
  earlyValue?: boolean;
}

export interface GroupSummary {
  group: string;
  kind: string;
  /** Sum of the item log-LRs. */
  raw: number;
  cap: number;
  /** What the group adds after the cap. */
  applied: number;
  capped: boolean;
}

export interface NotScored {
  finding: string;
  reason: 'overridden' | 'other-region';
  detail: string;
}

export interface CauseScore {
  id: string;
  code: string;
  name: string;
  probability: number;
  band: Band;
  /** Posterior when every expert-estimate number is varied (prior odds x/÷2, expert log-LRs x0.5..x1.5). */
  range: { low: number; high: number };
  prior: { probability: number; operation: string; window: string; basis: KbBasis };
  logOdds: { prior: number; evidence: number; posterior: number };
  evidence: EvidenceItem[];
  groups: GroupSummary[];
  notScored: NotScored[];
  redFlags: string[];
  correctableLesion: boolean;
}

export interface ExcludedCause {
  id: string;
  code: string;
  name: string;
  reason: string;
}

export interface Differential {
  causes: CauseScore[];
  excluded: ExcludedCause[];
}

/** Reused per-group accumulators (the engine is synchronous, so one set suffices). */
const MAX_GROUPS = 64;
const scratch = { raw: new Array<number>(MAX_GROUPS).fill(0), low: new Array<number>(MAX_GROUPS).fill(0), high: new Array<number>(MAX_GROUPS).fill(0), used: new Array<number>(MAX_GROUPS).fill(0) };

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round = (x: number) => Math.round(x * 1e4) / 1e4;

function exclusionReason(cc: CompiledCause, ctx: ClinicalContext, obs: ObservationSet): string | undefined {
  const r = cc.cause.requires;
  if (r.implant && !ctx.hasImplant) return 'no implant in the operated region (findings-matrix.md §1 item 7)';
  if (r.fusion && !ctx.hasFusion) return 'no fusion in the operated region (findings-matrix.md §1 item 7)';
  if (r.notInRegions?.includes(ctx.region)) {
    const graft = obs.present.has('iliac-crest-graft-harvest');
    if (!(r.unlessIliacCrestGraft && graft)) {
      return `not a pain source after ${ctx.region} surgery${r.unlessIliacCrestGraft ? ' without an iliac-crest graft' : ''} (findings-matrix.md §1 item 7)`;
    }
  }
  const prior = cc.cause.priors[ctx.operationClass].values[TIME_WINDOWS.indexOf(ctx.window)]!;
  if (prior <= 0) return `prior 0 after ${ctx.operationClass} in the ${ctx.window} window (findings-matrix.md §2): impossible, not scored`;
  return undefined;
}

export function scoreCause(cc: CompiledCause, ctx: ClinicalContext, obs: ObservationSet, kb: CompiledKb): CauseScore {
  const c = cc.cause;
  const priorRow = c.priors[ctx.operationClass];
  let priorP = priorRow.values[TIME_WINDOWS.indexOf(ctx.window)]!;
  // A cervical C20 row applies only with an iliac-crest graft; guard against a 1.0 prior (logit infinite).
  priorP = Math.min(priorP, 0.99);
  const priorLogit = logit(priorP);

  const evidence: EvidenceItem[] = [];
  const notScored: NotScored[] = [];
  const nGroups = cc.groupIds.length;
  const groupRaw = scratch.raw;
  const groupLow = scratch.low;
  const groupHigh = scratch.high;
  const groupUsed = scratch.used;
  for (let g = 0; g < nGroups; g++) {
    groupRaw[g] = 0;
    groupLow[g] = 0;
    groupHigh[g] = 0;
    groupUsed[g] = 0;
  }
  const region = ctx.region;
  const ri = regionIndex(region);

  for (const r of cc.rows) {
    const observations = obs.byIndex[r.findingIndexIn[ri]];
    if (!observations) continue;
    const id = r.findingIn[region];
    if (!r.scoredIn[region]) {
      const regions = kb.findingById.get(id)?.regions ?? [];
      notScored.push({ finding: id, reason: 'other-region', detail: `scored only after ${regions.join(' or ')} surgery` });
      continue;
    }
    const overridden = r.row.overriddenBy;
    if (overridden) {
      const overriding = overridden.find((o) => obs.present.has(o));
      if (overriding) {
        notScored.push({ finding: id, reason: 'overridden', detail: `${overriding} is present and scored instead` });
        continue;
      }
    }
    const o = observations[0]!;
    let ln: number;
    let lrValue: number;
    let clamped: boolean;
    let early = false;
    if (o.status === 'present') {
      if (r.row.early && ctx.monthsSinceSurgery < r.row.early.beforeMonths) {
        ln = r.lnEarly!;
        lrValue = r.row.early.present;
        clamped = false;
        early = true;
      } else {
        ln = r.lnPresent;
        lrValue = r.row.present;
        clamped = r.clampedPresent;
      }
    } else {
      if (r.lnAbsent === undefined) continue;
      ln = r.lnAbsent;
      lrValue = r.row.absent!;
      clamped = r.clampedAbsent;
    }
    const basis = early ? r.row.early!.basis : r.row.basis;
    const g = r.groupIndex;
    groupUsed[g] = 1;
    groupRaw[g] = groupRaw[g]! + ln;
    if (early || r.uncertain) {
      const a = ln * (1 - UNCERTAINTY.lnLrScale);
      const b = ln * (1 + UNCERTAINTY.lnLrScale);
      groupLow[g] = groupLow[g]! + (a < b ? a : b);
      groupHigh[g] = groupHigh[g]! + (a < b ? b : a);
    } else {
      groupLow[g] = groupLow[g]! + ln;
      groupHigh[g] = groupHigh[g]! + ln;
    }
    const item: EvidenceItem = {
      finding: id,
      status: o.status,
      origin: o.origin,
      likelihoodRatio: lrValue,
      logLr: round(ln),
      clamped,
      group: r.group,
      direction: ln >= 0 ? 'raises' : 'lowers',
      basis,
    };
    if (o.level) item.level = o.level;
    if (o.side) item.side = o.side;
    if (id !== r.row.finding) item.viaEquivalentOf = r.row.finding;
    if (early) item.earlyValue = true;
    evidence.push(item);
  }

  let total = 0;
  let low = 0;
  let high = 0;
  const groups: GroupSummary[] = [];
  for (let g = 0; g < nGroups; g++) {
    if (!groupUsed[g]) continue;
    const cap = cc.capList[g]!;
    const raw = groupRaw[g]!;
    const applied = raw > cap ? cap : raw < -cap ? -cap : raw;
    total += applied;
    low += Math.max(-cap, Math.min(cap, groupLow[g]!));
    high += Math.max(-cap, Math.min(cap, groupHigh[g]!));
    groups.push({ group: cc.groupIds[g]!, kind: cc.cause.groups[g]!.kind, raw: round(raw), cap: round(cap), applied: round(applied), capped: applied !== raw });
  }
  const priorUncertain = priorRow.basis.kind !== 'published';
  const spread = priorUncertain ? Math.log(UNCERTAINTY.priorOddsFactor) : 0;
  const posterior = sigmoid(priorLogit + total);
  insertionSort(evidence, (a, b) => {
    const d = Math.abs(a.logLr) - Math.abs(b.logLr);
    return d > 0 || (d === 0 && a.finding < b.finding);
  });
  return {
    id: c.id,
    code: c.code,
    name: c.name,
    probability: round(posterior),
    band: bandOf(posterior),
    range: { low: round(sigmoid(priorLogit - spread + low)), high: round(sigmoid(priorLogit + spread + high)) },
    prior: { probability: priorP, operation: ctx.operationClass, window: ctx.window, basis: priorRow.basis },
    logOdds: { prior: round(priorLogit), evidence: round(total), posterior: round(priorLogit + total) },
    evidence,
    groups,
    notScored,
    redFlags: c.redFlags,
    correctableLesion: c.correctableLesion,
  };
}

export function differential(ctx: ClinicalContext, obs: ObservationSet, kb: CompiledKb): Differential {
  const causes: CauseScore[] = [];
  const excluded: ExcludedCause[] = [];
  for (const cc of kb.causes) {
    const reason = exclusionReason(cc, ctx, obs);
    if (reason) excluded.push({ id: cc.cause.id, code: cc.cause.code, name: cc.cause.name, reason });
    else causes.push(scoreCause(cc, ctx, obs, kb));
  }
  insertionSort(causes, (a, b) => a.probability > b.probability || (a.probability === b.probability && a.code < b.code));
  return { causes, excluded };
}
