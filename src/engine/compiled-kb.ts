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
import type { GroupKind } from '../knowledge/schema.js';

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
  lnPresent: number;
  lnAbsent: number | undefined;
  lnEarly: number | undefined;
  /** True when the row's LR is an expert estimate or unverified (used for the uncertainty range). */
  uncertain: boolean;
  /** Whether the LR had to be clamped. */
  clampedPresent: boolean;
  clampedAbsent: boolean;
}

export interface CompiledCause {
  cause: KbCause;
  caps: Map<string, number>;
  groupKinds: Map<string, GroupKind>;
  rows: CompiledRow[];
  /** Finding ids used by this cause (after regional equivalents). */
  findingIds: Set<string>;
}

export interface CompiledKb {
  kb: KnowledgeBase;
  hash: string;
  findingById: Map<string, KbFinding>;
  testById: Map<string, KbTest>;
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

export function compiledKb(): CompiledKb {
  if (compiled) return compiled;
  const kb = knowledgeBase();
  const findingById = new Map(kb.findings.map((f) => [f.id, f]));
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
    const rows = cause.likelihoodRatios.map((row): CompiledRow => ({
      row,
      group: row.group,
      lnPresent: Math.log(clampLr(row.present)),
      lnAbsent: row.absent === undefined ? undefined : Math.log(clampLr(row.absent)),
      lnEarly: row.early ? Math.log(clampLr(row.early.present)) : undefined,
      uncertain: isUncertain(row.basis),
      clampedPresent: clampLr(row.present) !== row.present,
      clampedAbsent: row.absent !== undefined && clampLr(row.absent) !== row.absent,
    }));
    return { cause, caps, groupKinds, rows, findingIds: new Set(rows.map((r) => r.row.finding)) };
  });
  compiled = {
    kb,
    hash: knowledgeBaseHash(),
    findingById,
    testById,
    testsOfFinding,
    causeById: new Map(causes.map((c) => [c.cause.id, c])),
    causes,
    redFlagById: new Map(kb.redFlags.map((r) => [r.id, r])),
    referenceById: new Map(kb.references.map((r) => [r.id, r])),
  };
  return compiled;
}
