/**
 * Short constructors for `Basis` values, so that knowledge entries read like a reference table.
 *
 * @example
 *   lr('positive-straight-leg-raise', 1.23, 0.35, 'radicular-signs',
 *      computed('Devillé 2000: sens 0.91, spec 0.26 (surgical series of primary herniation)', 'deville-2000'))
 */
import type { Basis } from './schema.js';

/** Read in the source itself (abstract, guideline page or full text). */
export const published = (refs: string | string[], note?: string): Basis => ({
  kind: 'published',
  refs: Array.isArray(refs) ? refs : [refs],
  ...(note ? { note } : {}),
});

/** Read in a page that quotes the source: shown with "verify against primary". */
export const secondary = (refs: string | string[], note?: string): Basis => ({
  kind: 'secondary',
  refs: Array.isArray(refs) ? refs : [refs],
  ...(note ? { note } : {}),
});

/** Computed from a source's sensitivity and specificity (LR+ = sens/(1-spec), LR- = (1-sens)/spec). */
export const computed = (note: string, ...refs: string[]): Basis => ({ kind: 'computed', refs, note });

/** A number chosen by reasoning; the reasoning is the note; anchoring references are optional. */
export const estimate = (note: string, ...refs: string[]): Basis => ({ kind: 'expert-estimate', refs, note });

/** Not confirmed in any retrieved source: never shown as a cited recommendation, always as "verify". */
export const unverified = (note: string, ...refs: string[]): Basis => ({ kind: 'unverified', refs, note });

/** Our synthesis from cited facts: labelled "tool logic", never "guideline". */
export const toolLogic = (note: string, ...refs: string[]): Basis => ({ kind: 'tool-logic', refs, note });
