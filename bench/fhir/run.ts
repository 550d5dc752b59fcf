/**
 * FHIR import throughput, in-process: src/fhir importBundleText() of the AHRQ test patient (and the two Synthea
 * patients) against JSON.parse of the same text. The server's import benchmark adds storage on top of this.
 * Run: npx tsx bench/fhir/run.ts
 */
import { readFileSync } from 'node:fs';
import { importBundleText, toCaseDraft } from '../../src/fhir/index.js';

const PEERS = new URL('../../../shared/peers/', import.meta.url);
const files = ['fhir/ahrq-pms-brenda-jackson.json', 'synthea/Jacki_Feil.json', 'synthea/Randolph_Wisoky.json'];

function measure(fn: () => unknown, minMs = 1500): { perSec: number; usPerOp: number; n: number } {
  for (let i = 0; i < 50; i++) fn(); // warm-up
  let n = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 20; i++) fn();
    n += 20;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  return { perSec: (n / elapsed) * 1000, usPerOp: (elapsed * 1000) / n, n };
}

const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });
console.log(`node ${process.version}; ${new Date().toISOString().slice(0, 10)}`);
console.log('file | KB | JSON.parse /s | import /s | import+case draft /s | import / parse | µs per import');
console.log('---|---|---|---|---|---|---');
for (const f of files) {
  const text = readFileSync(new URL(f, PEERS), 'utf8');
  const parse = measure(() => JSON.parse(text));
  const imp = measure(() => importBundleText(text, { referenceDate: '2024-01-01' }));
  const draft = measure(() => {
    const r = importBundleText(text, { referenceDate: '2024-01-01' });
    for (const p of r.patients) toCaseDraft(p, { assessmentDate: '2024-01-01' });
  });
  console.log(
    `${f.split('/').pop()} | ${(text.length / 1024).toFixed(0)} | ${fmt(parse.perSec)} | ${fmt(imp.perSec)} | ${fmt(draft.perSec)} | ${(imp.perSec / parse.perSec).toFixed(2)}x | ${imp.usPerOp.toFixed(0)}`,
  );
}
