/** Reports the databases a suite cannot run on as skipped suites whose name carries the reason. */
import { describe, it } from 'vitest';
import type { DatabaseMatrix } from './databases.js';

export function reportSkipped(dbs: DatabaseMatrix, suite: string): void {
  for (const s of dbs.skipped) {
    console.warn(`[spinepath tests] ${suite} on ${s.kind} SKIPPED: ${s.reason}`);
    describe.skip(`${suite} on ${s.kind} (SKIPPED: ${s.reason})`, () => {
      it('was not run', () => undefined);
    });
  }
}
