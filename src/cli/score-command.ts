/**
 * `spinepath score <instrument> <response.json> [--json]`: score one response, in SpinePath's own answer format or as a
 * FHIR R4 QuestionnaireResponse (e.g. the LHC-Forms PHQ-9 with LOINC answer codes, or plain values).
 *
 * Exit 0 with the score; exit 2 when the response cannot be scored, with every error naming the item and what was
 * expected, or the missing-item rule that refused it (never a silent zero). A PHQ-9 item 9 alert is printed first
 * whatever the outcome. `--json` prints the full result (at least instrument, score, complete, interpretation).
 */
import { jsonErrorMessage } from '../case/validate.js';
import { nearest } from '../case/suggest.js';
import { getInstrument, INSTRUMENT_IDS, isInstrumentId, score, type ScoreResult } from '../instruments/index.js';
import { readInputFile } from './io.js';
import type { Io } from './main.js';
import { wrap } from './render-assessment.js';

export function scoreCommand(instrument: string, file: string, opts: { json?: boolean }, io: Io): number {
  if (!isInstrumentId(instrument)) {
    const s = nearest(instrument, INSTRUMENT_IDS);
    io.err(`spinepath: unknown instrument '${instrument}'${s ? `; did you mean '${s}'?` : ''} Known: ${INSTRUMENT_IDS.join(', ')} (spinepath instruments).\n`);
    return 2;
  }
  const text = readInputFile(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    io.err(`spinepath: ${file}: ${jsonErrorMessage(e, text)}\n`);
    return 2;
  }
  // Own format without the instrument field: the command line names it.
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && !('resourceType' in data) && !('instrument' in data) && 'answers' in data) {
    data = { ...(data as object), instrument };
  }
  const r = score(instrument, data);
  const scored = r.errors.length === 0 && r.display !== null;

  if (opts.json) io.out(`${JSON.stringify(r, null, 2)}\n`);
  else io.out(renderScore(r));

  if (!scored) {
    const def = getInstrument(instrument);
    io.err(`spinepath: ${file}: ${def.shortName} not scored\n`);
    for (const e of r.errors) io.err(`  ${e.message}\n`);
    if (r.errors.length === 0) io.err(`  ${r.missingRule.text}\n`);
    return 2;
  }
  for (const w of r.warnings) io.err(`warning: ${w}\n`);
  return 0;
}

export function renderScore(r: ScoreResult): string {
  const def = getInstrument(r.instrument);
  const out: string[] = [];
  for (const a of r.alerts) {
    out.push(a.level === 'urgent' ? '!!! ALERT: THOUGHTS OF SELF-HARM (PHQ-9 item 9) !!!' : 'CHECK: PHQ-9 item 9 (self-harm thoughts)');
    out.push(...wrap(a.message, '  '));
    if (a.patientMessage) out.push(...wrap(`Tell the patient: ${a.patientMessage}`, '  '));
    out.push('');
  }
  out.push(`${def.name} (${def.shortName}, version ${r.instrumentVersion})${r.date ? `, ${r.date}` : ''}`);
  if (r.display !== null) {
    out.push(`Score: ${r.display} (${r.scoreName}, range ${r.range.min} to ${r.range.max}; ${r.direction.replace(/-/g, ' ')})${r.band ? `: ${r.band.label} (${r.band.range})` : ''}`);
  } else {
    out.push('Score: not scored');
  }
  out.push(`Complete: ${r.complete ? 'yes' : 'no'} (${r.answered} of ${r.itemCount} scored items answered${r.missing.length ? `; missing: ${r.missing.join(', ')}` : ''})`);
  for (const s of Object.values(r.subscores)) {
    if (s.display !== null) out.push(`  ${s.name}: ${s.display}${s.band ? ` (${s.band.label})` : ''}`);
  }
  out.push(...wrap(`Interpretation: ${r.interpretation}`));
  out.push(...wrap(`Missing-item rule: ${r.missingRule.text}`));
  for (const n of r.notes.filter(Boolean)) out.push(...wrap(`Note: ${n}`));
  for (const e of r.errors) out.push(...wrap(`Error: ${e.message}`));
  out.push(...wrap(`Licence class ${def.licence.class}: ${def.licence.copyright}`));
  out.push(`Scorer: ${r.scorer.name} ${r.scorer.version}`);
  return `${out.join('\n')}\n`;
}
