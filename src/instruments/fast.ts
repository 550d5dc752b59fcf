/**
 * Fast path: the total of a plain-sum instrument (PHQ-9, GAD-7, DN4, painDETECT, PCS, STarT Back) straight from a
 * parsed QuestionnaireResponse, with precomputed maps (linkId -> slot, answer code -> score) and no allocation on
 * the common path. Same answer as `score(id, qr).score` under the default policy, for every input: anything the fast
 * path does not handle itself (plain values, odd linkIds, multiple answers, unknown codes) is handed to `score()`.
 * Returns null when there is no score (missing or invalid answers): call `score()` for the reasons and alerts.
 */
import type { QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import { instrumentOfCanonical } from './collect.js';
import { COMPILED } from './compile.js';
import { PLAIN_SUM_INSTRUMENTS } from './questionnaire.js';
import { score } from './score.js';
import type { InstrumentId } from './types.js';

interface Slot {
  readonly bit: number;
  readonly scored: boolean;
  /** answer code -> score */
  readonly scores: ReadonlyMap<string, number>;
  /** answer code -> system */
  readonly systems: ReadonlyMap<string, string>;
}

export type TotalScorer = (qr: QuestionnaireResponse) => number | null;

export function createTotalScorer(instrumentId: InstrumentId): TotalScorer {
  if (!PLAIN_SUM_INSTRUMENTS.includes(instrumentId)) {
    throw new Error(`no fast path for ${instrumentId}: use score() (fast path: ${PLAIN_SUM_INSTRUMENTS.join(', ')})`);
  }
  const ci = COMPILED[instrumentId];
  if (ci.items.length > 30) throw new Error('fast path supports at most 30 items');
  const slots = new Map<string, Slot>();
  let full = 0;
  for (const it of ci.items) {
    const bit = 1 << it.index;
    if (it.def.scored) full |= bit;
    const scores = new Map<string, number>();
    const systems = new Map<string, string>();
    for (const [code, { option, system }] of it.byCode) {
      scores.set(code, option.score);
      systems.set(code, system);
    }
    const slot: Slot = { bit, scored: it.def.scored, scores, systems };
    slots.set(it.def.linkId, slot);
    slots.set(`/${it.def.linkId}`, slot);
  }
  const ignored = ci.ignored;
  let okCanonical: string | undefined;

  // Walk state (module-local to avoid allocating per call).
  let sum = 0;
  let seen = 0;
  let bail = false;

  const walk = (items: readonly QuestionnaireResponseItem[]): void => {
    for (let i = 0; i < items.length && !bail; i++) {
      const qi = items[i] as QuestionnaireResponseItem;
      const answers = qi.answer;
      const slot = slots.get(qi.linkId);
      if (slot === undefined) {
        if (answers !== undefined && answers.length > 0 && !ignored.has(qi.linkId)) {
          bail = true; // unknown or nested-path linkId: let score() decide
          return;
        }
      } else if (answers !== undefined && answers.length > 0) {
        const coding = answers.length === 1 ? (answers[0] as { valueCoding?: { system?: string; code?: string } }).valueCoding : undefined;
        const code = coding?.code;
        const s = code === undefined ? undefined : slot.scores.get(code);
        if (s === undefined || (seen & slot.bit) !== 0 || (coding?.system !== undefined && coding.system !== slot.systems.get(code as string))) {
          bail = true;
          return;
        }
        seen |= slot.bit;
        if (slot.scored) sum += s;
        const nested = answers[0]?.item;
        if (nested !== undefined) walk(nested);
      }
      if (qi.item !== undefined) walk(qi.item);
    }
  };

  return (qr: QuestionnaireResponse): number | null => {
    if (qr.resourceType !== 'QuestionnaireResponse') return score(instrumentId, qr).score;
    const q = qr.questionnaire;
    if (q !== undefined && q !== okCanonical) {
      const named = instrumentOfCanonical(q);
      if (named !== 'unknown' && named !== instrumentId) return null; // wrong instrument
      okCanonical = q;
    }
    sum = 0;
    seen = 0;
    bail = false;
    const items = qr.item;
    if (items !== undefined) walk(items);
    if (bail) return score(instrumentId, qr).score;
    return (seen & full) === full ? sum : null;
  };
}
