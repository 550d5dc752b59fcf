/** Helpers for the instruments tests (not exported from the module). */
import { DEFINITIONS } from '../registry.js';
import type { AnswerSet, InstrumentId } from '../types.js';

/** Answer set from values in item order (scored and unscored items as defined); null/undefined = not answered. */
export function answersInOrder(id: InstrumentId, values: readonly (number | string | null | undefined)[], date = '2026-03-01'): AnswerSet {
  const items = DEFINITIONS[id].items;
  const answers: Record<string, number | string | null> = {};
  values.forEach((v, i) => {
    const item = items[i];
    if (!item) throw new Error(`too many values for ${id}`);
    if (v !== undefined) answers[item.linkId] = v;
  });
  return { instrument: id, date, answers };
}

export const PHQ9_LINKIDS = ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'];
export const PHQ9_LA = ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'];

/** Seeded PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
