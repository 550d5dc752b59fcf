/** `spinepath instruments [--json]`: the instruments SpinePath scores, with licence class and whether text ships. */
import { getInstrument, instruments } from '../instruments/index.js';
import type { Io } from './main.js';

export function instrumentsCommand(opts: { json?: boolean }, io: Io): number {
  const rows = instruments.map((i) => ({
    ...i,
    scoreName: getInstrument(i.id).scoreName,
    range: getInstrument(i.id).range,
    licenceTerms: getInstrument(i.id).licence.terms,
  }));
  if (opts.json) {
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const head = ['id', 'name', 'version', 'licence', 'items', 'text shipped', 'LOINC panel/score'];
  const table = rows.map((r) => [
    r.id,
    r.name,
    r.version,
    r.licenceClass,
    r.itemCount === r.scoredItemCount ? String(r.itemCount) : `${r.scoredItemCount} (+${r.itemCount - r.scoredItemCount} unscored)`,
    r.shipsText ? 'yes' : 'no (load your licensed text)',
    `${r.loincPanel ?? '-'} / ${r.loincScore ?? '-'}`,
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...table.map((row) => row[c]!.length)));
  const line = (cells: string[]) => cells.map((x, c) => x.padEnd(widths[c]!)).join('  ').trimEnd();
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)];
  out.push('');
  out.push('Licence classes: A public domain / no permission needed (item text ships); B free for non-commercial use;');
  out.push('C licence or permission needed; unknown = treated as C. B, C and unknown ship scoring, codes and answer');
  out.push('values only (docs/instruments.md, "Bring your own text"). Score a response: spinepath score <id> <response.json>');
  io.out(`${out.join('\n')}\n`);
  return 0;
}
