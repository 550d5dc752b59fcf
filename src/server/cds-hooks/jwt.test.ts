/**
 * JWT verification of CDS Hooks calls (CDS Hooks 2.0 security): signed as the public sandbox signs, ES384/RS384 only,
 * iss allowlist with its JWK Set, jku only when it is the allowlisted URL, aud = the endpoint URL, exp/iat/jti
 * required, replays refused through the database on SQLite and PostgreSQL (two verifiers stand for two servers).
 */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpiredJti, rememberJti } from '../../store/cds-jti.js';
import { openTestStore, testDatabases, type TestStore } from '../../store/test-support/databases.js';
import { reportSkipped } from '../../store/test-support/report.js';
import { ApiError } from '../errors.js';
import type { CdsConfig } from './config.js';
import { CdsJwtVerifier } from './jwt.js';
import { startFhirStandIn, type StandIn } from './test-support/fhir-stand-in.js';
import { SANDBOX_ISS, SANDBOX_ISSUER, SANDBOX_JWKS, SANDBOX_KID, signSandboxJwt } from './test-support/sandbox-key.js';

const AUD = 'https://spinepath.example.org/cds-services/spinepath-patient-view';
const NOW = new Date('2026-04-14T09:00:00Z');
const NOW_S = NOW.getTime() / 1000;

const cfg = (over: Partial<CdsConfig> = {}): CdsConfig => ({
  issuers: [SANDBOX_ISSUER],
  fhirServers: [],
  allowUnsigned: false,
  clockSkewSeconds: 30,
  maxTokenSeconds: 3600,
  fetchTimeoutMs: 1000,
  rateLimitPerMinute: 1000,
  bodyLimit: 1 << 20,
  ...over,
});

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).statusCode).toBe(401);
    expect((e as ApiError).headers['www-authenticate']).toMatch(/^Bearer error="invalid_token"/);
    return (e as ApiError).errors[0]!.message;
  }
  throw new Error('expected a refusal');
}

const bearer = (jwt: string) => `Bearer ${jwt}`;

describe('CDS Hooks JWT verification (signature and claims)', () => {
  const v = new CdsJwtVerifier(cfg());
  const verify = async (o: Parameters<typeof signSandboxJwt>[0], verifier = v, aud = AUD) => verifier.verify(bearer(await signSandboxJwt({ now: NOW_S, ...o })), aud, NOW);

  it('accepts a token signed as the CDS Hooks sandbox signs it (ES384, kid, jku, iss, aud, exp, iat, jti)', async () => {
    const c = await verify({ aud: AUD, jti: 'j-1', claims: { tenant: 'clinic-1' } });
    expect(c).toMatchObject({ iss: SANDBOX_ISS, jti: 'j-1', tenant: 'clinic-1' });
  });

  it('accepts aud as an array holding the endpoint URL, and no jku (JWK Set agreed out of band)', async () => {
    expect((await verify({ aud: ['https://other.example', AUD] as unknown as string })).iss).toBe(SANDBOX_ISS);
    expect((await verify({ aud: AUD, header: { jku: undefined } })).iss).toBe(SANDBOX_ISS);
  });

  it('refuses a missing or malformed Authorization header unless unsigned calls are allowed (development)', async () => {
    expect(await refusal(v.verify(undefined, AUD, NOW))).toMatch(/need Authorization: Bearer <JWT>/);
    expect(await refusal(v.verify('Basic abc', AUD, NOW))).toMatch(/must be "Bearer <JWT>"/);
    expect(await refusal(v.verify('Bearer not-a-jwt', AUD, NOW))).toMatch(/not a JWT/);
    expect(await new CdsJwtVerifier(cfg({ allowUnsigned: true })).verify(undefined, AUD, NOW)).toEqual({ iss: null });
    // Allowing unsigned calls does not weaken a signed one.
    expect(await refusal(new CdsJwtVerifier(cfg({ allowUnsigned: true })).verify(bearer(await signSandboxJwt({ aud: 'https://elsewhere', now: NOW_S })), AUD, NOW))).toMatch(/aud/);
  });

  it('refuses alg none and HMAC (HS256, HS384) even with a valid-looking payload', async () => {
    const none = new UnsecuredJWT({ iss: SANDBOX_ISS, aud: AUD, exp: NOW_S + 300, iat: NOW_S, jti: randomUUID() }).encode();
    expect(await refusal(v.verify(bearer(none), AUD, NOW))).toMatch(/alg "none" is not accepted: ES384 or RS384 only/);
    for (const alg of ['HS256', 'HS384']) {
      const hs = await new SignJWT({ iss: SANDBOX_ISS, aud: AUD, exp: NOW_S + 300, iat: NOW_S, jti: randomUUID() })
        .setProtectedHeader({ alg, typ: 'JWT', kid: SANDBOX_KID })
        .sign(new TextEncoder().encode('a shared secret that CDS Hooks forbids'));
      expect(await refusal(v.verify(bearer(hs), AUD, NOW))).toMatch(new RegExp(`alg "${alg}" is not accepted`));
    }
  });

  it('refuses ES256 and a header without kid or with the wrong typ', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    expect(await refusal(verify({ aud: AUD, alg: 'ES256', key: privateKey }))).toMatch(/alg "ES256" is not accepted/);
    expect(await refusal(verify({ aud: AUD, header: { kid: undefined } }))).toMatch(/no kid/);
    expect(await refusal(verify({ aud: AUD, header: { typ: 'at+jwt' } }))).toMatch(/typ/);
  });

  it('accepts RS384 from an allowlisted issuer with an RSA key, and refuses a key that is not in the JWK Set', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS384', { modulusLength: 2048 });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'rsa-1', alg: 'RS384', use: 'sig' };
    const rsa = new CdsJwtVerifier(cfg({ issuers: [SANDBOX_ISSUER, { iss: 'https://ehr.example', jwks: { keys: [jwk] } }] }));
    const ok = await verify({ aud: AUD, iss: 'https://ehr.example', alg: 'RS384', key: privateKey, header: { kid: 'rsa-1', jku: undefined } }, rsa);
    expect(ok.iss).toBe('https://ehr.example');
    // The sandbox's name with another key: no key of the sandbox's JWK Set verifies it.
    const { privateKey: other } = await generateKeyPair('ES384');
    expect(await refusal(verify({ aud: AUD, key: other }))).toMatch(/signature does not verify/);
    expect(await refusal(verify({ aud: AUD, header: { kid: 'unknown-kid' } }))).toMatch(/no key in the issuer's JWK Set/);
  });

  it('refuses an iss that is not on the allowlist, and a jku that is not the allowlisted JWK Set URL', async () => {
    expect(await refusal(verify({ aud: AUD, iss: 'https://evil.example' }))).toBe('JWT iss https://evil.example is not on this service\'s allowlist of EHRs');
    expect(await refusal(verify({ aud: AUD, header: { jku: 'https://evil.example/jwks.json' } }))).toMatch(/jku "https:\/\/evil.example\/jwks.json" is not the allowlisted JWK Set URL of https:\/\/sandbox.cds-hooks.org/);
    // An issuer configured with keys only has no jku on its allowlist.
    const keysOnly = new CdsJwtVerifier(cfg({ issuers: [{ iss: SANDBOX_ISS, jwks: SANDBOX_JWKS }] }));
    expect(await refusal(verify({ aud: AUD }, keysOnly))).toMatch(/jku .* is not the allowlisted/);
    expect((await verify({ aud: AUD, header: { jku: undefined } }, keysOnly)).iss).toBe(SANDBOX_ISS);
  });

  it('checks aud against the full endpoint URL', async () => {
    expect(await refusal(verify({ aud: 'https://spinepath.example.org/cds-services' }))).toBe(`JWT aud "https://spinepath.example.org/cds-services" must be this endpoint's URL, ${AUD}`);
    expect(await refusal(verify({ aud: `${AUD}/feedback` }))).toMatch(/must be this endpoint's URL/);
  });

  it('requires exp, iat and jti; refuses expired tokens beyond the clock skew and overly long-lived ones', async () => {
    for (const claim of ['exp', 'iat', 'jti']) expect(await refusal(verify({ aud: AUD, claims: { [claim]: undefined } }))).toMatch(new RegExp(`no ${claim} claim`));
    // Expired 20 s ago: within the 30 s skew. 40 s ago: refused.
    expect((await verify({ aud: AUD, now: NOW_S - 320 })).iss).toBe(SANDBOX_ISS);
    expect(await refusal(verify({ aud: AUD, now: NOW_S - 340 }))).toMatch(/has expired/);
    expect(await refusal(verify({ aud: AUD, lifetime: 24 * 3600 }))).toMatch(/more than 3600 s away/);
    expect(await refusal(verify({ aud: AUD, jti: '' }))).toMatch(/jti/);
  });

  it('fetches the JWK Set from the allowlisted jwksUrl when no keys are configured (and from nowhere else)', async () => {
    let s: StandIn | undefined;
    try {
      s = await startFhirStandIn({ jwks: SANDBOX_JWKS });
      const jku = `${s.origin}/jwks.json`;
      const remote = new CdsJwtVerifier(cfg({ issuers: [{ iss: SANDBOX_ISS, jwksUrl: jku }] }));
      expect((await verify({ aud: AUD, header: { jku } }, remote)).iss).toBe(SANDBOX_ISS);
      expect((await verify({ aud: AUD, header: { jku: undefined } }, remote)).iss).toBe(SANDBOX_ISS);
      const before = s.requests.length;
      expect(await refusal(verify({ aud: AUD, header: { jku: `${s.origin}/other-jwks.json` } }, remote))).toMatch(/not the allowlisted/);
      expect(s.requests.length).toBe(before);
      expect(s.requests.every((r) => r.url === '/jwks.json')).toBe(true);
    } finally {
      await s?.close();
    }
  });
});

const dbs = await testDatabases();
reportSkipped(dbs, 'CDS Hooks JWT replay cache');

describe.each(dbs.run)('CDS Hooks JWT replay cache on %s', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(kind);
  });
  afterAll(async () => {
    await store.dispose();
  });

  it('refuses a jti seen before, also when replayed to another server sharing the database', async () => {
    const serverA = new CdsJwtVerifier(cfg());
    const serverB = new CdsJwtVerifier(cfg());
    const jwt = bearer(await signSandboxJwt({ aud: AUD, now: NOW_S }));
    expect((await serverA.verifyAndRemember(store.db, jwt, AUD, NOW)).iss).toBe(SANDBOX_ISS);
    expect(await refusal(serverA.verifyAndRemember(store.db, jwt, AUD, NOW))).toMatch(/already used/);
    expect(await refusal(serverB.verifyAndRemember(store.db, jwt, AUD, NOW))).toMatch(/already used/);
    // Concurrent replays: exactly one wins.
    const fresh = bearer(await signSandboxJwt({ aud: AUD, now: NOW_S }));
    const results = await Promise.allSettled([serverA, serverB, serverA, serverB].map((s) => s.verifyAndRemember(store.db, fresh, AUD, NOW)));
    expect(results.filter((r) => r.status === 'fulfilled').length).toBe(1);
  });

  it('keeps each jti until its token expires (plus skew), then lets the row go', async () => {
    const v = new CdsJwtVerifier(cfg());
    const jti = `exp-${randomUUID()}`;
    await v.verifyAndRemember(store.db, bearer(await signSandboxJwt({ aud: AUD, now: NOW_S, lifetime: 60, jti })), AUD, NOW);
    const row = await store.db.selectFrom('cds_jti').selectAll().where('jti', '=', `${SANDBOX_ISS} ${jti}`).executeTakeFirstOrThrow();
    expect(row.expires_at).toBe(new Date((NOW_S + 60 + 30) * 1000).toISOString());
    expect(await purgeExpiredJti(store.db, new Date((NOW_S + 89) * 1000).toISOString())).toBe(0);
    expect(await purgeExpiredJti(store.db, new Date((NOW_S + 91) * 1000).toISOString())).toBeGreaterThanOrEqual(1);
  });

  it('lets a jti row go stale: once its token has expired, the key can be recorded again (one statement)', async () => {
    const j = { jti: `stale-${randomUUID()}`, issuer: SANDBOX_ISS };
    expect(await rememberJti(store.db, { ...j, expiresAt: '2026-04-14T09:05:00.000Z', now: '2026-04-14T09:00:00.000Z' })).toBe(true);
    expect(await rememberJti(store.db, { ...j, expiresAt: '2026-04-14T09:10:00.000Z', now: '2026-04-14T09:04:59.000Z' })).toBe(false);
    expect(await rememberJti(store.db, { ...j, expiresAt: '2026-04-14T09:20:00.000Z', now: '2026-04-14T09:06:00.000Z' })).toBe(true);
    const row = await store.db.selectFrom('cds_jti').selectAll().where('jti', '=', `${SANDBOX_ISS} ${j.jti}`).executeTakeFirstOrThrow();
    expect(row.expires_at).toBe('2026-04-14T09:20:00.000Z');
  });

  it('does not record the jti of a token that fails verification', async () => {
    const v = new CdsJwtVerifier(cfg());
    const jti = `bad-${randomUUID()}`;
    await refusal(v.verifyAndRemember(store.db, bearer(await signSandboxJwt({ aud: 'https://wrong.example', now: NOW_S, jti })), AUD, NOW));
    expect(await store.db.selectFrom('cds_jti').selectAll().where('jti', '=', `${SANDBOX_ISS} ${jti}`).executeTakeFirst()).toBeUndefined();
  });
});
