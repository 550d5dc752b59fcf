/**
 * Signing CDS Hooks JWTs in tests and benchmarks the way the public CDS Hooks sandbox does: ES384 with the sandbox's
 * published test key (shared/peers/cds-hooks/sandbox-ecprivkey.pem, its JWK Set in sandbox-jwks.json), header
 * { alg, typ: JWT, kid, jku }, claims { iss, aud, exp: now + 300, iat, jti }. A published key: tests only.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { importPKCS8, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import type { CdsIssuer } from '../config.js';

export const PEERS = new URL('../../../../../shared/peers/', import.meta.url);
export const CDS_PEERS = new URL('cds-hooks/', PEERS);

export const SANDBOX_ISS = 'https://sandbox.cds-hooks.org';
export const SANDBOX_JKU = 'https://sandbox.cds-hooks.org/.well-known/jwks.json';
export const SANDBOX_JWKS = JSON.parse(readFileSync(new URL('sandbox-jwks.json', CDS_PEERS), 'utf8')) as { keys: (Record<string, unknown> & { kid: string })[] };
export const SANDBOX_KID = SANDBOX_JWKS.keys[0]!.kid;

/** The sandbox as an allowlisted issuer, its JWK Set given out of band (no network). */
export const SANDBOX_ISSUER: CdsIssuer = { iss: SANDBOX_ISS, jwksUrl: SANDBOX_JKU, jwks: SANDBOX_JWKS };

let key: Promise<CryptoKey> | undefined;
export const sandboxPrivateKey = (): Promise<CryptoKey> => (key ??= importPKCS8(readFileSync(new URL('sandbox-ecprivkey.pem', CDS_PEERS), 'utf8'), 'ES384'));

export interface SignOptions {
  aud: string;
  /** Seconds since the epoch (default: the real clock). */
  now?: number;
  lifetime?: number;
  jti?: string;
  iss?: string;
  header?: Record<string, unknown>;
  /** Claims to add, or to remove (value undefined). */
  claims?: Record<string, unknown>;
  key?: CryptoKey | Uint8Array;
  alg?: string;
}

export async function signSandboxJwt(o: SignOptions): Promise<string> {
  const now = o.now ?? Math.floor(Date.now() / 1000);
  const claims: JWTPayload = { iss: o.iss ?? SANDBOX_ISS, aud: o.aud, exp: now + (o.lifetime ?? 300), iat: now, jti: o.jti ?? randomUUID(), ...o.claims };
  for (const [k, v] of Object.entries(claims)) if (v === undefined) delete claims[k];
  const header = { alg: o.alg ?? 'ES384', typ: 'JWT', kid: SANDBOX_KID, jku: SANDBOX_JKU, ...o.header };
  for (const [k, v] of Object.entries(header)) if (v === undefined) delete (header as Record<string, unknown>)[k];
  return new SignJWT(claims).setProtectedHeader(header as { alg: string }).sign(o.key ?? (await sandboxPrivateKey()));
}
