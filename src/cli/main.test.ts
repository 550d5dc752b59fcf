/** The CLI as users run it: every example in both forms, exit codes, and bad input without stack traces. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const examplesDir = new URL('../../examples/', import.meta.url).pathname;
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.json'));
const tmp = mkdtempSync(join(tmpdir(), 'spinepath-cli-'));

describe('spinepath assess', () => {
  it('has at least six examples', () => expect(examples.length).toBeGreaterThanOrEqual(6));

  for (const f of examples) {
    it(`assesses examples/${f} as a report and as JSON`, async () => {
      const text = await cli('assess', join(examplesDir, f));
      expect(text.code).toBe(0);
      expect(text.out).toMatch(/Knowledge base \d{4}\.\d+\.\d+ \([0-9a-f]{16}\)/);
      expect(text.out).toMatch(/LIKELY CAUSES/);
      expect(text.out).toMatch(/WORK-UP/);
      const json = await cli('assess', join(examplesDir, f), '--json');
      expect(json.code).toBe(0);
      const a = JSON.parse(json.out);
      expect(a.knowledgeBase.version).toBeTypeOf('string');
      expect(['emergency', 'urgent', 'routine']).toContain(a.triage.urgency);
      for (const r of a.triage.redFlags) expect(r).toMatchObject({ id: expect.any(String), urgency: expect.any(String), actions: expect.any(Array) });
      for (const c of a.causes) expect(c).toMatchObject({ id: expect.any(String), probability: expect.any(Number), band: expect.any(String), evidence: expect.any(Array) });
      for (const w of a.workup) expect(w).toMatchObject({ test: expect.any(String), rationale: expect.any(String) });
    });
  }

  it('boxes the red flags first in the report', async () => {
    const r = await cli('assess', join(examplesDir, 'cauda-equina-after-decompression.json'));
    const first = r.out.split('\n').slice(0, 6).join('\n');
    expect(first).toMatch(/TRIAGE: EMERGENCY/);
    expect(r.out.indexOf('TRIAGE: EMERGENCY')).toBeLessThan(r.out.indexOf('LIKELY CAUSES'));
  });

  it('exits 2 with every error listed and no partial output on invalid input', async () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify({ assessmentDate: '2026-01-01', patient: { age: 200, sex: 'x' }, surgeries: [], findings: [{ id: 'fevr', status: 'present' }] }));
    const r = await cli('assess', file);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/patient\.age: /);
    expect(r.err).toMatch(/patient\.sex: /);
    expect(r.err).toMatch(/surgeries: PSPS-T2 needs at least one spine operation/);
    expect(r.err).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('answers malformed JSON, a missing file and a 20 MB file with exit 2', async () => {
    const bad = join(tmp, 'malformed.json');
    writeFileSync(bad, '{"assessmentDate": ');
    expect((await cli('assess', bad)).err).toMatch(/malformed JSON/);
    const missing = await cli('assess', join(tmp, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no such file/);
    const big = join(tmp, 'big.json');
    writeFileSync(big, `{"note": "${'x'.repeat(20 * 1024 * 1024)}"}`);
    const r = await cli('assess', big);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/20\.0 MB; the limit for one file is 5 MB/);
  });

  it('exits 2 on a usage error', async () => {
    expect((await cli('assess')).code).toBe(2);
    expect((await cli('nonsense')).code).toBe(2);
  });
});

describe('spinepath kb', () => {
  it('lists and shows entries with their sources', async () => {
    const list = await cli('kb', 'causes');
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/recurrent-disc-herniation\s+C05/);
    const one = await cli('kb', 'causes', 'recurrent-disc-herniation');
    expect(one.out).toMatch(/Likelihood ratios/);
    expect(one.out).toMatch(/Hueftle 1988/);
    const byCode = await cli('kb', 'red-flags', 'RF01');
    expect(byCode.out).toMatch(/cauda-equina-syndrome/);
    expect((await cli('kb', 'tests', 'mri-gadolinium', '--json')).out).toMatch(/"code": "D01"/);
    expect((await cli('kb', 'references', 'waddell-1979')).out).toMatch(/J Bone Joint Surg|JBJS/);
  });

  it('suggests the nearest kind or id', async () => {
    const r = await cli('kb', 'cause', 'x');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/did you mean 'causes'/);
    const s = await cli('kb', 'causes', 'recurent-disc-herniation');
    expect(s.err).toMatch(/did you mean 'recurrent-disc-herniation'/);
  });
});
