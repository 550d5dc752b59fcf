/**
 * Re-running a stored assessment's input with today's engine and knowledge base, to show whether the result would
 * differ. The stored output is never changed: what the clinician saw stays what they saw.
 */
import { assessWithCitations } from '../../engine/assess.js';
import { compiledKb } from '../../engine/compiled-kb.js';
import { ENGINE_VERSION } from '../../engine/version.js';
import { validateCase } from '../../case/validate.js';
import type { AssessmentRecord } from '../../store/assessments.js';

export interface Reproduction {
  identical: boolean;
  stored: { knowledgeBase: { version: string; hash: string }; engineVersion: string };
  current: { knowledgeBase: { version: string; hash: string }; engineVersion: string };
  /** Top-level parts of the output that differ. */
  differs: string[];
  /** When the stored input no longer validates under today's case format. */
  inputErrors: { path: string; message: string }[];
}

export function reproduce(a: AssessmentRecord): Reproduction {
  const kb = compiledKb();
  const current = { knowledgeBase: { version: kb.kb.version, hash: kb.hash }, engineVersion: ENGINE_VERSION };
  const stored = { knowledgeBase: a.knowledgeBase, engineVersion: a.engineVersion };
  const v = validateCase(a.case);
  if (!v.ok) return { identical: false, stored, current, differs: [], inputErrors: v.errors.map((e) => ({ path: e.path, message: e.message })) };
  const fresh = assessWithCitations(v.case) as unknown as Record<string, unknown>;
  const old = (a.output ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(fresh), ...Object.keys(old)])].sort();
  const differs = keys.filter((k) => JSON.stringify(fresh[k]) !== JSON.stringify(old[k]));
  return { identical: differs.length === 0, stored, current, differs, inputErrors: [] };
}
