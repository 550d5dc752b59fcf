/**
 * Case validation: the JSON shape (zod), then the clinical consistency checks the shape cannot express
 * (known ids, dates in order, a test's results belonging to that test, contradictions with derived data).
 * Every problem names the field path as `surgeries[0].date: ...`; all problems are reported, never only the first.
 */
import type { z } from 'zod';
import { compiledKb } from '../engine/compiled-kb.js';
import { clinicalContext } from '../engine/context.js';
import { deriveFindings } from '../engine/observations.js';
import { regionOfLevel } from './levels.js';
import { CERVICAL_PROCEDURES, caseSchema, LUMBAR_PROCEDURES, type Case } from './schema.js';
import { nearest } from './suggest.js';
import { alertIssues, checkQuestionnaires } from './validate-questionnaires.js';
import { checkPlanInputs } from './validate-plan-inputs.js';

export interface ValidationIssue {
  path: string;
  message: string;
  suggestion?: string;
}

export type ValidationResult =
  | { ok: true; case: Case; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

export function zodIssues(error: z.ZodError): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const i of error.issues) {
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys) out.push({ path: formatPath([...i.path, k]), message: 'unknown field' });
    } else if (i.code === 'invalid_union' && 'errors' in i && Array.isArray(i.errors) && i.errors.length > 0) {
      out.push({ path: formatPath(i.path), message: i.message });
    } else {
      out.push({ path: formatPath(i.path), message: i.message });
    }
  }
  return out;
}

/** Parses JSON text into a validated case; a syntax error is reported with its line and column. */
export function parseCaseJson(text: string): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '(file)', message: jsonErrorMessage(e, text) }], warnings: [] };
  }
  return validateCase(data);
}

export function jsonErrorMessage(e: unknown, text: string): string {
  const msg = e instanceof Error ? e.message : String(e);
  const m = /position (\d+)/.exec(msg);
  if (m) {
    const pos = Number(m[1]);
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    const col = pos - before.lastIndexOf('\n');
    return `malformed JSON at line ${line}, column ${col}: ${msg.replace(/ in JSON at position \d+.*$/, '')}`;
  }
  return `malformed JSON: ${msg}`;
}

export function validateCase(data: unknown): ValidationResult {
  const parsed = caseSchema.safeParse(data);
  // PHQ-9 item 9 alerts come first even when nothing can be assessed (src/case/validate-questionnaires.ts).
  if (!parsed.success) return { ok: false, errors: [...alertIssues(data), ...zodIssues(parsed.error)], warnings: [] };
  const c = parsed.data;
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  checkConsistency(c, errors, warnings);
  return errors.length ? { ok: false, errors: [...alertIssues(data), ...errors], warnings } : { ok: true, case: c, warnings };
}

function checkConsistency(c: Case, errors: ValidationIssue[], warnings: ValidationIssue[]): void {
  const kb = compiledKb();
  const findingIds = [...kb.findingById.keys()];
  const testIds = [...kb.testById.keys()];
  const err = (path: string, message: string, suggestion?: string) => errors.push({ path, message, ...(suggestion ? { suggestion } : {}) });

  // Dates.
  c.surgeries.forEach((s, i) => {
    if (s.date > c.assessmentDate) err(`surgeries[${i}].date`, `operation date ${s.date} is after the assessment date ${c.assessmentDate}`);
  });
  c.testResults.forEach((t, i) => {
    if (t.date > c.assessmentDate) err(`testResults[${i}].date`, `test date ${t.date} is after the assessment date ${c.assessmentDate}`);
  });
  c.findings.forEach((f, i) => {
    if (f.date && f.date > c.assessmentDate) err(`findings[${i}].date`, `finding date ${f.date} is after the assessment date ${c.assessmentDate}`);
  });
  c.redFlagReviews.forEach((r, i) => {
    if (r.date > c.assessmentDate) err(`redFlagReviews[${i}].date`, `review date ${r.date} is after the assessment date ${c.assessmentDate}`);
    if (!kb.redFlagById.has(r.redFlag)) {
      const s = nearest(r.redFlag, [...kb.redFlagById.keys()]);
      err(`redFlagReviews[${i}].redFlag`, `unknown red flag '${r.redFlag}'${s ? `; did you mean '${s}'?` : ''}`, s);
    }
  });

  // Questionnaires: known instruments, answers that score, totals in range (src/case/validate-questionnaires.ts).
  checkQuestionnaires(c, errors, warnings);

  // Plan inputs: treatment ids, medicines against the drug dictionary, SCS assessment (src/case/validate-plan-inputs.ts).
  checkPlanInputs(c, errors, warnings);

  // Operations.
  c.surgeries.forEach((s, i) => {
    const p = `surgeries[${i}]`;
    const lumbarProc = (LUMBAR_PROCEDURES as readonly string[]).includes(s.procedure);
    const cervicalProc = (CERVICAL_PROCEDURES as readonly string[]).includes(s.procedure);
    if (s.region === 'lumbar' && cervicalProc) err(`${p}.procedure`, `'${s.procedure}' is a cervical operation but region is lumbar`);
    if (s.region === 'cervical' && lumbarProc) err(`${p}.procedure`, `'${s.procedure}' is a lumbar operation but region is cervical; use acdf, cervical-posterior-fusion, cervical-decompression or cervical-disc-replacement`);
    const fusionProc = ['fusion', 'decompression-and-fusion', 'acdf', 'cervical-posterior-fusion'].includes(s.procedure);
    if (fusionProc && !s.fusion) err(`${p}.fusion`, `'${s.procedure}' is a fusion operation: fusion must be true`);
    if (!fusionProc && s.fusion) err(`${p}.fusion`, `fusion is true but '${s.procedure}' is not a fusion operation; use decompression-and-fusion (lumbar) or a cervical fusion procedure`);
    if (s.fusionToSacrum && (!s.fusion || s.region !== 'lumbar')) err(`${p}.fusionToSacrum`, 'fusion to the sacrum needs a lumbar fusion');
    s.levels.forEach((l, j) => {
      const r = regionOfLevel(l);
      if (s.region === 'lumbar' && r === 'cervical') err(`${p}.levels[${j}]`, `${l} is a cervical level but the operation is lumbar`);
      if (s.region === 'cervical' && r === 'lumbar') err(`${p}.levels[${j}]`, `${l} is a lumbar or sacral level but the operation is cervical`);
    });
  });
  if (c.patient.pregnant && c.patient.sex === 'male') err('patient.pregnant', 'pregnant is true but sex is male');

  // Findings: known ids, recorded in the right place.
  const seen = new Map<string, { path: string; status: string; level?: string }[]>();
  const note = (id: string, path: string, status: string, level?: string) => {
    const list = seen.get(id) ?? [];
    list.push({ path, status, ...(level ? { level } : {}) });
    seen.set(id, list);
  };
  c.findings.forEach((f, i) => {
    const path = `findings[${i}].id`;
    const def = kb.findingById.get(f.id);
    if (!def) {
      const s = nearest(f.id, findingIds);
      err(path, `unknown finding id '${f.id}'${s ? `; did you mean '${s}'?` : ''}`, s);
      return;
    }
    if (def.category === 'test-result') {
      const tests = kb.testsOfFinding.get(f.id) ?? [];
      err(path, `'${f.id}' is a test result: record it under testResults with its test (${tests.join(' or ') || 'no test'}) and date`);
      return;
    }
    if (f.status !== 'unknown') note(f.id, `findings[${i}]`, f.status, f.level);
  });
  c.testResults.forEach((t, i) => {
    const test = kb.testById.get(t.test);
    if (!test) {
      const s = nearest(t.test, testIds);
      err(`testResults[${i}].test`, `unknown test '${t.test}'${s ? `; did you mean '${s}'?` : ''}`, s);
      return;
    }
    t.results.forEach((r, j) => {
      const path = `testResults[${i}].results[${j}].id`;
      if (!kb.findingById.has(r.id)) {
        const s = nearest(r.id, test.resultFindings) ?? nearest(r.id, findingIds);
        err(path, `unknown finding id '${r.id}'${s ? `; did you mean '${s}'?` : ''}`, s);
        return;
      }
      if (!test.resultFindings.includes(r.id)) {
        const others = kb.testsOfFinding.get(r.id) ?? [];
        err(path, `'${r.id}' is not a result of ${t.test}${others.length ? ` (it is reported by ${others.join(', ')})` : ''}; results of ${t.test}: ${test.resultFindings.join(', ')}`);
      }
    });
  });
  if (errors.length) return;

  // Contradictions between recorded findings.
  for (const [id, list] of seen) {
    const unlevelled = list.filter((x) => !x.level);
    if (unlevelled.some((x) => x.status === 'present') && unlevelled.some((x) => x.status === 'absent')) {
      const second = unlevelled.find((x) => x.status !== unlevelled[0]!.status)!;
      err(`${second.path}.status`, `'${id}' is recorded both present and absent`);
    }
  }
  for (const [id, list] of seen) {
    const def = kb.findingById.get(id)!;
    if (!list.some((x) => x.status === 'present')) continue;
    for (const other of def.exclusiveWith ?? []) {
      const o = seen.get(other);
      if (o?.some((x) => x.status === 'present') && id < other) {
        err(`${o.find((x) => x.status === 'present')!.path}.id`, `'${other}' cannot be present together with '${id}' (mutually exclusive)`);
      }
    }
  }

  // Recorded values of derived findings must agree with the data they follow from.
  const ctx = clinicalContext(c);
  for (const d of deriveFindings(c, ctx)) {
    for (const r of seen.get(d.id) ?? []) {
      if (r.status !== d.status && d.origin.kind === 'derived') {
        err(`${r.path}.status`, `'${d.id}' is recorded ${r.status} but the case data say ${d.status} (${d.origin.from})`);
      }
    }
  }

  // Findings that are not scored for this region.
  for (const [id, list] of seen) {
    const regions = kb.findingById.get(id)!.regions;
    if (regions && !regions.includes(ctx.region)) {
      warnings.push({ path: `${list[0]!.path}.id`, message: `'${id}' is scored only after ${regions.join(' or ')} surgery; it is shown but not scored for this ${ctx.region} case` });
    }
  }
  c.testResults.forEach((t, i) => {
    if (t.date < ctx.latestSurgery.date) {
      warnings.push({ path: `testResults[${i}].date`, message: `${t.test} of ${t.date} predates the latest operation (${ctx.latestSurgery.date}) and is not used for ranking` });
    }
  });
  if (c.surgeries.some((s) => s.region !== ctx.region)) {
    warnings.push({ path: 'surgeries', message: `operations in more than one region: the assessment concerns the latest (${ctx.region}) operation` });
  }
}
