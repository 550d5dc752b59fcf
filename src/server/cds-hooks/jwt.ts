/**
 * Verifying the EHR's JWT on every CDS Hooks call (CDS Hooks 2.0 "Trusting CDS Clients"), with jose:
 * - `Authorization: Bearer <JWT>`; header `alg` ES384 or RS384 only (never `none`, never HMAC), `typ` JWT, `kid`;
 * - `iss` on the allowlist, verified with that issuer's JWK Set: given out of band (`jwks`) or fetched from its
 *   allowlisted `jwksUrl` (cached by jose; never from a URL the token names);
 * - a `jku` header must be the issuer's allowlisted JWK Set URL ("maintain an allowlist of iss and jku urls"); any
 *   other `jku` is refused rather than fetched;
 * - `aud` the full URL of the endpoint called; `exp` and `iat` present (small clock skew), lifetime bounded;
 * - `jti` present and not seen before: the replay cache is the database table `cds_jti`, shared by every server,
 *   each entry kept until its token expires. A known jti is refused up front (a read); the jti is written with the
 *   call's audit event, in one transaction, and a concurrent replay loses there (primary key).
 * Key sets are built once per issuer when the plugin starts, not per request.
 */
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { jtiSeen, rememberJti } from '../../store/cds-jti.js';
import type { Executor } from '../../store/executor.js';
import { ApiError } from '../errors.js';
import { normaliseBase, type CdsConfig, type CdsIssuer } from './config.js';

export const ALGORITHMS = ['ES384', 'RS384'];

export interface CdsCaller {
  /** The EHR (JWT `iss`), or null for an unsigned development call. */
  iss: string | null;
  jti?: string;
  tenant?: string;
  sub?: string;
}

export const cdsUnauthorized = (message: string): ApiError =>
  new ApiError(401, [{ path: '(auth)', message }], { 'www-authenticate': `Bearer error="invalid_token", error_description="${message.replace(/["\\]/g, "'")}"` });

export class CdsJwtVerifier {
  private readonly keys = new Map<string, { issuer: CdsIssuer; getKey: JWTVerifyGetKey }>();

  constructor(private readonly cfg: CdsConfig) {
    for (const issuer of cfg.issuers) {
      const getKey = issuer.jwks
        ? (createLocalJWKSet(issuer.jwks as Parameters<typeof createLocalJWKSet>[0]) as JWTVerifyGetKey)
        : (createRemoteJWKSet(new URL(issuer.jwksUrl!), { timeoutDuration: 2000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 }) as JWTVerifyGetKey);
      this.keys.set(issuer.iss, { issuer, getKey });
    }
  }

  /**
   * Checks the signature and claims (not the replay cache: see `verifyAndRemember`). Throws a 401 ApiError naming
   * what is wrong.
   */
  async verify(authorization: string | undefined, audience: string, now: Date): Promise<CdsCaller & { exp?: number }> {
    if (!authorization) {
      if (this.cfg.allowUnsigned) return { iss: null };
      throw cdsUnauthorized('CDS Hooks calls need Authorization: Bearer <JWT> signed by an allowlisted EHR (ES384 or RS384)');
    }
    const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!m) throw cdsUnauthorized('the Authorization header must be "Bearer <JWT>"');
    const token = m[1]!;
    let header: ReturnType<typeof decodeProtectedHeader>;
    let claims: ReturnType<typeof decodeJwt>;
    try {
      header = decodeProtectedHeader(token);
      claims = decodeJwt(token);
    } catch {
      throw cdsUnauthorized('the bearer token is not a JWT (header.payload.signature, base64url)');
    }
    if (typeof header.alg !== 'string' || !ALGORITHMS.includes(header.alg)) {
      throw cdsUnauthorized(`JWT alg ${JSON.stringify(header.alg)} is not accepted: ES384 or RS384 only (CDS Hooks forbids none and symmetric algorithms)`);
    }
    if (typeof header.kid !== 'string' || !header.kid) throw cdsUnauthorized('the JWT header has no kid');
    if (typeof claims.iss !== 'string' || !claims.iss) throw cdsUnauthorized('the JWT has no iss claim');
    const entry = this.keys.get(claims.iss);
    if (!entry) throw cdsUnauthorized(`JWT iss ${claims.iss} is not on this service's allowlist of EHRs`);
    if (header.jku !== undefined) {
      const allowed = entry.issuer.jwksUrl;
      if (typeof header.jku !== 'string' || !allowed || normaliseBase(header.jku) !== normaliseBase(allowed)) {
        throw cdsUnauthorized(`JWT jku ${JSON.stringify(header.jku)} is not the allowlisted JWK Set URL of ${claims.iss}${allowed ? ` (${allowed})` : ''}`);
      }
    }
    try {
      const { payload } = await jwtVerify(token, entry.getKey, {
        algorithms: ALGORITHMS,
        issuer: claims.iss,
        audience,
        typ: 'JWT',
        requiredClaims: ['iss', 'aud', 'exp', 'iat', 'jti'],
        clockTolerance: this.cfg.clockSkewSeconds,
        currentDate: now,
      });
      const exp = payload.exp!;
      if (exp - now.getTime() / 1000 > this.cfg.maxTokenSeconds + this.cfg.clockSkewSeconds) {
        throw cdsUnauthorized(`JWT exp is more than ${this.cfg.maxTokenSeconds} s away: use short-lived tokens (SPINEPATH_CDS_MAX_TOKEN_SECONDS)`);
      }
      if (typeof payload.jti !== 'string' || !payload.jti || payload.jti.length > 256) throw cdsUnauthorized('JWT jti must be a string of 1-256 characters');
      return {
        iss: claims.iss,
        jti: payload.jti,
        exp,
        ...(typeof payload.tenant === 'string' ? { tenant: payload.tenant } : {}),
        ...(typeof payload.sub === 'string' ? { sub: payload.sub } : {}),
      };
    } catch (e) {
      if (e instanceof ApiError) throw e;
      throw cdsUnauthorized(describe(e, audience, claims));
    }
  }

  /**
   * verify(), with the jti the call will consume (recorded by `consume`, in the same transaction as the call's audit
   * event: one commit per call). The caller checks the replay cache first (`jtiSeen`, or one preflight read).
   */
  async verifyToken(authorization: string | undefined, audience: string, now: Date): Promise<CdsCaller & { token?: JtiRecord }> {
    const c = await this.verify(authorization, audience, now);
    if (c.iss === null) return c;
    const { exp, ...caller } = c;
    return { ...caller, token: { jti: c.jti!, issuer: c.iss, expiresAt: new Date((exp! + this.cfg.clockSkewSeconds) * 1000).toISOString() } };
  }

  /** verify(), then a read of the shared replay cache: a jti seen before is refused before any work is done. */
  async verifyNotReplayed(db: Executor, authorization: string | undefined, audience: string, now: Date): Promise<CdsCaller & { token?: JtiRecord }> {
    const c = await this.verifyToken(authorization, audience, now);
    if (c.token && (await jtiSeen(db, { jti: c.token.jti, issuer: c.token.issuer, now: now.toISOString() }))) throw replayed(c.token.jti);
    return c;
  }

  /** verify() and record the jti at once (one commit): for endpoints with nothing else to write. */
  async verifyAndRemember(db: Executor, authorization: string | undefined, audience: string, now: Date): Promise<CdsCaller> {
    const { token, ...caller } = await this.verifyNotReplayed(db, authorization, audience, now);
    if (token) await consume(db, token, now);
    return caller;
  }
}

export interface JtiRecord {
  jti: string;
  issuer: string;
  /** When the token expires (plus skew): the cache keeps the jti until then. */
  expiresAt: string;
}

/** The replay-cache key of a jti (jtis are unique per issuer). */
export const jtiKey = (issuer: string, jti: string): string => `${issuer} ${jti}`;

export const replayed = (jti: string) => cdsUnauthorized(`JWT jti ${jti} was already used: each call needs a fresh token (replay refused)`);

/** Records a jti in the replay cache; refuses it (401) when another call recorded it first. */
export async function consume(db: Executor, t: JtiRecord, now: Date): Promise<void> {
  if (!(await rememberJti(db, { ...t, now: now.toISOString() }))) throw replayed(t.jti);
}

function describe(e: unknown, audience: string, claims: { aud?: unknown; exp?: unknown }): string {
  if (e instanceof errors.JWTExpired) return `the JWT has expired (exp ${String(claims.exp)})`;
  if (e instanceof errors.JWTClaimValidationFailed) {
    if (e.claim === 'aud') return `JWT aud ${JSON.stringify(claims.aud)} must be this endpoint's URL, ${audience}`;
    if (e.reason === 'missing') return `the JWT has no ${e.claim} claim (CDS Hooks requires iss, aud, exp, iat and jti)`;
    if (e.claim === 'typ') return 'the JWT header typ must be JWT';
    return `JWT ${e.claim} claim: ${e.message}`;
  }
  if (e instanceof errors.JOSEAlgNotAllowed) return 'JWT alg is not accepted: ES384 or RS384 only';
  if (e instanceof errors.JWKSNoMatchingKey) return "no key in the issuer's JWK Set matches the JWT kid and alg";
  if (e instanceof errors.JWSSignatureVerificationFailed) return 'the JWT signature does not verify with the issuer\'s key';
  if (e instanceof errors.JWKSTimeout || e instanceof errors.JOSEError) return `the JWT could not be verified: ${(e as Error).message}`;
  return 'the JWT could not be verified';
}
