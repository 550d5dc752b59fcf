/** The plan, safety and patient version from the command line, on the bundled examples. */
import { readdirSync } from 'node:fs';
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

describe('spinepath assess: plan and safety', () => {
  for (const f of examples) {
    it(`examples/${f}: SAFETY and PLAN after the work-up; --json gains plan[] and safety[]; --patient prints the patient version`, async () => {
      const text = await cli('assess', join(examplesDir, f));
      expect(text.code).toBe(0);
      const iw = text.out.indexOf('WORK-UP');
      expect(text.out.indexOf('SAFETY')).toBeGreaterThan(iw);
      expect(text.out.indexOf('PLAN (stepped')).toBeGreaterThan(text.out.indexOf('SAFETY'));
      const json = JSON.parse((await cli('assess', join(examplesDir, f), '--json')).out);
      expect(json.plan.length).toBeGreaterThanOrEqual(14);
      for (const i of json.plan) {
        expect(i).toMatchObject({ treatment: expect.any(String), recommendation: expect.stringMatching(/^(recommended|consider|not-recommended|contraindicated)$/), step: expect.stringMatching(/^(now|next|later)$/), reasons: expect.any(Array), citations: expect.any(Array) });
      }
      for (const s of json.safety) expect(s).toMatchObject({ id: expect.any(String), severity: expect.stringMatching(/^(block|warn|info)$/), message: expect.any(String), drugs: expect.any(Array), procedures: expect.any(Array), citations: expect.any(Array) });
      const patient = await cli('assess', join(examplesDir, f), '--patient');
      expect(patient.code).toBe(0);
      expect(patient.out).toMatch(/^YOUR BACK PAIN PLAN/);
      expect(patient.out).toMatch(/When to get help right away/);
      expect(patient.out).not.toMatch(/LIKELY CAUSES/);
    });
  }

  it('shows the opioid, benzodiazepine, anticoagulant and unverified-hold checks on the facet example', async () => {
    const r = await cli('assess', join(examplesDir, 'facet-pain-after-fusion-with-blocks.json'));
    expect(r.out).toMatch(/\[WARN\] \[VERIFY\] apixaban/);
    expect(r.out).toMatch(/verify against Narouze 2018/);
    expect(r.out).toMatch(/Opioid with a benzodiazepine \(diazepam\)/);
    expect(r.out).toMatch(/60 MME\/day/);
    expect(r.out).toMatch(/'Movicol' .* is not checked by SpinePath/);
    expect(r.err).toMatch(/warning: medications\[3\]\.name: 'Movicol' is not checked by SpinePath/);
    expect(r.out).toMatch(/\[recommended\] Radiofrequency denervation/);
  });

  it('prints the patient version as JSON with --patient --json', async () => {
    const r = await cli('assess', join(examplesDir, 'recurrent-disc-after-discectomy.json'), '--patient', '--json');
    const pv = JSON.parse(r.out);
    expect(pv.sections.map((s: { id: string }) => s.id)).toEqual(['going-on', 'tests', 'options', 'you-can-do', 'urgent-help']);
  });
});

describe('spinepath kb: treatments, drugs, procedures', () => {
  it('lists and shows treatments with their sources', async () => {
    const list = await cli('kb', 'treatments');
    expect(list.out).toMatch(/T06 Spinal cord stimulation/);
    const one = await cli('kb', 'treatments', 'T06');
    expect(one.out).toMatch(/about 48 in 100 \(24 of 50\)/);
    expect(one.out).toMatch(/Threshold vas-mm-min: 50/);
  });

  it('shows a drug with its CDC factor, RxNorm code and source, and says when no RxNorm code is curated', async () => {
    expect((await cli('kb', 'drugs', 'oxycodone')).out).toMatch(/RxNorm 7804 Oxycodone/);
    expect((await cli('kb', 'drugs', 'oxycodone')).out).toMatch(/MME factor 1.5 per mg\/day/);
    expect((await cli('kb', 'drugs', 'apixaban')).out).toMatch(/RxNorm: no curated code in SpinePath/);
    expect((await cli('kb', 'drugs', 'buprenorphine')).out).toMatch(/No MME factor: Buprenorphine is not in the CDC 2022 MME table/);
  });

  it('shows procedures with their bleeding-risk class', async () => {
    expect((await cli('kb', 'procedures', 'scs-trial-or-implant')).out).toMatch(/bleeding-risk class: high/);
  });
});
