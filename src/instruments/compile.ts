/**
 * Precomputed lookup tables per instrument (linkId -> item, answer code/value -> option), built once at load.
 * Used by the scorer and the FHIR mappers so that no per-response search over definitions is needed.
 */
import { DEFINITIONS } from './registry.js';
import type { AnswerOption, InstrumentDefinition, InstrumentId, ItemDefinition } from './types.js';
import { INSTRUMENT_IDS } from './types.js';

/** linkId of the calculated total item in SpinePath Questionnaires without a LOINC score code. */
export const TOTAL_LINK_ID = 'total';

export interface CompiledItem {
  readonly index: number;
  readonly def: ItemDefinition;
  readonly byValue: ReadonlyMap<number, AnswerOption>;
  /** code -> option (primary and alternative codes); check the system with `systemMatches`. */
  readonly byCode: ReadonlyMap<string, { readonly option: AnswerOption; readonly system: string }>;
}

export interface CompiledInstrument {
  readonly def: InstrumentDefinition;
  readonly items: readonly CompiledItem[];
  /** linkId and "/"+linkId (LHC-Forms style) -> item. */
  readonly byLinkId: ReadonlyMap<string, CompiledItem>;
  readonly ignored: ReadonlySet<string>;
  readonly scoredCount: number;
}

function compileItem(def: ItemDefinition, index: number): CompiledItem {
  const byValue = new Map<number, AnswerOption>();
  const byCode = new Map<string, { option: AnswerOption; system: string }>();
  for (const o of def.options ?? []) {
    if (byValue.has(o.value)) throw new Error(`duplicate option value ${o.value} in ${def.linkId}`);
    byValue.set(o.value, o);
    byCode.set(o.code, { option: o, system: o.system });
    for (const alt of o.altCodes ?? []) byCode.set(alt.code, { option: o, system: alt.system });
  }
  return { index, def, byValue, byCode };
}

function compile(def: InstrumentDefinition): CompiledInstrument {
  const items = def.items.map(compileItem);
  const byLinkId = new Map<string, CompiledItem>();
  for (const it of items) {
    if (byLinkId.has(it.def.linkId)) throw new Error(`duplicate linkId ${it.def.linkId} in ${def.id}`);
    byLinkId.set(it.def.linkId, it);
    byLinkId.set(`/${it.def.linkId}`, it);
  }
  return {
    def,
    items,
    byLinkId,
    ignored: new Set([
      ...(def.ignoredLinkIds ?? []),
      TOTAL_LINK_ID,
      // the score code as a calculated item's linkId, unless an item carries that code (NRS 72514-3)
      ...(def.loinc.score && !def.items.some((i) => i.loinc === def.loinc.score) ? [def.loinc.score] : []),
    ]),
    scoredCount: def.items.filter((i) => i.scored).length,
  };
}

export const COMPILED: Readonly<Record<InstrumentId, CompiledInstrument>> = Object.fromEntries(
  INSTRUMENT_IDS.map((id) => [id, compile(DEFINITIONS[id])]),
) as Record<InstrumentId, CompiledInstrument>;

/** The last path segment of a linkId ("/44249-1/44250-9" -> "44250-9"). */
export function normaliseLinkId(linkId: string): string {
  const slash = linkId.lastIndexOf('/');
  return slash < 0 ? linkId : linkId.slice(slash + 1);
}

export function findItem(ci: CompiledInstrument, linkId: string): CompiledItem | undefined {
  return ci.byLinkId.get(linkId) ?? ci.byLinkId.get(normaliseLinkId(linkId));
}
