/**
 * Work-up: the tests that best separate the leading causes (docs/workup-method.md).
 *
 * For a candidate test T and the leading causes L (posterior >= 0.05, at most five), with w(c) the uncertainty
 * weight of a cause: the largest u(p) = 4p(1-p) over its uncertainty range (1 when the range spans 50%):
 *   reach(T, c)   = the largest |ln LR| any result of T has for cause c (how far one result can move c)
 *   sep(T, c, d)  = the largest |ln LR(v, c) - ln LR(v, d)| over the results v of T (findings-matrix.md §5.1)
 *   score(T)      = sum_c w(c) reach(T, c) + 1/2 sum_{c<d} min(w(c), w(d)) sep(T, c, d)
 * where w(c) is the uncertainty weight times p_c / p_top (the leading causes count in proportion to probability).
 * Tests within 15% of the best remaining score are near-equals and are ordered least invasive, then cheapest
 * first. Tests done and still valid are not proposed again. A red flag puts its own tests first.
 */
import { INVASIVENESS, type Urgency } from '../knowledge/schema.js';
import type { KbTest } from '../knowledge/index.js';
import { regionIndex, type CompiledCause, type CompiledKb, type RowEffect } from './compiled-kb.js';
import type { ClinicalContext } from './context.js';
import type { CauseScore, Differential } from './differential.js';
import type { ObservationSet } from './observations.js';
import { URGENCY_RANK, type Triage } from './triage.js';
import { insertionSort } from './sort.js';

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
  /** The rationale fragment (not part of the JSON output). */
  text?: string;
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
  separates: { causes: [string, string]; names?: [string, string]; finding: string; likelihoodRatios: [number, number] }[];
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

interface LeadingCause {
  cause: CauseScore;
  cc: CompiledCause;
  /** Rows per test index for this region and time. */
  byTest: RowEffect[][];
  /** Uncertainty weight times probability relative to the leading cause. */
  w: number;
}

interface TestDetail {
  score: number;
  confirms: CauseEffect[];
  excludes: CauseEffect[];
  separates: WorkupItem['separates'];
}

const NO_DETAIL: TestDetail = { score: 0, confirms: [], excludes: [], separates: [] };

/** The score of a test; with `detail`, also what it would support, argue against and separate. */
function scoreTest(testIndex: number, leading: LeadingCause[], detail: boolean): TestDetail {
  const n = leading.length;
  const rowsOf = (k: number) => leading[k]!.byTest[testIndex]!;
  let any = false;
  for (let k = 0; k < n && !any; k++) any = rowsOf(k).length > 0;
  if (!any) return NO_DETAIL;
  let score = 0;
  const confirms: CauseEffect[] = [];
  const excludes: CauseEffect[] = [];
  for (let k = 0; k < n; k++) {
    const { cause, w } = leading[k]!;
    const rows = rowsOf(k);
    let reach = 0;
    let bestUp: RowEffect | undefined;
    let down: RowEffect | undefined;
    let downLn = 0;
    let downAbsent = false;
    for (const r of rows) {
      if (r.reach > reach) reach = r.reach;
      if (!detail) continue;
      if (r.lnPresent > 0 && (!bestUp || r.lnPresent > bestUp.lnPresent)) bestUp = r;
      if (r.lnPresent < downLn) {
        down = r;
        downLn = r.lnPresent;
        downAbsent = false;
      }
      if (r.lnAbsent !== undefined && r.lnAbsent < downLn) {
        down = r;
        downLn = r.lnAbsent;
        downAbsent = true;
      }
    }
    score += w * reach;
    if (!detail) continue;
    if (bestUp && bestUp.present >= 2) {
      confirms.push({ cause: cause.id, finding: bestUp.finding, likelihoodRatio: bestUp.present, whenAbsent: false, basisKind: bestUp.basisKind, text: bestUp.text });
    }
    if (down) {
      const lrv = downAbsent ? down.absent! : down.present;
      if (lrv <= 0.5) excludes.push({ cause: cause.id, finding: down.finding, likelihoodRatio: lrv, whenAbsent: downAbsent, basisKind: down.basisKind, text: downAbsent ? down.textAbsent : down.text });
    }
  }
  const separates: WorkupItem['separates'] = [];
  for (let i = 0; i < n; i++) {
    const aRows = rowsOf(i);
    for (let j = i + 1; j < n; j++) {
      const bRows = rowsOf(j);
      if (aRows.length === 0 && bRows.length === 0) continue;
      let best = 0;
      let bestFinding = '';
      let pa = 1;
      let pb = 1;
      // Results either cause has a row for; a missing row is LR 1.
      for (const ra of aRows) {
        let rb: RowEffect | undefined;
        for (const x of bRows) if (x.finding === ra.finding) rb = x;
        const d = Math.abs(ra.lnPresent - (rb ? rb.lnPresent : 0));
        if (d > best) {
          best = d;
          bestFinding = ra.finding;
          pa = ra.present;
          pb = rb ? rb.present : 1;
        }
      }
      for (const rb of bRows) {
        let shared = false;
        for (const x of aRows) if (x.finding === rb.finding) shared = true;
        if (shared) continue;
        const d = Math.abs(rb.lnPresent);
        if (d > best) {
          best = d;
          bestFinding = rb.finding;
          pa = 1;
          pb = rb.present;
        }
      }
      if (best > 0) {
        const a = leading[i]!;
        const b = leading[j]!;
        score += 0.5 * Math.min(a.w, b.w) * best;
        if (detail && best >= LN4) {
          separates.push({ causes: [a.cause.id, b.cause.id], names: [a.cause.name, b.cause.name], finding: bestFinding, likelihoodRatios: [pa, pb] });
        }
      }
    }
  }
  return { score, confirms, excludes, separates };
}

const LN4 = Math.log(4);

function rationaleOf(test: KbTest, confirms: CauseEffect[], excludes: CauseEffect[], separates: WorkupItem['separates']): string {
  let out = `${test.name}: `;
  let any = false;
  if (confirms.length) {
    out += `would support ${confirms.map((e) => e.text).join('; ')}`;
    any = true;
  }
  if (excludes.length) {
    out += `${any ? '; ' : ''}would argue against ${excludes.map((e) => e.text).join('; ')}`;
    any = true;
  }
  if (separates.length) {
    out += `${any ? '; ' : ''}separates ${separates.map((s) => `${s.names![0]} from ${s.names![1]} (${s.finding}: LR ${s.likelihoodRatios[0]} vs ${s.likelihoodRatios[1]})`).join('; ')}`;
    any = true;
  }
  return any ? `${out}.` : `${out}informative for the leading causes.`;
}

/** Drops the internal rationale fragments from the output objects. */
function plain(list: CauseEffect[]): CauseEffect[] {
  return list.map((e) => ({ cause: e.cause, finding: e.finding, likelihoodRatio: e.likelihoodRatio, whenAbsent: e.whenAbsent, basisKind: e.basisKind }));
}

export function workup(ctx: ClinicalContext, obs: ObservationSet, diff: Differential, tri: Triage, kb: CompiledKb, assessmentDate: string): Workup {
  const leading = diff.causes.filter((c) => c.probability >= WORKUP_PARAMETERS.leadingMinProbability).slice(0, WORKUP_PARAMETERS.leadingMax);
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

  const top = leading[0]?.probability ?? 1;
  const ri = regionIndex(ctx.region);
  // Early LR values (fusion still maturing) apply before one shared month threshold.
  const early: 0 | 1 = ctx.monthsSinceSurgery < kb.earlyBeforeMonths ? 1 : 0;
  const lead: LeadingCause[] = leading.map((c) => {
    const cc = kb.causeById.get(c.id)!;
    return { cause: c, cc, byTest: cc.effectsByRegion[ri]![early]!, w: uncertaintyWeight(c) * (c.probability / top) };
  });
  const scored: { test: KbTest; index: number; score: number }[] = [];
  const tests = kb.kb.tests;
  for (let i = 0; i < tests.length; i++) {
    const t = tests[i]!;
    if (proposed.has(t.id) || obs.doneTests.has(t.id)) continue;
    const r = scoreTest(i, lead, false);
    if (r.score < WORKUP_PARAMETERS.minScore) continue;
    scored.push({ test: t, index: i, score: r.score });
  }
  insertionSort(scored, (a, b) => a.score > b.score || (a.score === b.score && a.test.code < b.test.code));

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
    const d = scoreTest(s.index, lead, true);
    items.push({
      test: s.test.id,
      code: s.test.code,
      name: s.test.name,
      priority: 'routine',
      rationale: rationaleOf(s.test, d.confirms, d.excludes, d.separates),
      confirms: plain(d.confirms),
      excludes: plain(d.excludes),
      separates: d.separates.map((x) => ({ causes: x.causes, finding: x.finding, likelihoodRatios: x.likelihoodRatios })),
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
