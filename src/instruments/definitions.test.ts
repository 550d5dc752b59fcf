import { describe, expect, it } from 'vitest';
import { references } from '../knowledge/references.js';
import { DEFINITIONS, instruments } from './registry.js';
import { isValidLoincCode, loincCheckDigit } from './loinc.js';
import { INSTRUMENT_IDS, type Basis, type InstrumentDefinition } from './types.js';

const defs: InstrumentDefinition[] = INSTRUMENT_IDS.map((id) => DEFINITIONS[id]);

/** Every LOINC term code the definitions use (panels, score codes, item codes, subscore codes, notes). */
function loincCodes(d: InstrumentDefinition): string[] {
  const codes = [d.loinc.panel, d.loinc.score, ...d.items.map((i) => i.loinc), ...(d.subscores ?? []).map((s) => s.loinc)];
  // codes mentioned in notes (e.g. "71961-7") are checked too
  const text = [d.loinc.note ?? '', ...d.items.map((i) => i.note ?? '')].join(' ');
  for (const m of text.matchAll(/\b\d{4,6}-\d\b/g)) codes.push(m[0]);
  return codes.filter((c): c is string => typeof c === 'string');
}

function bases(d: InstrumentDefinition): Basis[] {
  return [
    d.licence.basis,
    d.scoring.basis,
    d.missing.basis,
    ...d.bands.map((b) => b.basis),
    ...d.mcid.map((m) => m.basis),
    ...(d.subscores ?? []).flatMap((s) => [s.basis, ...(s.bands ?? []).map((b) => b.basis)]),
  ];
}

describe('LOINC check digits (instruments.md §D.1)', () => {
  it('computes the Users\' Guide example and rejects the known-bad codes', () => {
    expect(loincCheckDigit('12345')).toBe(5);
    expect(isValidLoincCode('44261-6')).toBe(true);
    for (const bad of ['71968-5', '62629-8', '71951-1', '71949-5', '71950-3', '71948-7']) {
      expect(isValidLoincCode(bad), bad).toBe(false);
    }
    expect(isValidLoincCode('LA6568-5')).toBe(false); // answer codes are not term codes
  });

  it.each(defs.map((d) => [d.id, d] as const))('every LOINC term code in %s has a valid check digit', (_id, d) => {
    const codes = loincCodes(d);
    for (const c of codes) expect(isValidLoincCode(c), `${d.id}: ${c}`).toBe(true);
  });

  it('checks a non-trivial number of codes', () => {
    const all = new Set(defs.flatMap(loincCodes));
    expect(all.size).toBeGreaterThanOrEqual(40);
  });
});

describe('licence rules (instruments.md §0.2)', () => {
  it.each(defs.map((d) => [d.id, d] as const))('%s ships text only if class A', (_id, d) => {
    expect(d.licence.shipsText).toBe(d.licence.class === 'A');
    expect(d.licence.owner.length).toBeGreaterThan(3);
    expect(d.licence.copyright.length).toBeGreaterThan(10);
    if (!d.licence.shipsText) {
      expect(d.stem).toBeUndefined();
      for (const it of d.items) {
        expect(it.text, `${d.id} ${it.linkId}`).toBeUndefined();
        expect(it.anchors).toBeUndefined();
        for (const o of it.options ?? []) expect(o.label, `${d.id} ${it.linkId} ${o.value}`).toBeUndefined();
      }
    } else {
      for (const it of d.items) {
        expect(it.text, `${d.id} ${it.linkId}`).toBeTruthy();
        for (const o of it.options ?? []) expect(o.label).toBeTruthy();
      }
    }
  });

  it('class A: PHQ-9, GAD-7, PGIC, NRS, PEG; everything else scoring only', () => {
    const a = defs.filter((d) => d.licence.class === 'A').map((d) => d.id).sort();
    expect(a).toEqual(['gad7', 'nrs', 'peg', 'pgic', 'phq9']);
  });
});

describe('definition invariants', () => {
  const refIds = new Set(references.map((r) => r.id));

  it.each(defs.map((d) => [d.id, d] as const))('%s is well formed', (_id, d) => {
    const linkIds = d.items.map((i) => i.linkId);
    expect(new Set(linkIds).size).toBe(linkIds.length);
    for (const it of d.items) {
      expect(it.linkId).toMatch(/^(\d+-\d|[a-z0-9]+(-[a-z0-9]+)*)$/);
      if (it.loinc && d.items.filter((x) => x.loinc === it.loinc).length === 1) expect(it.linkId).toBe(it.loinc);
      if (it.type === 'choice') {
        const opts = it.options ?? [];
        expect(opts.length).toBeGreaterThan(1);
        expect(new Set(opts.map((o) => o.value)).size).toBe(opts.length);
        expect(new Set(opts.map((o) => o.code)).size).toBe(opts.length);
      } else {
        expect(Number.isInteger(it.min) && Number.isInteger(it.max)).toBe(true);
      }
    }
    expect(d.range.min).toBeLessThan(d.range.max);
    expect(d.sources.length).toBeGreaterThan(0);
    for (const b of bases(d)) {
      if (b.kind === 'published' || b.kind === 'secondary' || b.kind === 'computed') {
        expect(b.refs.length > 0 || b.url !== undefined || b.kind === 'computed', JSON.stringify(b)).toBe(true);
      } else {
        expect(b.note, JSON.stringify(b)).toBeTruthy();
      }
    }
  });

  it.each(defs.map((d) => [d.id, d] as const))('%s cites only reference ids of src/knowledge/references.ts', (_id, d) => {
    const used = new Set([...d.sources, ...bases(d).flatMap((b) => b.refs)]);
    for (const r of used) expect(refIds.has(r), r).toBe(true);
  });

  it.each(defs.filter((d) => d.bands.length > 0).map((d) => [d.id, d] as const))('%s bands ascend and reach the maximum', (_id, d) => {
    for (let i = 1; i < d.bands.length; i++) expect(d.bands[i]!.max).toBeGreaterThanOrEqual(d.bands[i - 1]!.max);
    expect(d.bands.at(-1)!.max).toBeGreaterThanOrEqual(d.range.max);
  });

  it('registry lists all 13 instruments with licence class and item count', () => {
    expect(instruments.map((i) => i.id)).toEqual([...INSTRUMENT_IDS]);
    const byId = Object.fromEntries(instruments.map((i) => [i.id, i]));
    expect(byId.phq9).toMatchObject({ licenceClass: 'A', itemCount: 10, scoredItemCount: 9, loincPanel: '44249-1', loincScore: '44261-6' });
    expect(byId.odi).toMatchObject({ licenceClass: 'C', itemCount: 10, shipsText: false });
    expect(byId['start-back']).toMatchObject({ licenceClass: 'B', itemCount: 9 });
    expect(byId.ndi?.licenceClass).toBe('unknown');
  });
});
