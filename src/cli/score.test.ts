/** `spinepath score`, `spinepath instruments` and the outcome sections of `spinepath assess`, as users run them. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS } from '../instruments/index.js';
import { main } from './main.js';

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const examples = new URL('../../examples/', import.meta.url).pathname;
const responses = join(examples, 'responses');
const tmp = mkdtempSync(join(tmpdir(), 'spinepath-score-'));
const file = (name: string, data: unknown) => {
  const p = join(tmp, name);
  writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data));
  return p;
};
const PHQ9 = ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8'];

describe('spinepath score', () => {
  it('scores the LHC-Forms PHQ-9 QuestionnaireResponse (LOINC answer codes) with --json', async () => {
    const r = await cli('score', 'phq9', join(responses, 'phq9-lforms.json'), '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ instrument: 'phq9', score: 12, complete: true, date: '2026-03-02' });
    expect(j.interpretation).toMatch(/moderate depressive symptoms/);
    expect(j.alerts[0]).toMatchObject({ id: 'phq9-item9-self-harm', level: 'urgent' });
  });

  it('prints the item 9 alert first in the text report', async () => {
    const r = await cli('score', 'phq9', join(responses, 'phq9-lforms.json'));
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/ALERT: THOUGHTS OF SELF-HARM/);
    expect(r.out).toMatch(/get help now/);
    expect(r.out).toMatch(/Score: 12 \(total, range 0 to 27/);
  });

  it('accepts a QuestionnaireResponse with plain values', async () => {
    const qr = { resourceType: 'QuestionnaireResponse', status: 'completed', item: PHQ9.map((l, i) => ({ linkId: l, answer: [{ valueInteger: i % 4 === 0 ? 1 : 0 }] })) };
    const r = await cli('score', 'phq9', file('plain.json', qr), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ score: 3, complete: true });
  });

  it('scores the own-format ODI example (one section not applicable) and an answer set without the instrument field', async () => {
    const r = await cli('score', 'odi', join(responses, 'odi.json'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ instrument: 'odi', display: '46.7', complete: false, missingRule: { decision: 'scored-with-missing' } });
    const { answers } = JSON.parse(readFileSync(join(responses, 'odi.json'), 'utf8'));
    const bare = await cli('score', 'odi', file('bare.json', { answers }));
    expect(bare.code).toBe(0);
    expect(bare.out).toMatch(/Score: 46\.7 \(percentage/);
  });

  it('exits 2 naming the item and what was expected for an answer out of range (never a zero)', async () => {
    const r = await cli('score', 'phq9', file('bad.json', { instrument: 'phq9', answers: { '44250-9': 4, '44255-8': 1 } }), '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ score: null, display: null, complete: false });
    expect(r.err).toMatch(/PHQ-9 not scored/);
    expect(r.err).toMatch(/44250-9 \(item 1: little interest or pleasure\): answer 4 is not among the options; expected one of 0, 1, 2, 3/);
    expect(r.err).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('exits 2 naming the missing items and the rule when too many are missing', async () => {
    const r = await cli('score', 'odi', file('few.json', { instrument: 'odi', answers: { 'pain-intensity': 2, lifting: 3 } }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing: personal-care, walking, sitting, standing, sleeping, sex-life, social-life, travelling/);
    expect(r.err).toMatch(/at least 8 answered/);
  });

  it('still raises the item 9 alert when the response cannot be scored', async () => {
    const r = await cli('score', 'phq9', file('i9.json', { instrument: 'phq9', answers: { '44260-8': 3, '44250-9': 9 } }));
    expect(r.code).toBe(2);
    expect(r.out.split('\n')[0]).toMatch(/ALERT/);
  });

  it('exits 2 for a wrong instrument, an unknown instrument, malformed JSON and a missing file', async () => {
    const wrong = await cli('score', 'gad7', join(responses, 'odi.json'));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/answers are for instrument "odi", not "gad7"/);
    const lformsAsGad = await cli('score', 'gad7', join(responses, 'phq9-lforms.json'));
    expect(lformsAsGad.code).toBe(2);
    expect(lformsAsGad.err).toMatch(/unknown item/);
    const unknown = await cli('score', 'phq-9', join(responses, 'odi.json'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown instrument 'phq-9'; did you mean 'phq9'\?/);
    const malformed = await cli('score', 'odi', file('m.json', '{"answers": {'));
    expect(malformed.code).toBe(2);
    expect(malformed.err).toMatch(/malformed JSON/);
    const missing = await cli('score', 'odi', join(tmp, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no such file/);
  });
});

describe('spinepath instruments', () => {
  it('lists every instrument with licence class, items and whether text ships', async () => {
    const r = await cli('instruments');
    expect(r.code).toBe(0);
    for (const id of INSTRUMENT_IDS) expect(r.out).toMatch(new RegExp(`^${id}\\s`, 'm'));
    expect(r.out).toMatch(/^odi\s+Oswestry Disability Index\s+2\.1a\s+C\s+10\s+no/m);
    expect(r.out).toMatch(/^phq9\s+Patient Health Questionnaire-9\s+1\.0\s+A\s+9 \(\+1 unscored\)\s+yes/m);
    const j = JSON.parse((await cli('instruments', '--json')).out);
    expect(j).toHaveLength(13);
    expect(j[0]).toMatchObject({ id: 'nrs', licenceClass: 'A', shipsText: true, itemCount: 4 });
  });
});

describe('spinepath assess with repeated scores', () => {
  const ex = join(examples, 'outcomes-after-epidural-injection.json');
  it('shows the item 9 alert first, the outcome trends and the escalation', async () => {
    const r = await cli('assess', ex);
    expect(r.code).toBe(0);
    expect(r.out.indexOf('ALERT: THOUGHTS OF SELF-HARM')).toBeGreaterThan(0);
    expect(r.out.indexOf('ALERT: THOUGHTS OF SELF-HARM')).toBeLessThan(r.out.indexOf('Triage:'));
    expect(r.out).toMatch(/OUTCOMES/);
    expect(r.out).toMatch(/- Leg pain NRS: 7 \(2025-12-01\) -> 6 \(2026-04-13\), change -1 \(-14%\); IMMPACT: minimally important/);
    expect(r.out).toMatch(/ODI: 48\.9% \(2025-12-01\) -> 44\.4% \(2026-04-13\)/);
    expect(r.out).toMatch(/epidural-steroid-injection started 2026-01-12 \(completed\): NOT RESPONDING - ESCALATE/);
    expect(r.out).toMatch(/ESCALATION: epidural-steroid-injection/);
    expect(r.out).toMatch(/DN4 4 or more present \[DN4 7 on 2026-02-23, questionnaires\[9\]\]/);
    expect(r.out).toMatch(/Follow-up schedule/);
  });
  it('carries outcomes in --json for the plan', async () => {
    const a = JSON.parse((await cli('assess', ex, '--json')).out);
    expect(a.outcomes.escalations).toHaveLength(1);
    expect(a.outcomes.escalations[0]).toMatchObject({ treatment: 'epidural-steroid-injection', courseIndex: 1, measure: 'nrs:leg', baseline: 7, latest: 6 });
    expect(a.outcomes.current.pain.leg).toMatchObject({ value: 6, source: 'questionnaire' });
    expect(a.outcomes.current.vasFromNrs.leg).toMatchObject({ mm: 60, atLeast50Since: '2025-12-01', atLeast50Months: 4 });
    expect(a.outcomes.current.vasBasis.kind).toBe('expert-estimate');
    expect(a.outcomes.alerts[0]).toMatchObject({ level: 'urgent', date: '2026-02-23' });
    expect(a.citations.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['dworkin-2008', 'ostelo-2008', 'norspine-2023']));
  });
});
