/**
 * Cards from evaluations, without HTTP: red flags as critical cards with the action and time frame (from an assessed
 * vignette, and from findings alone when no operation is recorded), the summary limit (< 140 characters, property
 * tested), and Markdown that EHR text cannot break out of.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../case/validate.js';
import { assess } from '../../engine/assess.js';
import type { PatientDraft } from '../../fhir/index.js';
import { cardsFor, escapeMd, fitSummary, shortName, SUMMARY_MAX, type CardContext } from './cards.js';
import { evaluateDraft, triageFindings } from './evaluate.js';

const ctx: CardContext = { appUrl: 'https://spinepath.example.org', patientUrl: 'https://spinepath.example.org/patients/p1', patientKnown: true, kb: { version: 'test', hash: 'h' }, missing: [], notes: [] };

function vignette(name: string) {
  const v = JSON.parse(readFileSync(new URL(`../../../test/vignettes/${name}.json`, import.meta.url), 'utf8')) as { case: unknown };
  const r = validateCase(v.case);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.case;
}

const draft = (findings: PatientDraft['findings']): PatientDraft => ({
  identity: 'Patient/x',
  aliases: ['Patient/x'],
  identifiers: [],
  hasPatientResource: true,
  sex: 'male',
  birthDate: '1960-01-01',
  surgeries: [],
  conditions: [],
  findings,
  questionnaires: [],
  painScores: [],
  medications: [],
  mme: [],
  resources: [{ resourceType: 'Patient', identity: 'Patient/x' }],
});
const src = [{ resourceType: 'Observation', identity: 'Observation/1', path: 'entry[1].resource' }];

describe('CDS Hooks cards', () => {
  it('gives every active red flag a critical card with its urgent action and time frame, and a warning summary', () => {
    const c = vignette('17-epidural-abscess-after-fusion');
    const a = assess(c);
    const flags = a.triage.redFlags.filter((f) => !f.review);
    expect(flags.length).toBeGreaterThan(0);
    const cards = cardsFor({ kind: 'assessed', assessment: a, case: c, draft: draft([]) }, ctx);
    const critical = cards.filter((x) => x.indicator === 'critical');
    expect(critical.length).toBe(flags.length);
    for (const [i, f] of flags.entries()) {
      const card = critical[i]!;
      expect(card.summary).toContain(f.name.slice(0, 20));
      expect(card.detail).toContain(f.actions[0]!);
      expect(card.detail).toContain(`Time frame: ${f.timeFrame}`);
      expect(card.detail).toContain('**Sources**');
      expect(card.source.url).toMatch(/^https?:\/\//);
    }
    const summary = cards.find((x) => x.source.topic?.code === 'psps-assessment')!;
    expect(summary.indicator).toBe('warning');
    expect(summary.summary).toMatch(/^PSPS-T2: emergency red flag first/);
    expect(cards.at(-1)!.links![0]).toEqual({ label: 'Open SpinePath', url: ctx.patientUrl, type: 'absolute' });
  });

  it('checks red flags from the findings alone when no operation is recorded', () => {
    const d = draft([
      { id: 'fever', status: 'present', date: '2026-04-10', because: 'temperature 38.9', sources: src },
      { id: 'new-or-progressive-motor-deficit', status: 'present', date: '2026-04-12', because: 'coded', sources: src },
      { id: 'urinary-retention-or-saddle-anaesthesia', status: 'absent', because: 'coded', sources: src },
      // After the assessment date: not used.
      { id: 'sepsis-signs', status: 'present', date: '2026-05-01', because: 'coded', sources: src },
    ]);
    const tri = triageFindings(d, '2026-04-14');
    expect(tri.redFlags.map((f) => f.id)).toContain('epidural-abscess');
    expect(tri.urgency).toBe('emergency');
    const e = evaluateDraft(d, '2026-04-14');
    expect(e.kind).toBe('not-assessable');
    const cards = cardsFor(e, { ...ctx, patientKnown: false });
    expect(cards[0]!.indicator).toBe('critical');
    const summary = cards.find((x) => x.source.topic?.code === 'psps-assessment')!;
    expect(summary.indicator).toBe('warning');
    expect(summary.summary).toMatch(/^No spine operation recorded: SpinePath cannot assess PSPS-T2; \d red flags? from the findings$/);
    expect(triageFindings(draft([]), '2026-04-14').redFlags).toEqual([]);
  });

  it('keeps every summary under 140 characters, cutting at a word', () => {
    expect(fitSummary('short')).toBe('short');
    const long = 'PSPS-T2, likely causes: '.concat('Incomplete decompression 25%, '.repeat(8));
    const s = fitSummary(long);
    expect(s.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(s.endsWith('…')).toBe(true);
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (x) => {
        const out = fitSummary(x);
        return out.length <= SUMMARY_MAX && (x.replace(/\s+/g, ' ').trim().length > SUMMARY_MAX || out === x.replace(/\s+/g, ' ').trim());
      }),
    );
  });

  it('escapes EHR text in Markdown and shortens names', () => {
    expect(escapeMd('[click](javascript:alert(1)) <img src=x> **bold**\n# head')).toBe('\\[click\\](javascript:alert(1)) \\<img src=x\\> \\*\\*bold\\*\\* \\# head');
    expect(shortName('Incomplete decompression / residual or recurrent stenosis (central, lateral recess, foraminal)')).toBe('Incomplete decompression');
    expect(shortName('Facet (zygapophysial) joint pain')).toBe('Facet joint pain');
  });
});
