/**
 * `spinepath import <bundle.json|folder> [--json] [--out <dir>] [--date YYYY-MM-DD]`: imports FHIR R4 Bundles (a file,
 * or every *.json of a folder), prints a summary (patients, resources by type, mapped and unmapped codes, errors per
 * file) and writes one case draft per patient to --out, with what is missing to make it a valid case.
 * Exit 0 when every file imported without error, 2 otherwise (each error listed with its file and path).
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import cliProgress from 'cli-progress';
import { importBundleText, toCaseDraft, type ImportResult } from '../fhir/index.js';
import { InputError, readInputFile } from './io.js';
import type { Io } from './main.js';

/** Largest bundle file read (a Synthea patient with years of history is about 1 MB). */
export const MAX_BUNDLE_BYTES = 50 * 1024 * 1024;

export interface ImportCommandOptions {
  json?: boolean;
  out?: string;
  /** Assessment date of the case drafts and reference date of ages; default today. */
  date?: string;
  /** Progress bar on stderr (the CLI passes process.stderr.isTTY). */
  progress?: boolean;
}

interface FileResult {
  file: string;
  bytes: number;
  /** Read failure (too large, unreadable): the file was not imported. */
  readError?: string;
  result?: ImportResult;
  written: string[];
}

function listFiles(target: string): string[] {
  let st;
  try {
    st = statSync(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${target}: no such file or folder` : `${target}: cannot read (${code ?? String(e)})`);
  }
  if (!st.isDirectory()) return [target];
  const files = readdirSync(target)
    .filter((f) => f.toLowerCase().endsWith('.json'))
    .sort()
    .map((f) => join(target, f))
    .filter((f) => statSync(f).isFile());
  if (files.length === 0) throw new InputError(`${target}: no *.json files in this folder`);
  return files;
}

const today = () => new Date().toISOString().slice(0, 10);
const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);

export function importCommand(target: string, opts: ImportCommandOptions, io: Io): number {
  const date = opts.date ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    io.err(`spinepath: --date: expected YYYY-MM-DD, got ${JSON.stringify(date)}\n`);
    return 2;
  }
  const files = listFiles(target);
  if (opts.out) {
    try {
      mkdirSync(opts.out, { recursive: true });
    } catch (e) {
      throw new InputError(`${opts.out}: cannot create the output folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  }
  const bar = opts.progress && files.length > 1 ? new cliProgress.SingleBar({ stream: process.stderr, format: 'importing [{bar}] {value}/{total} bundles | {file}', hideCursor: true }, cliProgress.Presets.shades_classic) : undefined;
  bar?.start(files.length, 0, { file: '' });
  const results: FileResult[] = [];
  for (const file of files) {
    bar?.update({ file: basename(file) });
    const fr: FileResult = { file, bytes: 0, written: [] };
    let text: string | undefined;
    try {
      text = readInputFile(file, MAX_BUNDLE_BYTES);
      fr.bytes = Buffer.byteLength(text);
    } catch (e) {
      fr.readError = e instanceof Error ? e.message : String(e);
    }
    if (text !== undefined) {
      const r = importBundleText(text, { referenceDate: date });
      fr.result = r;
      if (opts.out) {
        r.patients.forEach((p, i) => {
          const stem = `${safeName(basename(file, '.json'))}${r.patients.length > 1 ? `-${i + 1}` : ''}`;
          const draft = toCaseDraft(p, { assessmentDate: date });
          const casePath = join(opts.out!, `${stem}.case.json`);
          const importPath = join(opts.out!, `${stem}.import.json`);
          writeFileSync(casePath, `${JSON.stringify(draft.case, null, 2)}\n`);
          writeFileSync(importPath, `${JSON.stringify({ source: file, valid: draft.valid, missing: draft.missing, warnings: draft.warnings, notInCase: draft.notInCase, patient: p }, null, 2)}\n`);
          fr.written.push(casePath, importPath);
        });
      }
    }
    results.push(fr);
    bar?.increment();
  }
  bar?.stop();

  const failed = results.filter((f) => f.readError || !f.result?.ok);
  if (opts.json) {
    io.out(
      `${JSON.stringify(
        results.map((f) => ({
          file: f.file,
          bytes: f.bytes,
          ...(f.readError ? { error: f.readError } : {}),
          ...(f.result
            ? {
                ok: f.result.ok,
                outcome: f.result.outcome,
                report: f.result.report,
                patients: f.result.patients.map((p) => ({ patient: p, caseDraft: toCaseDraft(p, { assessmentDate: date }) })),
              }
            : {}),
          written: f.written,
        })),
        null,
        2,
      )}\n`,
    );
  } else {
    io.out(summary(results, date));
  }
  for (const f of failed) {
    if (f.readError) {
      io.err(`spinepath: ${f.file}: ${f.readError}\n`);
      continue;
    }
    const errs = f.result!.report.issues.filter((i) => i.severity === 'error' || i.severity === 'fatal');
    io.err(`spinepath: ${f.file}: ${errs.length} error${errs.length === 1 ? '' : 's'}\n`);
    for (const e of errs) io.err(`  ${e.path}: ${e.message}\n`);
  }
  return failed.length > 0 ? 2 : 0;
}

function summary(results: FileResult[], date: string): string {
  const lines: string[] = [];
  const ok = results.filter((f) => f.result);
  const patients = ok.flatMap((f) => f.result!.patients);
  const byType: Record<string, number> = {};
  let mapped = 0;
  let unmapped = 0;
  const unmappedCodes = new Map<string, number>();
  const unsupported = new Map<string, number>();
  for (const f of ok) {
    const rep = f.result!.report;
    for (const [t, n] of Object.entries(rep.resourcesByType)) byType[t] = (byType[t] ?? 0) + n;
    mapped += rep.mapped.length;
    unmapped += rep.unmapped.length;
    for (const u of rep.unmapped) {
      const k = `${u.resourceType} ${u.system ?? '(no system)'}|${u.code ?? '(no code)'}${u.display ? ` "${u.display}"` : ''}`;
      unmappedCodes.set(k, (unmappedCodes.get(k) ?? 0) + 1);
    }
    for (const u of rep.unsupported) unsupported.set(u.resourceType, (unsupported.get(u.resourceType) ?? 0) + u.count);
  }
  lines.push(`FHIR import: ${results.length} file${results.length === 1 ? '' : 's'}, ${patients.length} patient${patients.length === 1 ? '' : 's'} (reference date ${date})`);
  lines.push('');
  lines.push('Resources by type:');
  for (const [t, n] of Object.entries(byType).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    lines.push(`  ${t.padEnd(24)} ${String(n).padStart(6)}${unsupported.has(t) ? '  (not read)' : ''}`);
  }
  lines.push('');
  lines.push(`Codes: ${mapped} mapped, ${unmapped} not mapped (every one listed in the report; --json for all)`);
  const top = [...unmappedCodes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 15);
  for (const [k, n] of top) lines.push(`  ${String(n).padStart(4)} x ${k}`);
  if (unmappedCodes.size > top.length) lines.push(`  ... and ${unmappedCodes.size - top.length} more distinct codes`);
  lines.push('');
  lines.push('Per file:');
  for (const f of results) {
    if (f.readError) {
      lines.push(`  ${f.file}: NOT IMPORTED: ${f.readError}`);
      continue;
    }
    const r = f.result!;
    const errs = r.report.issues.filter((i) => i.severity === 'error' || i.severity === 'fatal').length;
    const warns = r.report.issues.filter((i) => i.severity === 'warning').length;
    lines.push(`  ${f.file}: ${errs} error${errs === 1 ? '' : 's'}, ${warns} warning${warns === 1 ? '' : 's'}, ${r.patients.length} patient${r.patients.length === 1 ? '' : 's'}`);
    for (const p of r.patients) {
      const draft = toCaseDraft(p, { assessmentDate: date });
      const meds = p.medications.filter((m) => m.classes.length > 0);
      const cls = [...new Set(meds.flatMap((m) => m.classes))];
      lines.push(
        `    ${p.identity}: ${p.sex}${p.age !== undefined ? `, ${p.age} y` : ''}; ${p.surgeries.length} operation(s), ${p.conditions.length} condition(s) recognised, ` +
          `${p.questionnaires.length} questionnaire result(s), ${p.painScores.length} other pain score(s), ${meds.length} medication record(s) of interest${cls.length ? ` (${cls.join(', ')})` : ''}`,
      );
      lines.push(`      case draft: ${draft.valid ? 'valid' : `incomplete: ${draft.missing.map((m) => `${m.path}: ${m.message}`).join('; ')}`}`);
    }
    for (const w of f.written) lines.push(`    wrote ${w}`);
  }
  return `${lines.join('\n')}\n`;
}
