/**
 * Demo content: the example cases (examples/*.json) and the clinical vignettes (test/vignettes/*.json), read from the
 * repository at first start. Each case becomes a patient with a made-up name; cases that no longer validate are
 * skipped with a warning rather than stopping the server.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Case } from '../../case/schema.js';
import { validateCase } from '../../case/validate.js';

export interface DemoCase {
  source: string;
  title: string;
  case: Case;
  /** The case as written (medications and other parts the validator may not know yet). */
  raw: Record<string, unknown>;
}

/** The repository root, from src/server/seed or dist/server/seed. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

export function loadDemoCases(root = REPO_ROOT, warn: (m: string) => void = () => undefined): DemoCase[] {
  const out: DemoCase[] = [];
  const seen = new Set<string>();
  const add = (file: string, raw: unknown, title: string) => {
    const v = validateCase(raw);
    if (!v.ok) {
      warn(`demo seed: skipped ${file}: ${v.errors[0]?.path}: ${v.errors[0]?.message}`);
      return;
    }
    const { id: _id, ...rest } = v.case;
    const key = JSON.stringify(rest);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ source: file.slice(root.length), title, case: v.case, raw: raw as Record<string, unknown> });
  };
  for (const f of jsonFiles(join(root, 'examples'))) {
    try {
      const raw = JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
      add(f, raw, typeof raw.id === 'string' ? raw.id : f);
    } catch (e) {
      warn(`demo seed: skipped ${f}: ${(e as Error).message}`);
    }
  }
  for (const f of jsonFiles(join(root, 'test', 'vignettes'))) {
    try {
      const v = JSON.parse(readFileSync(f, 'utf8')) as { title?: string; case?: unknown };
      if (v.case) add(f, v.case, v.title ?? f);
    } catch (e) {
      warn(`demo seed: skipped ${f}: ${(e as Error).message}`);
    }
  }
  return out;
}
