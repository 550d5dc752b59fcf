import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

const PEERS = new URL('../../../shared/peers/', import.meta.url);
const peer = (p: string) => new URL(p, PEERS).pathname;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('spinepath import', () => {
  it('a folder: summary, case drafts per patient, exit 2 naming the bad files; no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-import-'));
    const out = mkdtempSync(join(tmpdir(), 'sp-out-'));
    copyFileSync(peer('fhir/ahrq-pms-brenda-jackson.json'), join(dir, 'ahrq.json'));
    copyFileSync(peer('synthea/Jacki_Feil.json'), join(dir, 'jacki.json'));
    writeFileSync(join(dir, 'broken.json'), '{"resourceType": "Bundle", ');
    writeFileSync(join(dir, 'patient.json'), '{"resourceType": "Patient"}');
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const r = await run(['import', dir, '--out', out, '--date', '2024-01-01']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^FHIR import: 4 files, 2 patients \(reference date 2024-01-01\)/);
    expect(r.out).toMatch(/MedicationRequest\s+41/);
    expect(r.out).toMatch(/Codes: 82 mapped, 169 not mapped/);
    expect(r.out).toMatch(/Claim\s+31 {2}\(not read\)/);
    expect(r.out).toMatch(/case draft: incomplete: surgeries: PSPS-T2 needs at least one spine operation/);
    expect(r.err).toMatch(/broken.json: 1 error\n {2}\(file\): malformed JSON/);
    expect(r.err).toMatch(/patient.json: 1 error\n {2}resourceType: expected resourceType "Bundle", got "Patient"/);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    expect(readdirSync(out).sort()).toEqual(['ahrq.case.json', 'ahrq.import.json', 'jacki.case.json', 'jacki.import.json']);
    const draft = JSON.parse(readFileSync(join(out, 'ahrq.case.json'), 'utf8'));
    expect(draft).toMatchObject({ assessmentDate: '2024-01-01', patient: { age: 62, sex: 'female' }, surgeries: [] });
    const side = JSON.parse(readFileSync(join(out, 'ahrq.import.json'), 'utf8'));
    expect(side.valid).toBe(false);
    expect(side.patient.medications).toHaveLength(33);
  });

  it('--json prints the report of every file; a clean file exits 0', async () => {
    const r = await run(['import', peer('synthea/Randolph_Wisoky.json'), '--json', '--date', '2006-05-08']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toHaveLength(1);
    expect(j[0].ok).toBe(true);
    expect(j[0].report.unmapped).toHaveLength(88);
    expect(j[0].patients[0].caseDraft.valid).toBe(false);
  });

  it('bad arguments exit 2 with a message', async () => {
    expect((await run(['import', '/nonexistent/x.json'])).err).toMatch(/no such file or folder/);
    expect((await run(['import', '/nonexistent/x.json'])).code).toBe(2);
    const d = await run(['import', peer('fhir/ahrq-pms-brenda-jackson.json'), '--date', '2024-02-30x']);
    expect(d.code).toBe(2);
    expect(d.err).toMatch(/--date: expected YYYY-MM-DD/);
  });
});
