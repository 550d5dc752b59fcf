/**
 * Helpers that keep knowledge entries short and table-like. They only build plain objects; the schema test
 * validates the result.
 */
import type { Basis, EvidenceGroup, GroupKind, LikelihoodRatio, PriorRow } from './schema.js';

/**
 * One likelihood-ratio row.
 * @param finding finding id
 * @param present LR when the finding is recorded present
 * @param absent LR when recorded absent; `undefined` when absence carries no information ("–" in the matrix)
 * @param group evidence group id declared in the cause's `groups`
 */
export function lr(
  finding: string,
  present: number,
  absent: number | undefined,
  group: string,
  basis: Basis,
  extra: Pick<LikelihoodRatio, 'overriddenBy' | 'early'> = {},
): LikelihoodRatio {
  return { finding, present, ...(absent === undefined ? {} : { absent }), group, basis, ...extra };
}

/** A prior row: values for < 1 month, 1-6 months, 6-24 months, > 24 months since the latest operation. */
export function priors(values: [number, number, number, number], basis: Basis): PriorRow {
  return { values, basis };
}

export function group(id: string, kind: GroupKind, cap?: number, capBasis?: Basis): EvidenceGroup {
  return { id, kind, ...(cap === undefined ? {} : { cap }), ...(capBasis ? { capBasis } : {}) };
}
