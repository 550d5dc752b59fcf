/**
 * Work-up: the tests that best separate the leading causes (docs/workup-method.md).
 *
 * For a candidate test T and the leading causes L (posterior >= 0.05, at most five), with w(c) the uncertainty
 * weight of a cause: the largest u(p) = 4p(1-p) over its uncertainty range (1 when the range spans 50%):
 *   reach(T, c)   = the largest |ln LR| any result of T has for cause c (how far one result can move c)
 *   sep(T, c, d)  = the largest |ln LR(v, c) - ln LR(v, d)| over the results v of T (findings-matrix.md §5.1)
 *   score(T)      = sum_c w(c) reach(T, c) + 1/2 sum_{c<d} min(w(c), w(d)) sep(T, c, d)
 * Tests within 15% of the best remaining score are near-equals and are ordered least invasive, then cheapest
 * first. Tests done and still valid are not proposed again. A red flag puts its own tests first.
 */
import { INVASIVENESS, type Urgency } from '../knowledge/schema.js';
import type { KbTest } from '../knowledge/index.js';
import type { CompiledKb, CompiledRow } from './compiled-kb.js';
import type { ClinicalContext } from './context.js';
import type { CauseScore, Differential } from './differential.js';
import type { ObservationSet } from './observations.js';
import { URGENCY_RANK, type Triage } from './triage.js';

export const WORKUP_PARAMETERS = {
  leadingMinProbability: 0.05,
  leadingMax: 5,
  nearEqualFraction: 0.15,
  minScore: 0.15,
  maxItems: 6,
} as const;

export interface CauseEffect {
  cause: string;
  finding: string;
  /** LR of the result (present value, or absent value where `whenAbsent`). */
  likelihoodRatio: number;
  whenAbsent: boolean;
  basisKind: string;
}

export interface WorkupItem {
  test: string;
  code: string;
  name: string;
  priority: Urgency;
  rationale: string;
  confirms: CauseEffect[];
  excludes: CauseEffect[];
  separates: { causes: [string, string]; finding: string; likelihoodRatios: [number, number] }[];
  invasiveness: string;
  costTier: number;
  score: number;
  /** Set for red-flag tests: which flag put it here. */
  redFlag?: string;
}

export interface SuppressedTest {
  test: string;
  reason: string;
}

export interface Workup {
  items: WorkupItem[];
  leadingCauses: string[];
  alreadyDone: { test: string; date: string; validUntil: string }[];
  suppressed: SuppressedTest[];
  method: string;
}

const u = (p: number) => 4 * p * (1 - p);
/**
 * Uncertainty weight of a cause over its uncertainty range: the largest u(p) for p in [low, high]. A cause whose
 * estimate could lie on either side of 50% still needs settling even when its point estimate is high.
 */
export const uncertaintyWeight = (c: Pick<CauseScore, 'probability' | 'range'>) =>
  c.range.low <= 0.5 && c.range.high >= 0.5 ? 1 : Math.max(u(c.range.low), u(c.range.high), u(c.probability));
const round = (x: number) => Math.round(x * 1000) / 1000;

interface RowEffect {
  finding: string;
  lnPresent: number;
  lnAbsent: number | undefined;
  present: number;
  absent: number | undefined;
  basisKind: string;
}

/** The rows of a cause that concern the results of a test, with regional equivalents resolved. */
function rowsForTest(rows: CompiledRow[], results: Set<string>, kb: CompiledKb, ctx: ClinicalContext, months: number): RowEffect[] {
  const out: RowEffect[] = [];
  for (const r of rows) {
    let id = r.row.finding;
    const eq = kb.findingById.get(id)?.regionalEquivalent?.cervical;
    if (ctx.region === 'cervical' && eq) id = eq;
    if (!results.has(id)) continue;
    const early = r.row.early && months < r.row.early.beforeMonths;
    out.push({
      finding: id,
      lnPresent: early ? r.lnEarly! : r.lnPresent,
      lnAbsent: r.lnAbsent,
      present: early ? r.row.early!.present : r.row.present,
      absent: r.row.absent,
      basisKind: r.row.basis.kind,
    });
  }
  return out;
}

function scoreTest(test: KbTest, leading: CauseScore[], kb: CompiledKb, ctx: ClinicalContext) {
  const top = leading[0]?.probability ?? 1;
  const w = (c: CauseScore) => uncertaintyWeight(c) * (c.probability / top);
  const results = new Set(test.resultFindings);
  const perCause = leading.map((c) => ({
    cause: c,
    rows: rowsForTest(kb.causeById.get(c.id)!.rows, results, kb, ctx, ctx.monthsSinceSurgery),
  }));
  let score = 0;
  const confirms: CauseEffect[] = [];
  const excludes: CauseEffect[] = [];
  for (const { cause, rows } of perCause) {
    let reach = 0;
    let bestUp: RowEffect | undefined;
    let bestDown: { r: RowEffect; whenAbsent: boolean } | undefined;
    for (const r of rows) {
      reach = Math.max(reach, Math.abs(r.lnPresent), Math.abs(r.lnAbsent ?? 0));
      if (r.lnPresent > 0 && (!bestUp || r.lnPresent > bestUp.lnPresent)) bestUp = r;
      if (r.lnPresent < 0 && (!bestDown || r.lnPresent < (bestDown.whenAbsent ? bestDown.r.lnAbsent! : bestDown.r.lnPresent))) bestDown = { r, whenAbsent: false };
      if (r.lnAbsent !== undefined && r.lnAbsent < 0 && (!bestDown || r.lnAbsent < (bestDown.whenAbsent ? bestDown.r.lnAbsent! : bestDown.r.lnPresent))) bestDown = { r, whenAbsent: true };
    }
    score += w(cause) * reach;
    if (bestUp && bestUp.present >= 2) {
      confirms.push({ cause: cause.id, finding: bestUp.finding, likelihoodRatio: bestUp.present, whenAbsent: false, basisKind: bestUp.basisKind });
    }
    if (bestDown) {
      const lrv = bestDown.whenAbsent ? bestDown.r.absent! : bestDown.r.present;
      if (lrv <= 0.5) excludes.push({ cause: cause.id, finding: bestDown.r.finding, likelihoodRatio: lrv, whenAbsent: bestDown.whenAbsent, basisKind: bestDown.r.basisKind });
    }
  }
  const separates: WorkupItem['separates'] = [];
  for (let i = 0; i < perCause.length; i++) {
    for (let j = i + 1; j < perCause.length; j++) {
      const a = perCause[i]!;
      const b = perCause[j]!;
      let best = 0;
      let bestFinding = '';
      let pair: [number, number] = [1, 1];
      for (const f of test.resultFindings) {
        const ra = a.rows.find((r) => r.finding === f);
        const rb = b.rows.find((r) => r.finding === f);
        const d = Math.abs((ra?.lnPresent ?? 0) - (rb?.lnPresent ?? 0));
        if (d > best) {
          best = d;
          bestFinding = f;
          pair = [ra?.present ?? 1, rb?.present ?? 1];
        }
      }
      if (best > 0) {
        score += 0.5 * Math.min(w(a.cause), w(b.cause)) * best;
        if (best >= Math.log(4)) separates.push({ causes: [a.cause.id, b.cause.id], finding: bestFinding, likelihoodRatios: pair });
      }
    }
  }
  return { score, confirms, excludes, separates };
}

function rationaleOf(test: KbTest, confirms: CauseEffect[], excludes: CauseEffect[], separates: WorkupItem['separates'], names: Map<string, string>): string {
  const parts: string[] = [];
  if (confirms.length) parts.push(`would support ${confirms.map((e) => `${names.get(e.cause)} (${e.finding}: LR ${e.likelihoodRatio})`).join('; ')}`);
  if (excludes.length) parts.push(`would argue against ${excludes.map((e) => `${names.get(e.cause)} (${e.finding}${e.whenAbsent ? ' absent' : ''}: LR ${e.likelihoodRatio})`).join('; ')}`);
  if (separates.length) parts.push(`separates ${separates.map((s) => `${names.get(s.causes[0])} from ${names.get(s.causes[1])} (${s.finding}: LR ${s.likelihoodRatios[0]} vs ${s.likelihoodRatios[1]})`).join('; ')}`);
  return `${test.name}: ${parts.join('; ') || 'informative for the leading causes'}.`;
}

export function workup(ctx: ClinicalContext, obs: ObservationSet, diff: Differential, tri: Triage, kb: CompiledKb, assessmentDate: string): Workup {
  const leading = diff.causes.filter((c) => c.probability >= WORKUP_PARAMETERS.leadingMinProbability).slice(0, WORKUP_PARAMETERS.leadingMax);
  const names = new Map(diff.causes.map((c) => [c.id, c.name]));
  const alreadyDone = [...obs.doneTests.values()].sort((a, b) => (a.test < b.test ? -1 : 1));
  const items: WorkupItem[] = [];
  const suppressed: SuppressedTest[] = [];
  const proposed = new Set<string>();

  // Red-flag tests first, most urgent flag first; a test done after the flag's findings is not repeated.
  for (const flag of tri.redFlags) {
    if (flag.review) continue;
    const triggerDates = flag.firedBy.flatMap((t) => t.findings).flatMap((f) => (obs.byFinding.get(f) ?? []).map((o) => o.date ?? assessmentDate));
    const since = triggerDates.reduce((a, b) => (b > a ? b : a), '');
    for (const t of flag.tests) {
      if (proposed.has(t)) continue;
      const done = obs.doneTests.get(t);
      if (done && done.date >= since) continue;
      const test = kb.testById.get(t);
      if (!test) continue;
      proposed.add(t);
      items.push({
        test: t,
        code: test.code,
        name: test.name,
        priority: flag.urgency,
        rationale: `Red flag ${flag.code} ${flag.name} (${flag.urgency}): ${flag.timeFrame}. ${test.name} comes first${done ? `; the result of ${done.date} predates the red-flag findings` : ''}.`,
        confirms: [],
        excludes: [],
        separates: [],
        invasiveness: test.invasiveness,
        costTier: test.costTier,
        score: 0,
        redFlag: flag.id,
      });
    }
  }

  const scored = kb.kb.tests
    .filter((t) => !proposed.has(t.id) && !obs.doneTests.has(t.id))
    .map((t) => ({ test: t, ...scoreTest(t, leading, kb, ctx) }))
    .filter((s) => s.score >= WORKUP_PARAMETERS.minScore)
    .sort((a, b) => b.score - a.score || (a.test.code < b.test.code ? -1 : 1));

  // Near-equals: within 15% of the best remaining score, least invasive then cheapest first.
  const ordered: typeof scored = [];
  let i = 0;
  while (i < scored.length) {
    const leader = scored[i]!.score;
    let j = i;
    while (j < scored.length && scored[j]!.score >= leader * (1 - WORKUP_PARAMETERS.nearEqualFraction)) j++;
    const bucket = scored.slice(i, j).sort(
      (a, b) =>
        INVASIVENESS.indexOf(a.test.invasiveness) - INVASIVENESS.indexOf(b.test.invasiveness) ||
        a.test.costTier - b.test.costTier ||
        b.score - a.score ||
        (a.test.code < b.test.code ? -1 : 1),
    );
    ordered.push(...bucket);
    i = j;
  }

  const urgency = tri.urgency;
  for (const s of ordered) {
    if (urgency === 'emergency') {
      suppressed.push({ test: s.test.id, reason: 'emergency: elective work-up waits until the emergency has been dealt with' });
      continue;
    }
    if (urgency === 'urgent' && (s.test.invasiveness === 'needle-procedure' || s.test.invasiveness === 'invasive')) {
      suppressed.push({ test: s.test.id, reason: 'urgent red flag: elective interventional tests wait until the urgent review has happened' });
      continue;
    }
    if (items.filter((x) => !x.redFlag).length >= WORKUP_PARAMETERS.maxItems) break;
    items.push({
      test: s.test.id,
      code: s.test.code,
      name: s.test.name,
      priority: 'routine',
      rationale: rationaleOf(s.test, s.confirms, s.excludes, s.separates, names),
      confirms: s.confirms,
      excludes: s.excludes,
      separates: s.separates,
      invasiveness: s.test.invasiveness,
      costTier: s.test.costTier,
      score: round(s.score),
    });
  }
  items.sort((a, b) => URGENCY_RANK[b.priority] - URGENCY_RANK[a.priority]);
  return {
    items,
    leadingCauses: leading.map((c) => c.id),
    alreadyDone,
    suppressed,
    method:
      'score = sum over leading causes of u(p)·reach + 1/2 sum over pairs of min(u)·separation, u(p) = 4p(1-p); near-equals (within 15%) least invasive and cheapest first (docs/workup-method.md)',
  };
}
