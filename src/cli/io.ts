/** Reading input files for the CLI: size limits and clear errors instead of stack traces. */
import { readFileSync, statSync } from 'node:fs';

/** Largest case or response file the CLI reads (a case is a few kilobytes; this guards against mistakes). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export class InputError extends Error {
  constructor(
    message: string,
    readonly path = '(file)',
  ) {
    super(message);
  }
}

export function readInputFile(file: string, maxBytes = MAX_INPUT_BYTES): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError(`${file} is a directory, not a JSON file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(e)})`);
  }
  if (size > maxBytes) {
    throw new InputError(`${file} is ${(size / 1024 / 1024).toFixed(1)} MB; the limit for one file is ${maxBytes / 1024 / 1024} MB`);
  }
  return readFileSync(file, 'utf8');
}
