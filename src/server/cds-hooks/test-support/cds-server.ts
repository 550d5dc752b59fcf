/** A test server with the CDS Hooks sandbox as a trusted EHR, and calls signed the way the sandbox signs them. */
import type { LightMyRequestResponse } from 'fastify';
import type { DialectName } from '../../../store/connect.js';
import type { ServerConfig } from '../../config.js';
import { startTestServer, TEST_NOW, testConfig, type TestServer } from '../../test-support/harness.js';
import type { CdsConfig } from '../config.js';
import { SERVICE_PATH } from '../routes.js';
import { SANDBOX_ISSUER, signSandboxJwt, type SignOptions } from './sandbox-key.js';

export const BASE_URL = 'http://localhost:3000';
export const SERVICE_URL = `${BASE_URL}${SERVICE_PATH}`;
export const FEEDBACK_PATH = `${SERVICE_PATH}/feedback`;
/** The harness clock, in JWT seconds. */
export const NOW_S = Math.floor(Date.parse(TEST_NOW) / 1000);

export function startCdsServer(kind: DialectName, cds: Partial<CdsConfig> = {}, over: Partial<ServerConfig> = {}): Promise<TestServer> {
  const base = testConfig();
  return startTestServer(kind, { ...over, cds: { ...base.cds, issuers: [SANDBOX_ISSUER], ...cds } });
}

export interface CallOptions extends Partial<SignOptions> {
  /** null: no Authorization header; a string: that header value as is. */
  authorization?: string | null;
}

/** POSTs to a CDS Hooks endpoint with a fresh sandbox-signed JWT for its URL (unless told otherwise). */
export async function callCds(t: TestServer, path: string, body: unknown, o: CallOptions = {}): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (o.authorization !== null) headers.authorization = o.authorization ?? `Bearer ${await signSandboxJwt({ aud: `${BASE_URL}${path}`, now: NOW_S, ...o })}`;
  return t.app.inject({ method: 'POST', url: path, headers, payload: body as object });
}

export const patientView = (patientId: string, prefetch?: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  hook: 'patient-view',
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  context: { userId: 'Practitioner/example', patientId },
  ...(prefetch ? { prefetch } : {}),
  ...extra,
});
