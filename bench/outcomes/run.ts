/**
 * bench/outcomes: the cost of questionnaires and outcome tracking in validate + assess. The 29 vignettes (which have
 * no questionnaires) are measured as they are and again with a typical follow-up record added to each: four visits of
 * NRS (two sites), ODI or NDI, EQ-5D-5L, PHQ-9 and PGIC, a DN4, and an injection course (26 scored entries). The
 * example case examples/outcomes-after-epidural-injection.json is measured on its own.
 * Run: npm run bench:outcomes (writes the "Outcomes (bench/outcomes)" section of docs/performance.md; --no-write).
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { validateCase } from '../../src/case/validate.js';
import { assess } from '../../src/engine/assess.js';
import { addDays } from '../../src/outcomes/dates.js';
import { loadVignettes } from '../../test/vignette-harness.js';
import { fmt, measure, report, writePerformanceSection } from '../harness.js';

const PHQ9 = ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'];
const ODI = ['pain-intensity', 'personal-care', 'lifting', 'walking', 'sitting', 'standing', 'sleeping', 'sex-life', 'social-life', 'travelling'];
const NDI = ['pain-intensity', 'personal-care', 'lifting', 'reading', 'headaches', 'concentration', 'work', 'driving', 'sleeping', 'recreation'];
const DN4 = ['burning', 'painful-cold', 'electric-shocks', 'tingling', 'pins-and-needles', 'numbness', 'itching', 'hypoesthesia-touch', 'hypoesthesia-pinprick', 'brushing'];

interface CaseLike {
  assessmentDate: string;
  surgeries: { region: string }[];
  questionnaires?: unknown[];
  treatments?: unknown[];
}

/** A follow-up record ending at the assessment date: visits at -120, -80, -40 and -2 days, an injection at -90. */
function withFollowUp(c: CaseLike): CaseLike {
  const cervical = c.surgeries.some((s) => s.region === 'cervical');
  const day = (d: number) => addDays(c.assessmentDate, d);
  const q: unknown[] = [];
  [-120, -80, -40, -2].forEach((d, k) => {
    const date = day(d);
    q.push({ instrument: 'nrs', date, answers: cervical ? { 'nrs-neck': 4, 'nrs-arm': 7 - (k % 2) } : { 'nrs-back': 4, 'nrs-leg': 7 - (k % 2) } });
    q.push({ instrument: cervical ? 'ndi' : 'odi', date, answers: Object.fromEntries((cervical ? NDI : ODI).map((l, i) => [l, (i + k) % 4])) });
    q.push({ instrument: 'eq5d5l', date, answers: { mobility: 2, 'self-care': 1, 'usual-activities': 3, 'pain-discomfort': 4, 'anxiety-depression': 2, vas: 55 + k } });
    q.push({ instrument: 'phq9', date, answers: Object.fromEntries(PHQ9.map((l, i) => [l, i === 8 ? 0 : (i + k) % 3])) });
    if (k > 0) q.push({ instrument: 'pgic', date, answers: { pgic: 4 } });
  });
  q.push({ instrument: 'dn4', date: day(-40), answers: Object.fromEntries(DN4.map((l, i) => [l, i % 2])) });
  return { ...c, questionnaires: q, treatments: [{ treatment: 'epidural-steroid-injection', start: day(-90), status: 'completed' }] };
}

const plain = loadVignettes().map((v) => JSON.stringify(v.case));
const followed = loadVignettes().map((v) => JSON.stringify(withFollowUp(v.case as unknown as CaseLike)));
const example = readFileSync(`${process.cwd()}/examples/outcomes-after-epidural-injection.json`, 'utf8');

const parsed = (texts: string[]) =>
  texts.map((t) => {
    const r = validateCase(JSON.parse(t));
    if (!r.ok) throw new Error(`invalid case: ${JSON.stringify(r.errors.slice(0, 3))}`);
    return r.case;
  });
const plainCases = parsed(plain);
const followedCases = parsed(followed);
const exampleCase = parsed([example]);

const pvPlain = measure('vignettes: parse + validate', plain.length, () => {
  for (const t of plain) validateCase(JSON.parse(t));
});
const aPlain = measure('vignettes: assess', plainCases.length, () => {
  for (const c of plainCases) assess(c);
});
const pvFollowed = measure('with follow-up: parse + validate (scores 26 entries)', followed.length, () => {
  for (const t of followed) validateCase(JSON.parse(t));
});
const aFollowed = measure('with follow-up: assess (entries already scored)', followedCases.length, () => {
  for (const c of followedCases) assess(c);
});
const e2eFollowed = measure('with follow-up: parse + validate + assess', followed.length, () => {
  for (const t of followed) {
    const r = validateCase(JSON.parse(t));
    if (r.ok) assess(r.case);
  }
});
const e2eExample = measure('example: parse + validate + assess', 1, () => {
  const r = validateCase(JSON.parse(example));
  if (r.ok) assess(r.case);
});
const aExample = measure('example: assess', 1, () => {
  assess(exampleCase[0]!);
});

report('outcomes', [pvPlain, aPlain, pvFollowed, aFollowed, e2eFollowed, e2eExample, aExample], [
  { label: 'follow-up record: extra validate per case (µs)', value: +((pvFollowed.nsPerOp - pvPlain.nsPerOp) / 1000).toFixed(1) },
  { label: 'follow-up record: extra assess per case (µs)', value: +((aFollowed.nsPerOp - aPlain.nsPerOp) / 1000).toFixed(1) },
]);

if (!process.argv.includes('--no-write')) {
  writePerformanceSection('Outcomes (bench/outcomes)', [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, one process; command: \`npm run bench:outcomes\`.`,
    'Input: the 29 vignettes as they are (no questionnaires), the same vignettes with a follow-up record added (four visits',
    'of NRS, ODI or NDI, EQ-5D-5L, PHQ-9 and PGIC, one DN4, one injection course: 26 scored entries per case), and',
    'examples/outcomes-after-epidural-injection.json (12 entries, two courses).',
    '',
    '| measure | per case |',
    '|---|---:|',
    `| vignettes: JSON.parse + validate | ${fmt(pvPlain.nsPerOp)} |`,
    `| vignettes: assess | ${fmt(aPlain.nsPerOp)} |`,
    `| with follow-up: JSON.parse + validate (every entry scored once) | ${fmt(pvFollowed.nsPerOp)} |`,
    `| with follow-up: assess (scores reused from validation) | ${fmt(aFollowed.nsPerOp)} |`,
    `| with follow-up: parse + validate + assess | ${fmt(e2eFollowed.nsPerOp)} |`,
    `| example case: parse + validate + assess | ${fmt(e2eExample.nsPerOp)} |`,
    '',
    'Questionnaire entries are scored once per parsed case (memoised on the entries array, so assess reuses the',
    'scores computed by validation); the findings from scores and the per-measure series are built once per assessment.',
    'A case without questionnaires takes a constant fast path (no scoring, an empty outcome record plus the baseline',
    'schedule).',
  ]);
}
