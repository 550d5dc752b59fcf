/** Prints validation problems one per line as `file: path: message`. */
import type { ValidationIssue } from '../case/validate.js';
import type { Io } from './main.js';

export function printIssues(file: string, errors: ValidationIssue[], warnings: ValidationIssue[], io: Io): void {
  io.err(`spinepath: ${file}: ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was assessed\n`);
  for (const e of errors) io.err(`  ${e.path}: ${e.message}\n`);
  for (const w of warnings) io.err(`  warning: ${w.path}: ${w.message}\n`);
}
