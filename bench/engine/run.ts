/**
 * bench/engine: assessments per second over the vignettes, and assess time as a ratio of JSON.parse + validation of
 * the same file (targets: >= 20,000 assessments/s on one core; assess <= 1x parse+validate). One process, one core.
 * Run: npm run bench:engine (compiles with tsconfig.bench.json and runs the JavaScript, as production would).
 */
import { validateCase } from '../../src/case/validate.js';
import { assess } from '../../src/engine/assess.js';
import { loadVignettes } from '../../test/vignette-harness.js';
import { cpus } from 'node:os';
import { fmt, measure, report, writePerformanceSection } from '../harness.js';

const texts = loadVignettes().map((v) => JSON.stringify(v.case));
const cases = texts.map((t) => {
  const r = validateCase(JSON.parse(t));
  if (!r.ok) throw new Error('invalid vignette');
  return r.case;
});

const parseValidate = measure('JSON.parse + validate', texts.length, () => {
  for (const t of texts) validateCase(JSON.parse(t));
});
const assessOnly = measure('assess', cases.length, () => {
  for (const c of cases) assess(c);
});
const endToEnd = measure('parse + validate + assess + JSON.stringify', texts.length, () => {
  for (const t of texts) {
    const r = validateCase(JSON.parse(t));
    if (r.ok) JSON.stringify(assess(r.case));
  }
});

report('engine', [parseValidate, assessOnly, endToEnd], [
  { label: 'assessments per second (one core)', value: Math.round(1e9 / assessOnly.nsPerOp), target: '>= 20,000' },
  { label: 'assess / (parse + validate)', value: +(assessOnly.nsPerOp / parseValidate.nsPerOp).toFixed(3), target: '<= 1.0' },
]);

const perSecond = Math.round(1e9 / assessOnly.nsPerOp);
const ratio = assessOnly.nsPerOp / parseValidate.nsPerOp;
if (!process.argv.includes('--no-write')) {
  writePerformanceSection('Engine (bench/engine)', [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, one process; command: \`npm run bench:engine\`.`,
    `Input: the ${texts.length} vignettes of test/vignettes (the case part of each file as JSON text).`,
    '',
    '| measure | per case | target |',
    '|---|---:|---|',
    `| JSON.parse + validate (zod shape + consistency checks) | ${fmt(parseValidate.nsPerOp)} | |`,
    `| assess (triage, classification, differential, work-up, outcomes, treatment plan, safety checks) | ${fmt(assessOnly.nsPerOp)} | |`,
    `| parse + validate + assess + JSON.stringify | ${fmt(endToEnd.nsPerOp)} | |`,
    `| **assessments per second, one core** | **${perSecond.toLocaleString('en')}** | >= 20,000 |`,
    `| **assess / (parse + validate)** | **${ratio.toFixed(2)}x** | <= 1x |`,
    '',
    ratio <= 1
      ? 'Both targets met.'
      : 'The ratio target is not met. The engine does far more than validation (21 causes scored with full evidence trails, uncertainty ranges, every test scored against the leading causes, rationale text); after indexing the knowledge base by position, precomputing per-test rows and rationale fragments, replacing comparator sorts of short arrays by insertion sort and deferring the detail of unproposed tests, the remaining cost is spread over object creation for the explanation the output must carry. JSON.stringify of the assessment costs more than assessing it. Measured floor recorded here rather than a leaner output.',
    '',
    'The treatment plan and the safety checks (plan issue) are part of assess: 14 treatments each with its rule, contraindications, cautions, criteria and reasons, the NG59 do-not-offer entries, and the safety checks. Profiling the bench puts them at about 30% of assess. Before them (engine 0.1, same machine, same vignettes) assess took 46.6 to 49.8 µs per case and the end-to-end line about 245 µs; with them about 70 µs and 325 µs, so assess is about 45% slower, more than the 20% the plan issue allowed. What was done to keep them small: rules compiled once to one object shape and evaluated once per case; plan drafts and items built in one shape (mixed shapes made the loops megamorphic and cost more than the rules themselves); case-independent "not indicated" items and the NG59 entries built once and shared (frozen); thresholds and cause bands read once; evidence and guideline text kept in the knowledge base instead of in every assessment (the plan JSON fell from about 28 KB to 15 KB per case). The remaining cost is spread over the rules and the reason text they must produce.',
  ]);
}
