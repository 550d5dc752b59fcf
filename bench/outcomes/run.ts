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
import { fmt, report, writePerformanceSection, type Measurement } from '../harness.js';

/**
 * CPU time of this process per operation (user + system), so that other processes on a shared machine do not inflate
 * the figures as wall-clock time would. All measures run interleaved in rounds (A B C ... A B C ...) and each keeps its
 * best round, so that a busy period of the machine affects them alike.
 */
function measureAll(specs: { name: string; opsPerCall: number; fn: () => void }[], rounds = 7, cpuMsPerRun = 250): Measurement[] {
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  // Warm up and size each run on CPU time.
  const reps = specs.map((sp) => {
    let c0 = cpuNow();
    while (cpuNow() - c0 < 300) sp.fn();
    c0 = cpuNow();
    let calls = 0;
    while (cpuNow() - c0 < cpuMsPerRun) {
      sp.fn();
      calls++;
    }
    return Math.max(1, calls);
  });
  const best = specs.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    specs.forEach((sp, i) => {
      const u0 = process.cpuUsage();
      for (let k = 0; k < reps[i]!; k++) sp.fn();
      const u = process.cpuUsage(u0);
      best[i] = Math.min(best[i]!, ((u.user + u.system) * 1000) / (reps[i]! * sp.opsPerCall));
    });
  }
  return specs.map((sp, i) => ({ name: sp.name, nsPerOp: best[i]!, ops: reps[i]! * rounds * sp.opsPerCall }));
}

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

const [pvPlain, aPlain, pvFollowed, aFollowed, e2eFollowed, e2eExample, aExample] = measureAll([
  {
    name: 'vignettes: parse + validate',
    opsPerCall: plain.length,
    fn: () => {
      for (const t of plain) validateCase(JSON.parse(t));
    },
  },
  {
    name: 'vignettes: assess',
    opsPerCall: plainCases.length,
    fn: () => {
      for (const c of plainCases) assess(c);
    },
  },
  {
    name: 'with follow-up: parse + validate (26 entries scored)',
    opsPerCall: followed.length,
    fn: () => {
      for (const t of followed) validateCase(JSON.parse(t));
    },
  },
  {
    name: 'with follow-up: assess (entries already scored)',
    opsPerCall: followedCases.length,
    fn: () => {
      for (const c of followedCases) assess(c);
    },
  },
  {
    name: 'with follow-up: parse + validate + assess',
    opsPerCall: followed.length,
    fn: () => {
      for (const t of followed) {
        const r = validateCase(JSON.parse(t));
        if (r.ok) assess(r.case);
      }
    },
  },
  {
    name: 'example: parse + validate + assess',
    opsPerCall: 1,
    fn: () => {
      const r = validateCase(JSON.parse(example));
      if (r.ok) assess(r.case);
    },
  },
  {
    name: 'example: assess',
    opsPerCall: 1,
    fn: () => {
      assess(exampleCase[0]!);
    },
  },
]) as [Measurement, Measurement, Measurement, Measurement, Measurement, Measurement, Measurement];

report('outcomes', [pvPlain, aPlain, pvFollowed, aFollowed, e2eFollowed, e2eExample, aExample], [
  { label: 'follow-up record: extra validate per case (µs)', value: +((pvFollowed.nsPerOp - pvPlain.nsPerOp) / 1000).toFixed(1) },
  { label: 'follow-up record: extra assess per case (µs)', value: +((aFollowed.nsPerOp - aPlain.nsPerOp) / 1000).toFixed(1) },
]);

if (!process.argv.includes('--no-write')) {
  writePerformanceSection('Outcomes (bench/outcomes)', [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, one process; command: \`npm run bench:outcomes\`.`,
    'Figures are CPU time of the process (measures interleaved, best of 7 rounds), not wall-clock time: the machine is shared.',
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
    '',
    'Regression check of `npm run bench:engine` inputs (the vignettes, no questionnaires), CPU time, same method, measured',
    '2026-11-25 while writing this: before outcome tracking (commit 5d3c533) validate 28.0-30.8 µs, assess 50.8-54.5 µs,',
    'parse + validate + assess + JSON.stringify 247-273 µs; with outcome tracking alone (that commit plus src/outcomes,',
    'the questionnaire paths of validation and observations and the report sections) validate 28.1-30.6 µs, assess',
    '48.3-56.7 µs (about +4%), end to end 268-295 µs (about +9%, mostly JSON.stringify of the ~2 KB `outcomes` record).',
    'trackOutcomes itself costs about 2 µs on a vignette. The vignette assess figure in the table above also contains',
    'the treatment plan and safety checks that were added to assess() in the same period (issue 3): most of its rise',
    'since 5d3c533 is theirs, not outcome tracking\'s.',
  ]);
}
