/**
 * Differential: each cause scored on its own, because causes coexist (findings-matrix.md §1):
 *   logit(P) = logit(prior[cause, operation, window]) + sum over groups of clamp(sum of ln LR in group, ±cap)
 * with single LRs clamped to [0.05, 20], a finding recorded present contributing ln(LR present), recorded absent
 * ln(LR absent) where one is given, and not recorded contributing nothing. Causes impossible after the operation
 * (prior 0 or an exclusion rule) are excluded, not scored. See docs/differential-method.md.
 */
import type { KbBasis } from '../knowledge/index.js';
import { TIME_WINDOWS } from '../knowledge/schema.js';
import type { CompiledCause, CompiledKb } from './compiled-kb.js';
import type { ClinicalContext } from './context.js';
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

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

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
  const groupRaw = new Map<string, number>();
  const groupLow = new Map<string, number>();
  const groupHigh = new Map<string, number>();

  for (const r of cc.rows) {
    const kbFinding = kb.findingById.get(r.row.finding);
    let id = r.row.finding;
    let via: string | undefined;
    const eq = kbFinding?.regionalEquivalent?.cervical;
    if (ctx.region === 'cervical' && eq) {
      via = id;
      id = eq;
    }
    const observations = obs.byFinding.get(id);
    if (!observations) continue;
    const regions = (via ? kb.findingById.get(id) : kbFinding)?.regions;
    if (regions && !regions.includes(ctx.region)) {
      notScored.push({ finding: id, reason: 'other-region', detail: `scored only after ${regions.join(' or ')} surgery` });
      continue;
    }
    const overriding = r.row.overriddenBy?.find((o) => obs.present.has(o));
    if (overriding) {
      notScored.push({ finding: id, reason: 'overridden', detail: `${overriding} is present and scored instead` });
      continue;
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
    const uncertain = early || r.uncertain;
    groupRaw.set(r.group, (groupRaw.get(r.group) ?? 0) + ln);
    groupLow.set(r.group, (groupLow.get(r.group) ?? 0) + (uncertain ? Math.min(ln * (1 - UNCERTAINTY.lnLrScale), ln * (1 + UNCERTAINTY.lnLrScale)) : ln));
    groupHigh.set(r.group, (groupHigh.get(r.group) ?? 0) + (uncertain ? Math.max(ln * (1 - UNCERTAINTY.lnLrScale), ln * (1 + UNCERTAINTY.lnLrScale)) : ln));
    evidence.push({
      finding: id,
      status: o.status,
      origin: o.origin,
      ...(o.level ? { level: o.level } : {}),
      ...(o.side ? { side: o.side } : {}),
      likelihoodRatio: lrValue,
      logLr: round(ln),
      clamped,
      group: r.group,
      direction: ln >= 0 ? 'raises' : 'lowers',
      basis,
      ...(via ? { viaEquivalentOf: via } : {}),
      ...(early ? { earlyValue: true } : {}),
    });
  }

  let total = 0;
  let low = 0;
  let high = 0;
  const groups: GroupSummary[] = [];
  for (const [g, raw] of groupRaw) {
    const cap = cc.caps.get(g) ?? Math.log(10);
    const applied = Math.max(-cap, Math.min(cap, raw));
    total += applied;
    low += Math.max(-cap, Math.min(cap, groupLow.get(g)!));
    high += Math.max(-cap, Math.min(cap, groupHigh.get(g)!));
    groups.push({ group: g, kind: cc.groupKinds.get(g) ?? 'history-exam', raw: round(raw), cap: round(cap), applied: round(applied), capped: applied !== raw });
  }
  const priorUncertain = priorRow.basis.kind !== 'published';
  const spread = priorUncertain ? Math.log(UNCERTAINTY.priorOddsFactor) : 0;
  const posterior = sigmoid(priorLogit + total);
  evidence.sort((a, b) => Math.abs(b.logLr) - Math.abs(a.logLr) || (a.finding < b.finding ? -1 : 1));
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
  causes.sort((a, b) => b.probability - a.probability || (a.code < b.code ? -1 : 1));
  return { causes, excluded };
}
