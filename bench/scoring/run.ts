/**
 * Questionnaire scoring benchmark: SpinePath's PHQ-9 scorer vs fhirpath.js evaluating the peer LHC-Forms SDC form
 * (variable extensions + calculatedExpression, compiled once), on the same >= 2,000 parsed QuestionnaireResponses,
 * each run starting from the parsed object and ending with the total.
 *
 *   npx tsx bench/scoring/run.ts [--count 2000] [--no-write]
 *
 * Prints a table and writes the numbers into docs/performance.md under "Questionnaire scoring (bench/scoring)"
 * (other sections of that file are kept).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Questionnaire, QuestionnaireResponse } from '@medplum/fhirtypes';
import { createTotalScorer, score } from '../../src/instruments/index.js';
import { mulberry32 } from '../../src/instruments/test-support/helpers.js';
import { compilePeerPhq9, randomLformsPhq9 } from '../../src/instruments/test-support/peer-phq9.js';

const args = process.argv.slice(2);
const countArg = args.indexOf('--count');
const COUNT = countArg >= 0 ? Number(args[countArg + 1]) : 2000;
const WRITE = !args.includes('--no-write');
if (!Number.isInteger(COUNT) || COUNT < 2000) throw new Error('--count must be an integer >= 2000');

const root = new URL('../../', import.meta.url);
const peerForm = JSON.parse(readFileSync(new URL('../shared/peers/phq9-lforms-sdc.json', root), 'utf8')) as Questionnaire;

// Same parsed responses for every scorer: generate, serialise, parse once (as if read from disk or the network).
const responses = JSON.parse(JSON.stringify(randomLformsPhq9(mulberry32(20260301), COUNT).map((c) => c.qr))) as QuestionnaireResponse[];

const peer = compilePeerPhq9(peerForm); // compiled once
const fast = createTotalScorer('phq9'); // precomputed maps, built once
const full = (qr: QuestionnaireResponse) => score('phq9', qr).score;

// Correctness first: all three agree on every response.
for (const qr of responses) {
  const p = peer(qr);
  if (p === null || fast(qr) !== p || full(qr) !== p) throw new Error(`scorers disagree on ${JSON.stringify(qr)}`);
}

let sink = 0;
/** Median over `rounds` of the time per response for one pass over all responses (each pass repeated `reps` times). */
function measure(fn: (qr: QuestionnaireResponse) => number | null, rounds: number, reps: number): number {
  const perResponse: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < reps; k++) {
      for (let i = 0; i < responses.length; i++) sink += fn(responses[i] as QuestionnaireResponse) ?? 0;
    }
    const ns = Number(process.hrtime.bigint() - t0);
    perResponse.push(ns / (reps * responses.length));
  }
  perResponse.sort((a, b) => a - b);
  return perResponse[Math.floor(perResponse.length / 2)] as number;
}

// Warm-up (JIT) then measure.
measure(peer, 1, 1);
measure(fast, 3, 20);
measure(full, 3, 5);
const peerNs = measure(peer, 5, 1);
const fastNs = measure(fast, 9, 200);
const fullNs = measure(full, 7, 20);

const fmt = (ns: number) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(3)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(3)} µs` : `${ns.toFixed(0)} ns`);
const rows = [
  ['fhirpath.js 5.2 (peer LHC-Forms variables + calculatedExpression, compiled once)', peerNs, 1],
  ['SpinePath createTotalScorer("phq9") (fast path: total only)', fastNs, peerNs / fastNs],
  ['SpinePath score("phq9", qr) (full result: bands, missing rule, alerts)', fullNs, peerNs / fullNs],
] as const;

const header = `| scorer | per response | speed-up vs fhirpath.js |\n|---|---:|---:|`;
const table = [header, ...rows.map(([name, ns, ratio]) => `| ${name} | ${fmt(ns)} | ${ratio === 1 ? '1x' : `${Math.round(ratio).toLocaleString('en-US')}x`} |`)].join('\n');
const env = `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} threads), ${new Date().toISOString().slice(0, 10)}`;

console.log(`PHQ-9 scoring on ${COUNT.toLocaleString('en-US')} random complete QuestionnaireResponses (seed 20260301)`);
console.log(`${env}; all ${COUNT} totals identical across the three scorers\n`);
console.log(table);
console.log(`\nratio (fast path): ${Math.round(peerNs / fastNs).toLocaleString('en-US')}x (target >= 1,000x)`);
if (sink === -1) console.log(''); // keep results live

if (WRITE) {
  const docPath = new URL('docs/performance.md', root);
  const heading = '## Questionnaire scoring (bench/scoring)';
  const section = [
    heading,
    '',
    `Command: \`npx tsx bench/scoring/run.ts\` (${env}).`,
    '',
    `PHQ-9 total from the same ${COUNT.toLocaleString('en-US')} parsed FHIR R4 QuestionnaireResponses (random complete answers, seeded`,
    'PRNG; LHC-Forms linkIds "/44250-9" and LOINC answer codes), each run starting from the parsed object and ending with',
    "the total. The peer is fhirpath.js evaluating the `variable` extensions and `calculatedExpression` of",
    '`shared/peers/phq9-lforms-sdc.json` (expressions compiled once). All three scorers return the same total for every',
    'response (checked before timing). Median of several passes.',
    '',
    table,
    '',
    'The fast path uses precomputed maps (linkId -> slot, answer code -> score) and no allocation on the common path;',
    'anything unusual (plain values, nested linkId paths, unknown codes) is handed to `score()`, so it always returns',
    "`score(...).score` (property-tested in `src/instruments/fast.test.ts`). `score()` builds the whole result (bands,",
    'missing-item rule, item 9 alert, interpretation text).',
    '',
  ].join('\n');
  let doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n\n';
  const start = doc.indexOf(heading);
  if (start >= 0) {
    const next = doc.indexOf('\n## ', start + heading.length);
    doc = doc.slice(0, start) + section + (next >= 0 ? doc.slice(next + 1) : '');
  } else {
    doc = `${doc.trimEnd()}\n\n${section}`;
  }
  writeFileSync(docPath, doc);
  console.log(`\nwrote ${docPath.pathname}`);
}
