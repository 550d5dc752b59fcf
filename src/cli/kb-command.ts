/** `spinepath kb [causes|findings|tests|red-flags|references] [id]`: knowledge entries with their sources. */
import { basisLabel, shortRef, wrap } from './render-assessment.js';
import { compiledKb } from '../engine/compiled-kb.js';
import { formatCitation } from '../engine/assess.js';
import { nearest } from '../case/suggest.js';
import { TIME_WINDOWS } from '../knowledge/schema.js';
import type { Io } from './main.js';
import { planEntries } from './kb-plan-entries.js';

const KINDS = ['causes', 'findings', 'tests', 'red-flags', 'treatments', 'drugs', 'procedures', 'references'] as const;
type Kind = (typeof KINDS)[number];

export function kbCommand(kind: string | undefined, id: string | undefined, opts: { json?: boolean }, io: Io): number {
  const kb = compiledKb();
  if (!kind) {
    io.out(`Knowledge base ${kb.kb.version} (${kb.hash}): ${kb.kb.causes.length} causes, ${kb.kb.findings.length} findings, ${kb.kb.tests.length} tests, ${kb.kb.redFlags.length} red flags, ${kb.kb.references.length} references.\n`);
    io.out(`Use: spinepath kb <${KINDS.join('|')}> [id]\n`);
    return 0;
  }
  if (!(KINDS as readonly string[]).includes(kind)) {
    const s = nearest(kind, KINDS);
    io.err(`spinepath: kind: unknown kind '${kind}'${s ? `; did you mean '${s}'?` : ''}; one of ${KINDS.join(', ')}\n`);
    return 2;
  }
  const list = entries(kind as Kind);
  if (!id) {
    if (opts.json) io.out(`${JSON.stringify(list.map((e) => e.value), null, 2)}\n`);
    else for (const e of list) io.out(`${e.id.padEnd(48)} ${e.title}\n`);
    return 0;
  }
  const entry = list.find((e) => e.id === id || e.code === id);
  if (!entry) {
    const s = nearest(id, list.map((e) => e.id));
    io.err(`spinepath: id: no ${kind} entry '${id}'${s ? `; did you mean '${s}'?` : ''}\n`);
    return 2;
  }
  io.out(opts.json ? `${JSON.stringify(entry.value, null, 2)}\n` : entry.render());
  return 0;
}

interface Entry {
  id: string;
  code?: string;
  title: string;
  value: unknown;
  render: () => string;
}

function entries(kind: Kind): Entry[] {
  const kb = compiledKb();
  switch (kind) {
    case 'causes':
      return kb.kb.causes.map((c) => ({
        id: c.id,
        code: c.code,
        title: `${c.code} ${c.name}`,
        value: c,
        render: () => {
          const o: string[] = [`${c.code} ${c.name} (${c.id})`, `Synonyms: ${c.synonyms.join(', ') || '-'}`, `Pain type: ${c.painTypes.join(', ')}; onset: ${c.onset.description}`];
          o.push(...wrap(`Hallmarks: ${c.hallmarks}`));
          o.push('Priors (<1 mo, 1-6 mo, 6-24 mo, >24 mo):');
          for (const op of ['discectomy', 'decompression', 'fusion', 'cervical'] as const) {
            const p = c.priors[op];
            o.push(...wrap(`${op}: ${p.values.join(', ')} - ${basisLabel(p.basis)}${p.basis.note ? `: ${p.basis.note}` : ''}`, '  '));
          }
          o.push(`Likelihood ratios (present / absent) by group:`);
          for (const r of c.likelihoodRatios) {
            o.push(...wrap(`${r.finding}: ${r.present} / ${r.absent ?? '-'} [${r.group}] - ${basisLabel(r.basis)}${r.basis.note ? `: ${r.basis.note}` : ''}`, '  '));
          }
          o.push(...wrap(`Management: ${c.management}`));
          o.push(`Sources: ${c.sources.map(shortRef).join('; ')}`);
          void TIME_WINDOWS;
          return o.join('\n') + '\n';
        },
      }));
    case 'findings':
      return kb.kb.findings.map((f) => ({
        id: f.id,
        title: `${f.category}: ${f.label}`,
        value: f,
        render: () =>
          [`${f.label} (${f.id}; ${f.category}${f.regions ? `; ${f.regions.join('/')} only` : ''})`, ...wrap(f.definition), f.derivedFrom ? `Derived from: ${f.derivedFrom}` : '', ...f.codes.map((c) => `Code: ${c.system} ${c.code} ${c.display}`), `Basis: ${basisLabel(f.basis)}${f.basis.note ? `: ${f.basis.note}` : ''}`]
            .filter(Boolean)
            .join('\n') + '\n',
      }));
    case 'tests':
      return kb.kb.tests.map((t) => ({
        id: t.id,
        code: t.code,
        title: `${t.code} ${t.name}`,
        value: t,
        render: () =>
          [
            `${t.code} ${t.name} (${t.id})`,
            ...wrap(`Purpose: ${t.purpose}`),
            `Confirms: ${t.confirms.join(', ') || '-'}; excludes: ${t.excludes.join(', ') || '-'}`,
            `Results: ${t.resultFindings.join(', ')}`,
            ...t.accuracy.flatMap((a) => wrap(`Accuracy: ${a.statement} - ${basisLabel(a.basis)}`)),
            `Invasiveness: ${t.invasiveness}; cost tier ${t.costTier} (${basisLabel(t.tierBasis)}); result valid ${t.validityDays} days (${basisLabel(t.validityBasis)})`,
            ...t.caveats.flatMap((c) => wrap(`Caveat: ${c}`)),
            `Sources: ${t.sources.map(shortRef).join('; ')}`,
          ].join('\n') + '\n',
      }));
    case 'red-flags':
      return kb.kb.redFlags.map((r) => ({
        id: r.id,
        code: r.code,
        title: `${r.code} ${r.name}`,
        value: r,
        render: () =>
          [
            `${r.code} ${r.name} (${r.id})`,
            'Triggers:',
            ...r.triggers.flatMap((t) => wrap(`[${t.urgency}] ${t.description} (all of: ${t.allOf.join(', ') || '-'}; any of: ${t.anyOf.join(', ') || '-'}) - ${basisLabel(t.basis)}`, '  ')),
            'Actions:',
            ...r.actions.flatMap((a) => wrap(`- ${a}`, '  ')),
            `Time frames: ${Object.entries(r.timeFrames).map(([k, v]) => `${k}: ${v}`).join('; ')}`,
            `Tests first: ${r.tests.join(', ') || '-'}`,
            ...r.notes.flatMap((n) => wrap(`Note: ${n}`)),
            `Sources: ${r.sources.map(shortRef).join('; ')}`,
          ].join('\n') + '\n',
      }));
    case 'treatments':
    case 'drugs':
    case 'procedures':
      return planEntries(kind);
    case 'references':
      return kb.kb.references.map((r) => ({
        id: r.id,
        title: r.short,
        value: r,
        render: () => `${r.short} (${r.id})\n${wrap(formatCitation(r)).join('\n')}\nRead: ${r.accessed}\n`,
      }));
  }
}
