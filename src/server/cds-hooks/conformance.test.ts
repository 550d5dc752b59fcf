/**
 * Conformance with HL7's CDS Hooks test cases (shared/peers/cds-hooks, from FHIR/fhir-test-cases): the good
 * patient-view requests are accepted; the bad ones are refused for the reasons the validator's expected outcomes
 * (expected/*-logical.json) give; discovery and responses have the shape of the good examples.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../test-support/harness.js';
import { SUMMARY_MAX } from './cards.js';
import { callCds, startCdsServer } from './test-support/cds-server.js';
import { ahrqPrefetch, AHRQ_PATIENT_ID, withLaminectomy } from './test-support/fhir-stand-in.js';
import { CDS_PEERS } from './test-support/sandbox-key.js';
import { checkShape, learnShape } from './test-support/shape.js';
import { SERVICE_PATH } from './routes.js';

const peer = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(name, CDS_PEERS), 'utf8')) as Record<string, unknown>;
interface Issue {
  severity: string;
  details?: { text?: string };
  expression?: string[];
}
const expected = (name: string): Issue[] => ((peer(`expected/R4.${name}-logical.json`).issue as Issue[] | undefined) ?? []).filter((i) => i.severity === 'error' || i.severity === 'fatal');
interface Body {
  errors: { path: string; message: string }[];
}

/** The validator's `CDSHooksRequest.prefetch[0].value` is the first prefetch key; ours names the key. */
function ourPath(expression: string, request: Record<string, unknown>): string {
  const keys = Object.keys((request.prefetch as object | undefined) ?? {});
  const m = /^CDSHooksRequest\.(.*)$/.exec(expression.replace(/\/\*[^*]*\*\//g, ''))!;
  return `body.${m[1]!.replace(/^prefetch\[(\d+)\]\.value/, (_x, n: string) => `prefetch.${keys[Number(n)]}`)}`;
}

describe('CDS Hooks conformance with the HL7 test cases', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startCdsServer('sqlite');
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(['cdshooks-request-patient-view-good', 'cdshooks-request-pv-good'])('accepts %s (the validator finds no error in it)', async (name) => {
    expect(expected(name)).toEqual([]);
    const res = await callCds(t, SERVICE_PATH, peer(`${name}.json`));
    expect(res.statusCode, res.body).toBe(200);
    const cards = res.json().cards as { summary: string; indicator: string }[];
    expect(cards.length).toBeGreaterThanOrEqual(2);
    // Only a Patient (and a MedicationRequest) under the requester's own keys: SpinePath says what it did not get.
    expect(res.body).toContain('Not received');
  });

  it('refuses cdshooks-request-patient-view-bad for each reason the validator gives, naming the field', async () => {
    const request = peer('cdshooks-request-patient-view-bad.json');
    const reasons = expected('cdshooks-request-patient-view-bad');
    expect(reasons.length).toBe(4);
    const res = await callCds(t, SERVICE_PATH, request);
    expect(res.statusCode).toBe(400);
    const { errors } = res.json() as Body;
    for (const r of reasons) {
      const path = ourPath(r.expression![0]!, request);
      const hit = errors.find((e) => e.path === path);
      expect(hit, `${path} (${r.details?.text}) in ${JSON.stringify(errors)}`).toBeDefined();
      // Same reason, in our words: "Unable to find resourceType property" / "id value '...' is not valid".
      const text = r.details!.text!;
      if (text.startsWith('Unable to find resourceType')) expect(hit!.message).toContain('Unable to find resourceType property');
      else expect(hit!.message).toContain(/^(id value '[^']+' is not valid)/.exec(text)![1]);
    }
    expect(errors.length).toBe(reasons.length);
  });

  it('refuses cdshooks-request-bad-1 (the order-sign request cdshooks-request-order-sign-bad-1) for the reasons that apply to a patient-view service', async () => {
    const request = peer('cdshooks-request-order-sign-bad-1.json');
    const reasons = expected('cdshooks-request-bad-1');
    const res = await callCds(t, SERVICE_PATH, request);
    expect(res.statusCode).toBe(400);
    const { errors } = res.json() as Body;
    // Not a patient-view call at all.
    expect(errors).toContainEqual({ path: 'body.hook', message: "this service answers the patient-view hook, not 'order-sign'" });
    // The validator's reasons about the fields a patient-view request has: the patient id and the prefetched Patient.
    const patientId = reasons.find((r) => r.expression?.[0] === 'CDSHooksRequest.context.patientId')!;
    expect(errors.find((e) => e.path === 'body.context.patientId')?.message).toContain(/^(id value '[^']+' is not valid)/.exec(patientId.details!.text!)![1]);
    const birthDate = reasons.find((r) => r.expression?.[0]?.endsWith('.birthDate'))!;
    expect(birthDate.details!.text).toBe("Not a valid date format: 'X2002-09-26'");
    expect(ourPath(birthDate.expression![0]!, request)).toBe('body.prefetch.item1.birthDate');
    expect(errors.find((e) => e.path === 'body.prefetch.item1.birthDate')?.message).toContain('X2002-09-26');
    // The others concern context.draftOrders (an order-sign context field: Bundle entries without fullUrl, status
    // 'Xactive') and extensions the validator could not resolve: a patient-view service reads neither, and FHIR
    // allows unknown extensions, so they are not reasons to refuse here.
    const rest = reasons.filter((r) => r !== patientId && r !== birthDate);
    for (const r of rest) expect(r.expression![0]).toMatch(/draftOrders|\.extension\[0\]$/);
  });

  it('answers discovery in the shape of cdshooks-services-good.json', async () => {
    const shape = learnShape(peer('cdshooks-services-good.json'));
    const res = await t.app.inject({ method: 'GET', url: '/cds-services' });
    expect(res.statusCode).toBe(200);
    expect(checkShape(res.json(), shape, { maps: ['$.services[].prefetch'] })).toEqual([]);
    // Not a dictionary, the check would notice a wrong value type.
    expect(checkShape({ services: [{ ...res.json().services[0], prefetch: { patient: 1 } }] }, shape, { maps: ['$.services[].prefetch'] })).toEqual(['$.services[0].prefetch.patient: number, the examples have string']);
    const s = res.json().services[0];
    expect(s).toMatchObject({ id: 'spinepath-patient-view', hook: 'patient-view' });
    for (const template of Object.values(s.prefetch as Record<string, string>)) expect(template).toMatch(/^[A-Z][A-Za-z]+(\/|\?patient=)\{\{context\.patientId\}\}$/);
  });

  it('answers with cards in the shape of cdshooks-response-good.json (topic: CDS Hooks 2.0 Source.topic)', async () => {
    const shape = learnShape(peer('cdshooks-response-good.json'));
    for (const prefetch of [ahrqPrefetch(), ahrqPrefetch(withLaminectomy())]) {
      const res = await callCds(t, SERVICE_PATH, { hook: 'patient-view', hookInstance: 'c2b6f1a2-0c55-4bd4-9a3e-52b3a0a8a1f0', context: { userId: 'Practitioner/example', patientId: AHRQ_PATIENT_ID }, prefetch });
      expect(res.statusCode, res.body).toBe(200);
      expect(checkShape(res.json(), shape, { extra: ['$.cards[].source.topic'] })).toEqual([]);
      for (const c of res.json().cards) {
        expect(c.summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
        expect(['info', 'warning', 'critical']).toContain(c.indicator);
        for (const l of c.links ?? []) expect(l.type).toBe('absolute');
        for (const r of c.overrideReasons ?? []) expect(r.display).toEqual(expect.any(String));
      }
    }
  });
});
