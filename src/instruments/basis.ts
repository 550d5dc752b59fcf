/**
 * Short constructors for `Basis` values (same kinds and rules as `src/knowledge/basis.ts`).
 */
import type { Basis } from './types.js';

const refsOf = (refs: string | readonly string[]): string[] => (typeof refs === 'string' ? [refs] : [...refs]);

/** Read in the source itself. */
export const published = (refs: string | readonly string[], note?: string, url?: string): Basis => ({
  kind: 'published',
  refs: refsOf(refs),
  ...(note ? { note } : {}),
  ...(url ? { url } : {}),
});

/** Read in a page quoting the source: "verify against primary". */
export const secondary = (refs: string | readonly string[], note?: string, url?: string): Basis => ({
  kind: 'secondary',
  refs: refsOf(refs),
  ...(note ? { note } : {}),
  ...(url ? { url } : {}),
});

/** Computed from a published number (e.g. MDC from an SEM). */
export const computed = (note: string, ...refs: string[]): Basis => ({ kind: 'computed', refs, note });

/** Not confirmed in any retrieved source: shown as "verify". */
export const unverified = (note: string, ...refs: string[]): Basis => ({ kind: 'unverified', refs, note });

/** A policy or number chosen by reasoning ("[constructed]" in instruments.md). */
export const toolLogic = (note: string, ...refs: string[]): Basis => ({ kind: 'tool-logic', refs, note });

export const estimate = (note: string, ...refs: string[]): Basis => ({ kind: 'expert-estimate', refs, note });
