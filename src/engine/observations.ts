/**
 * What is known about each finding: recorded by the clinician, reported by a still-valid test result, or derived
 * from structured case data. Not recorded is never absent: a finding without an observation simply has none.
 */
import type { Case } from '../case/schema.js';
import type { Side } from '../case/levels.js';
import type { CompiledKb } from './compiled-kb.js';
import { currentPain, painOriginText } from '../outcomes/current.js';
import { addDays, type ClinicalContext } from './context.js';
import { questionnaireEvidence, type QuestionnaireOrigin, type QuestionnaireTestResult } from './questionnaire-findings.js';

export type Origin =
  | { kind: 'recorded'; path: string }
  | { kind: 'test'; test: string; date: string; path: string }
  | { kind: 'derived'; from: string }
  /** A questionnaire score in case.questionnaires (instrument, date, score as displayed, path). */
  | QuestionnaireOrigin;

export interface Observation {
  id: string;
  status: 'present' | 'absent';
  level?: string;
  side?: Side;
  date?: string;
  origin: Origin;
}

/** A test result set aside: dated before the latest operation, or past its validity. */
export interface UnusedTestResult {
  test: string;
  date: string;
  path: string;
  reason: 'before-latest-operation' | 'expired';
  validUntil?: string;
}

export interface DoneTest {
  test: string;
  date: string;
  validUntil: string;
}

export interface ObservationSet {
  /** Observations per finding id, present ones first. */
  byFinding: Map<string, Observation[]>;
  /** The same lists by finding index (CompiledKb.findingIds); undefined = not recorded. */
  byIndex: (Observation[] | undefined)[];
  /** Findings with at least one present observation. */
  present: Set<string>;
  /** Findings recorded absent and never present. */
  absent: Set<string>;
  unusedTests: UnusedTestResult[];
  /** Tests done and still valid, latest per test. */
  doneTests: Map<string, DoneTest>;
}

function add(map: Map<string, Observation[]>, o: Observation): void {
  const list = map.get(o.id);
  if (list) list.push(o);
  else map.set(o.id, [o]);
}

export function collectObservations(c: Case, ctx: ClinicalContext, kb: CompiledKb): ObservationSet {
  const byFinding = new Map<string, Observation[]>();
  c.findings.forEach((f, i) => {
    if (f.status === 'unknown') return;
    add(byFinding, {
      id: f.id,
      status: f.status,
      ...(f.level ? { level: f.level } : {}),
      ...(f.side ? { side: f.side } : {}),
      ...(f.date ? { date: f.date } : {}),
      origin: { kind: 'recorded', path: `findings[${i}]` },
    });
  });

  // Test results: only those after the latest operation and within their validity; the latest result of a test wins.
  const unusedTests: UnusedTestResult[] = [];
  const doneTests = new Map<string, DoneTest>();
  const usable: { index: number; date: string; test: string; q?: QuestionnaireTestResult }[] = [];
  const useTest = (test: string, date: string, path: string, index: number, q?: QuestionnaireTestResult) => {
    if (date < ctx.latestSurgery.date) {
      unusedTests.push({ test, date, path, reason: 'before-latest-operation' });
      return;
    }
    const validUntil = addDays(date, kb.testById.get(test)?.validityDays ?? 0);
    if (validUntil < c.assessmentDate) {
      unusedTests.push({ test, date, path, reason: 'expired', validUntil });
      return;
    }
    usable.push(q ? { index, date, test, q } : { index, date, test });
    const prev = doneTests.get(test);
    if (!prev || prev.date <= date) doneTests.set(test, { test, date, validUntil });
  };
  c.testResults.forEach((t, i) => useTest(t.test, t.date, `testResults[${i}]`, i));
  // Scored DN4, painDETECT and STarT Back count as results of their screening tests (same validity rules).
  const qe = questionnaireEvidence(c);
  for (const q of qe.tests) useTest(q.test, q.date, q.path, c.testResults.length + q.index, q);
  // Later results of the same test replace earlier ones, finding by finding.
  usable.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.index - b.index));
  const fromTests = new Map<string, Observation[]>();
  for (const u of usable) {
    if (u.q) {
      for (const r of u.q.results) {
        // A finding the clinician recorded overrides the questionnaire (the validator warns when they disagree).
        if (byFinding.has(r.id)) continue;
        fromTests.delete(r.id);
        add(fromTests, { id: r.id, status: r.status, date: r.date, origin: r.origin });
      }
      continue;
    }
    const t = c.testResults[u.index]!;
    const seenHere = new Set<string>();
    t.results.forEach((r, j) => {
      if (r.status === 'unknown') return;
      if (!seenHere.has(r.id)) {
        fromTests.delete(r.id);
        seenHere.add(r.id);
      }
      add(fromTests, {
        id: r.id,
        status: r.status,
        ...(r.level ? { level: r.level } : {}),
        ...(r.side ? { side: r.side } : {}),
        date: t.date,
        origin: { kind: 'test', test: t.test, date: t.date, path: `testResults[${u.index}].results[${j}]` },
      });
    });
  }
  for (const list of fromTests.values()) for (const o of list) add(byFinding, o);

  // Findings from the latest PHQ-9/GAD-7 and PCS scores: like derived findings, recorded ones take precedence.
  for (const f of qe.direct) {
    if (!byFinding.has(f.id)) add(byFinding, { id: f.id, status: f.status, date: f.date, origin: f.origin });
  }

  for (const o of deriveFindings(c, ctx)) {
    if (!byFinding.has(o.id)) add(byFinding, o);
  }

  const present = new Set<string>();
  const absent = new Set<string>();
  const byIndex = emptyIndex(kb.findingIds.length);
  for (const [id, list] of byFinding) {
    const i = kb.findingIndex.get(id);
    if (i !== undefined) byIndex[i] = list;
    if (list.length > 1) list.sort((a, b) => (a.status === b.status ? 0 : a.status === 'present' ? -1 : 1));
    if (list[0]!.status === 'present') present.add(id);
    else absent.add(id);
  }
  return { byFinding, byIndex, present, absent, unusedTests, doneTests };
}

let emptyTemplate: (Observation[] | undefined)[] = [];
/** A packed array of `undefined` of length n (copied from a template: faster than allocating a holey array). */
function emptyIndex(n: number): (Observation[] | undefined)[] {
  if (emptyTemplate.length !== n) emptyTemplate = Array.from({ length: n }, () => undefined);
  return emptyTemplate.slice();
}

const LEG_SITES = new Set(['buttock', 'thigh', 'leg-below-knee', 'foot']);

/**
 * Findings that follow from structured data (docs/knowledge-base.md, "derived findings"). Each says where it came
 * from. Recorded findings take precedence; validation rejects a recorded value that contradicts the data.
 */
export function deriveFindings(c: Case, ctx: ClinicalContext): Observation[] {
  const out: Observation[] = [];
  const d = (id: string, present: boolean, from: string) =>
    out.push({ id, status: present ? 'present' : 'absent', origin: { kind: 'derived', from } });

  // The case's own ratings, else the latest NRS score of the site (with its origin).
  const pain = c.questionnaires.length === 0 ? undefined : currentPain(c);
  const a = ctx.region === 'cervical' ? 'neck' : 'back';
  const l = ctx.region === 'cervical' ? 'arm' : 'leg';
  const axialV = pain ? pain[a] : undefined;
  const limbV = pain ? pain[l] : undefined;
  const axial = pain ? axialV?.value : c.pain[a];
  const limb = pain ? limbV?.value : c.pain[l];
  if (axial !== undefined && limb !== undefined) {
    const limbId = ctx.region === 'cervical' ? 'arm-pain-dominant' : 'leg-pain-dominant';
    const from = pain ? `${painOriginText(a, axialV!)}, ${painOriginText(l, limbV!)}` : `pain.${a} = ${axial}, pain.${l} = ${limb}`;
    d(limbId, limb >= axial, from);
    d('axial-pain-dominant', axial > limb, from);
  }

  const age = c.patient.age;
  d('age-over-70', age > 70, `patient.age = ${age}`);
  d('age-under-60', age < 60, `patient.age = ${age}`);

  d('spinal-implant-in-place', ctx.hasImplant, ctx.hasImplant ? `instrumented operation in the ${ctx.region} spine` : `no instrumented operation in the ${ctx.region} spine`);
  d('multiple-prior-spine-surgeries', c.surgeries.length >= 2, `${c.surgeries.length} operation(s) in surgeries`);

  const fusions = c.surgeries.filter((s) => s.fusion && s.region === 'lumbar');
  if (fusions.length === 0) {
    if (ctx.region === 'lumbar') d('fusion-to-sacrum', false, 'no lumbar fusion in surgeries');
  } else if (fusions.some((s) => s.fusionToSacrum === true)) {
    d('fusion-to-sacrum', true, 'surgeries[].fusionToSacrum');
  } else if (fusions.every((s) => s.fusionToSacrum === false)) {
    d('fusion-to-sacrum', false, 'surgeries[].fusionToSacrum');
  }

  if (ctx.hasFusion) {
    d('long-fusion-3-or-more-levels', ctx.fusedSegments.length >= 3, `fused segments: ${ctx.fusedSegments.join(', ') || 'none recorded'}`);
  } else {
    d('long-fusion-3-or-more-levels', false, 'no fusion in the operated region');
  }

  const tri = (key: 'iliacCrestGraft' | 'duralTear', id: string) => {
    const values = c.surgeries.map((s) => s[key]);
    if (values.some((v) => v === true)) d(id, true, `surgeries[].${key}`);
    else if (values.every((v) => v === false)) d(id, false, `surgeries[].${key}`);
  };
  tri('iliacCrestGraft', 'iliac-crest-graft-harvest');
  tri('duralTear', 'dural-tear-at-surgery');

  const sites = c.pain.sites ?? [];
  if (sites.some((s) => s.site === 'groin')) d('groin-pain', true, 'pain.sites includes groin');
  if (sites.some((s) => s.site === 'widespread')) d('widespread-pain', true, 'pain.sites includes widespread');
  const legSides = new Set(sites.filter((s) => LEG_SITES.has(s.site)).map((s) => s.side));
  if (legSides.has('bilateral') || (legSides.has('left') && legSides.has('right'))) {
    d('bilateral-leg-symptoms', true, 'pain.sites: leg or buttock pain on both sides');
  }
  return out;
}
