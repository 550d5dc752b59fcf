/**
 * The instrument registry: every definition by id, and a small summary list for `spinepath instruments`.
 */
import { dn4 } from './definitions/dn4.js';
import { eq5d5l } from './definitions/eq5d5l.js';
import { gad7 } from './definitions/gad7.js';
import { ndi } from './definitions/ndi.js';
import { nrs } from './definitions/nrs.js';
import { odi } from './definitions/odi.js';
import { paindetect } from './definitions/paindetect.js';
import { pcs } from './definitions/pcs.js';
import { peg } from './definitions/peg.js';
import { pgic } from './definitions/pgic.js';
import { phq9 } from './definitions/phq9.js';
import { promisPi4a } from './definitions/promis-pi-4a.js';
import { startBack } from './definitions/start-back.js';
import { INSTRUMENT_IDS, type InstrumentDefinition, type InstrumentId, type LicenceClass } from './types.js';

export const DEFINITIONS: Readonly<Record<InstrumentId, InstrumentDefinition>> = {
  nrs,
  peg,
  odi,
  ndi,
  phq9,
  gad7,
  dn4,
  paindetect,
  pcs,
  'start-back': startBack,
  'promis-pi-4a': promisPi4a,
  pgic,
  eq5d5l,
};

export function isInstrumentId(id: string): id is InstrumentId {
  return (INSTRUMENT_IDS as readonly string[]).includes(id);
}

export class UnknownInstrumentError extends Error {
  constructor(readonly id: string) {
    super(`unknown instrument "${id}"; known: ${INSTRUMENT_IDS.join(', ')}`);
    this.name = 'UnknownInstrumentError';
  }
}

export function getInstrument(id: string): InstrumentDefinition {
  if (!isInstrumentId(id)) throw new UnknownInstrumentError(id);
  return DEFINITIONS[id];
}

export interface InstrumentSummary {
  readonly id: InstrumentId;
  readonly name: string;
  readonly shortName: string;
  readonly version: string;
  readonly licenceClass: LicenceClass;
  /** Whether item text ships with SpinePath (class A) or must come from the clinic's pack. */
  readonly shipsText: boolean;
  /** Number of items, scored and unscored. */
  readonly itemCount: number;
  readonly scoredItemCount: number;
  readonly loincPanel?: string;
  readonly loincScore?: string;
}

/** For the `spinepath instruments` CLI command. */
export const instruments: readonly InstrumentSummary[] = INSTRUMENT_IDS.map((id) => {
  const d = DEFINITIONS[id];
  return {
    id,
    name: d.name,
    shortName: d.shortName,
    version: d.version,
    licenceClass: d.licence.class,
    shipsText: d.licence.shipsText,
    itemCount: d.items.length,
    scoredItemCount: d.items.filter((i) => i.scored).length,
    ...(d.loinc.panel ? { loincPanel: d.loinc.panel } : {}),
    ...(d.loinc.score ? { loincScore: d.loinc.score } : {}),
  };
});
