/**
 * `spinepath assess <case.json> [--json] [--patient]`: validate, assess, print; exit 2 with every error on invalid input.
 * `--patient` prints the patient version (plain language) instead of the clinician report.
 */
import { parseCaseJson } from '../case/validate.js';
import { assessWithCitations } from '../engine/assess.js';
import { readInputFile } from './io.js';
import type { Io } from './main.js';
import { renderAssessment } from './render-assessment.js';
import { patientVersion, renderPatientVersion } from '../engine/patient/patient-version.js';
import { printIssues } from './print-issues.js';

export function assessCommand(file: string, opts: { json?: boolean; patient?: boolean }, io: Io): number {
  const text = readInputFile(file);
  const v = parseCaseJson(text);
  if (!v.ok) {
    printIssues(file, v.errors, v.warnings, io);
    return 2;
  }
  const a = assessWithCitations(v.case);
  if (opts.patient) {
    const pv = patientVersion(a);
    io.out(opts.json ? `${JSON.stringify(pv, null, 2)}\n` : renderPatientVersion(pv));
    return 0;
  }
  if (opts.json) {
    io.out(`${JSON.stringify({ ...a, validationWarnings: v.warnings }, null, 2)}\n`);
  } else {
    for (const w of v.warnings) io.err(`warning: ${w.path}: ${w.message}\n`);
    io.out(renderAssessment(a));
  }
  return 0;
}
