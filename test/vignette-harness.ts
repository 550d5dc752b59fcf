/**
 * Runs the clinical vignettes (test/vignettes/*.json) through the engine and compares the result with the
 * expectations written from evidence.md before the engine existed. Used by the regression test and by
 * `npm run vignettes`, which prints the hit rate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateCase } from '../src/case/validate.js';
import { assess } from '../src/engine/assess.js';

export interface Vignette {
  file: string;
  title: string;
  evidence: string[];
  case: unknown;
  expected: { triage: string; redFlags: string[]; top3: string[]; firstWorkupTest: string };
}

export interface VignetteOutcome {
  file: string;
  title: string;
  valid: boolean;
  errors: string[];
  actual: { triage: string; redFlags: string[]; top3: string[]; firstWorkupTest: string | null };
  expected: Vignette['expected'];
  triageOk: boolean;
  redFlagsOk: boolean;
  /** The expected first cause is among the engine's top 3. */
  top3Hit: boolean;
  /** How many of the expected top 3 are in the engine's top 3. */
  overlap: number;
  firstTestOk: boolean;
}

/** The repository root (the folder with package.json), so that compiled copies find the vignettes too. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const VIGNETTE_DIR = join(repoRoot(), 'test', 'vignettes');

export function loadVignettes(): Vignette[] {
  const dir = VIGNETTE_DIR;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<Vignette, 'file'>) }));
}

export function runVignette(v: Vignette): VignetteOutcome {
  const r = validateCase(v.case);
  if (!r.ok) {
    return {
      file: v.file,
      title: v.title,
      valid: false,
      errors: r.errors.map((e) => `${e.path}: ${e.message}`),
      actual: { triage: '-', redFlags: [], top3: [], firstWorkupTest: null },
      expected: v.expected,
      triageOk: false,
      redFlagsOk: false,
      top3Hit: false,
      overlap: 0,
      firstTestOk: false,
    };
  }
  const a = assess(r.case);
  const top3 = a.causes.slice(0, 3).map((c) => c.id);
  const redFlags = a.triage.redFlags.filter((f) => !f.review).map((f) => f.id).sort();
  const first = a.workup[0]?.test ?? null;
  return {
    file: v.file,
    title: v.title,
    valid: true,
    errors: [],
    actual: { triage: a.triage.urgency, redFlags, top3, firstWorkupTest: first },
    expected: v.expected,
    triageOk: a.triage.urgency === v.expected.triage,
    redFlagsOk: JSON.stringify(redFlags) === JSON.stringify([...v.expected.redFlags].sort()),
    top3Hit: top3.includes(v.expected.top3[0]!),
    overlap: v.expected.top3.filter((c) => top3.includes(c)).length,
    firstTestOk: first === v.expected.firstWorkupTest,
  };
}
