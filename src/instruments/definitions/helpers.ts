/** Small helpers shared by the instrument definition files. */
import { answerSystem } from '../constants.js';
import type { AnswerOption, ComputeInput, ItemDefinition } from '../types.js';

/** Options whose value is also their score, coded in the instrument's SpinePath answer system (no labels). */
export function plainOptions(instrument: string, values: readonly number[]): AnswerOption[] {
  const system = answerSystem(instrument);
  return values.map((v) => ({ value: v, score: v, system, code: String(v) }));
}

export const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Sum of the scores at `indices` (all scored items when omitted); undefined when any is missing. */
export function sumAll(input: ComputeInput, indices?: readonly number[]): number | undefined {
  let sum = 0;
  const n = indices ? indices.length : input.itemScores.length;
  for (let k = 0; k < n; k++) {
    const i = indices ? (indices[k] as number) : k;
    const s = input.itemScores[i];
    if (s === undefined) return undefined;
    sum += s;
  }
  return sum;
}

/** Sum and count of the answered scores at `indices`. */
export function sumAnswered(input: ComputeInput, indices: readonly number[]): { sum: number; n: number } {
  let sum = 0;
  let n = 0;
  for (const i of indices) {
    const s = input.itemScores[i];
    if (s !== undefined) {
      sum += s;
      n++;
    }
  }
  return { sum, n };
}

/** Indices (in `items`) of the given linkIds; throws at load time on a typo. */
export function indicesOf(items: readonly ItemDefinition[], linkIds: readonly string[]): number[] {
  return linkIds.map((id) => {
    const i = items.findIndex((it) => it.linkId === id);
    if (i < 0) throw new Error(`unknown linkId in definition: ${id}`);
    return i;
  });
}

/** Indices of all scored items. */
export function scoredIndices(items: readonly ItemDefinition[]): number[] {
  const out: number[] = [];
  items.forEach((it, i) => {
    if (it.scored) out.push(i);
  });
  return out;
}

/**
 * Sum of scored items under a `require-all` or `prorate` rule. Prorated = sum × n / answered (rounded up when
 * `roundUp`), only when answered ≥ minAnswered and the rule allows it.
 */
export function sumWithRule(
  input: ComputeInput,
  indices: readonly number[],
  method: 'require-all' | 'prorate',
  roundUp = false,
): { score: number | null; decision: 'complete' | 'prorated' | 'refused'; raw: number } {
  const { sum, n } = sumAnswered(input, indices);
  if (n === indices.length) return { score: sum, decision: 'complete', raw: sum };
  if (method === 'require-all' || n === 0 || n < input.minAnswered) return { score: null, decision: 'refused', raw: sum };
  const prorated = (sum * indices.length) / n;
  return { score: roundUp ? Math.ceil(prorated) : prorated, decision: 'prorated', raw: sum };
}
