/**
 * Indexes over the knowledge base, built once, so that an assessment does map look-ups instead of searches.
 * Caps and clamps follow findings-matrix.md §1 items 4-5 (tool logic).
 */
import {
  knowledgeBase,
  knowledgeBaseHash,
  type KbBasis,
  type KbCause,
  type KbFinding,
  type KbLikelihoodRatio,
  type KbRedFlag,
  type KbReference,
  type KbTest,
  type KnowledgeBase,
} from '../knowledge/index.js';
import { REGIONS, type GroupKind, type Region } from '../knowledge/schema.js';

/** Single likelihood ratios are clamped to this range before use (findings-matrix.md §1 item 4). */
export const LR_CLAMP = { min: 0.05, max: 20 } as const;

/** Default caps on the summed natural-log LR of one evidence group (findings-matrix.md §1 item 5, tool logic). */
export const DEFAULT_GROUP_CAPS: Record<GroupKind, number> = {
  'history-exam': Math.log(10),
  course: Math.log(10),
  'test-result': Math.log(20),
  psychosocial: Math.log(3),
};

export interface CompiledRow {
  row: KbLikelihoodRatio;
  group: string;
  /** Index of the group in `CompiledCause.groupIds`. */
  groupIndex: number;
  /** The finding scored for this row in each region (regional equivalents resolved). */
  findingIn: Record<Region, string>;
  /** Index of that finding in `CompiledKb.findingIds`, per region index (0 lumbar, 1 cervical). */
  findingIndexIn: [number, number];
  /** Whether that finding is scored in the region at all. */
  scoredIn: Record<Region, boolean>;
  lnPresent: number;
  lnAbsent: number | undefined;
  lnEarly: number | undefined;
  /** True when the row's LR is an expert estimate or unverified (used for the uncertainty range). */
  uncertain: boolean;
  /** Whether the LR had to be clamped. */
  clampedPresent: boolean;
  clampedAbsent: boolean;
}

/** A likelihood-ratio row as the work-up scores it: the finding for the region and its log-LRs. */
export interface RowEffect {
  finding: string;
  lnPresent: number;
  lnAbsent: number | undefined;
  present: number;
  absent: number | undefined;
  basisKind: string;
  /** max(|ln LR present|, |ln LR absent|): how far one result can move the cause. */
  reach: number;
  /** Rationale fragments, built once: "<cause> (<finding>: LR x)" and the absent form. */
  text: string;
  textAbsent: string;
}

export interface CompiledCause {
  cause: KbCause;
  caps: Map<string, number>;
  groupKinds: Map<string, GroupKind>;
  groupIds: string[];
  capList: number[];
  rows: CompiledRow[];
  /** Rows concerning each test's results, per region: what the work-up needs, precomputed. */
  testRows: Map<string, Record<Region, CompiledRow[]>>;
  /**
   * The work-up's view of those rows, by test index (kb.tests order), region index and early switch
   * (0 = usual LR, 1 = the early value where a row has one, e.g. fusion still maturing).
   */
  testEffects: RowEffect[][][][];
  /** The same, indexed [region][early][test] for the work-up's inner loop. */
  effectsByRegion: RowEffect[][][][];
  /** Finding ids used by this cause (after regional equivalents). */
  findingIds: Set<string>;
}

export interface CompiledKb {
  kb: KnowledgeBase;
  hash: string;
  /** Finding ids in knowledge-base order; observations are indexed by position for speed. */
  findingIds: string[];
  findingIndex: Map<string, number>;
  findingById: Map<string, KbFinding>;
  testById: Map<string, KbTest>;
  testIndex: Map<string, number>;
  /** Months before which early LR values apply (all early rows share one threshold; checked when compiling). */
  earlyBeforeMonths: number;
  /** Tests that report a finding. */
  testsOfFinding: Map<string, string[]>;
  causeById: Map<string, CompiledCause>;
  causes: CompiledCause[];
  redFlagById: Map<string, KbRedFlag>;
  referenceById: Map<string, KbReference>;
}

const clampLr = (x: number) => Math.min(LR_CLAMP.max, Math.max(LR_CLAMP.min, x));
const isUncertain = (b: KbBasis) => b.kind === 'expert-estimate' || b.kind === 'unverified' || b.kind === 'tool-logic';

let compiled: CompiledKb | undefined;

/** Region index used by indexed look-ups. */
export const regionIndex = (r: Region): 0 | 1 => (r === 'cervical' ? 1 : 0);

export function compiledKb(): CompiledKb {
  if (compiled) return compiled;
  const kb = knowledgeBase();
  const findingById = new Map(kb.findings.map((f) => [f.id, f]));
  const findingIds = kb.findings.map((f) => f.id);
  const findingIndex = new Map(findingIds.map((id, i) => [id, i]));
  const testById = new Map(kb.tests.map((t) => [t.id, t]));
  const testsOfFinding = new Map<string, string[]>();
  for (const t of kb.tests) {
    for (const f of t.resultFindings) testsOfFinding.set(f, [...(testsOfFinding.get(f) ?? []), t.id]);
  }
  const causes = kb.causes.map((cause): CompiledCause => {
    const caps = new Map<string, number>();
    const groupKinds = new Map<string, GroupKind>();
    for (const g of cause.groups) {
      caps.set(g.id, g.cap ?? DEFAULT_GROUP_CAPS[g.kind]);
      groupKinds.set(g.id, g.kind);
    }
    const groupIds = cause.groups.map((g) => g.id);
    const rows = cause.likelihoodRatios.map((row): CompiledRow => {
      const f = findingById.get(row.finding);
      const cervicalId = f?.regionalEquivalent?.cervical ?? row.finding;
      const findingIn = { lumbar: row.finding, cervical: cervicalId };
      const findingIndexIn: [number, number] = [findingIndex.get(findingIn.lumbar) ?? -1, findingIndex.get(findingIn.cervical) ?? -1];
      const scored = (r: Region) => {
        const regions = findingById.get(findingIn[r])?.regions;
        return !regions || regions.includes(r);
      };
      return {
      row,
      group: row.group,
      groupIndex: groupIds.indexOf(row.group),
      findingIn,
      findingIndexIn,
      scoredIn: { lumbar: scored('lumbar'), cervical: scored('cervical') },
      lnPresent: Math.log(clampLr(row.present)),
      lnAbsent: row.absent === undefined ? undefined : Math.log(clampLr(row.absent)),
      lnEarly: row.early ? Math.log(clampLr(row.early.present)) : undefined,
      uncertain: isUncertain(row.basis),
      clampedPresent: clampLr(row.present) !== row.present,
      clampedAbsent: row.absent !== undefined && clampLr(row.absent) !== row.absent,
      };
    });
    const testRows = new Map<string, Record<Region, CompiledRow[]>>();
    const testEffects: RowEffect[][][][] = [];
    for (const t of kb.tests) {
      const results = new Set(t.resultFindings);
      const entry = {} as Record<Region, CompiledRow[]>;
      for (const r of REGIONS) entry[r] = rows.filter((x) => results.has(x.findingIn[r]));
      testRows.set(t.id, entry);
      testEffects.push(
        REGIONS.map((r) =>
          [false, true].map((early) =>
            entry[r].map((x): RowEffect => {
              const e = early && x.row.early !== undefined;
              return {
                finding: x.findingIn[r],
                lnPresent: e ? x.lnEarly! : x.lnPresent,
                lnAbsent: x.lnAbsent,
                present: e ? x.row.early!.present : x.row.present,
                absent: x.row.absent,
                basisKind: x.row.basis.kind,
                reach: Math.max(Math.abs(e ? x.lnEarly! : x.lnPresent), Math.abs(x.lnAbsent ?? 0)),
                text: `${cause.name} (${x.findingIn[r]}: LR ${e ? x.row.early!.present : x.row.present})`,
                textAbsent: `${cause.name} (${x.findingIn[r]} absent: LR ${x.row.absent ?? 1})`,
              };
            }),
          ),
        ),
      );
    }
    return {
      cause,
      caps,
      groupKinds,
      groupIds,
      capList: cause.groups.map((g) => g.cap ?? DEFAULT_GROUP_CAPS[g.kind]),
      rows,
      testRows,
      testEffects,
      effectsByRegion: REGIONS.map((_, ri) => [0, 1].map((e) => testEffects.map((te) => te[ri]![e]!))),
      findingIds: new Set(rows.map((r) => r.row.finding)),
    };
  });
  const earlyThresholds = new Set(kb.causes.flatMap((c) => c.likelihoodRatios.flatMap((r) => (r.early ? [r.early.beforeMonths] : []))));
  if (earlyThresholds.size > 1) throw new Error('knowledge base: early likelihood ratios must share one month threshold');
  compiled = {
    earlyBeforeMonths: [...earlyThresholds][0] ?? 0,
    kb,
    hash: knowledgeBaseHash(),
    findingIds,
    findingIndex,
    findingById,
    testById,
    testIndex: new Map(kb.tests.map((t, i) => [t.id, i])),
    testsOfFinding,
    causeById: new Map(causes.map((c) => [c.cause.id, c])),
    causes,
    redFlagById: new Map(kb.redFlags.map((r) => [r.id, r])),
    referenceById: new Map(kb.references.map((r) => [r.id, r])),
  };
  return compiled;
}
