/**
 * CDS Hooks configuration from the environment (docs/cds-hooks.md, "Configuration"): the EHRs trusted to call the
 * service (`iss` allowlist, each with its JWK Set), the FHIR servers the service may fetch from, and the few knobs
 * around them. Parsed once at start-up; every bad value is reported by variable name.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export interface CdsIssuer {
  /** The `iss` claim, exactly. */
  iss: string;
  /** The issuer's JWK Set URL: the only `jku` accepted for it, and where keys are fetched when no `jwks` is given. */
  jwksUrl?: string;
  /** The issuer's public JWK Set, communicated out of band (no network at verification time). */
  jwks?: { keys: Record<string, unknown>[] };
}

export interface CdsConfig {
  issuers: CdsIssuer[];
  /** FHIR server base URLs the service may call with an EHR's fhirAuthorization (normalised, no trailing slash). */
  fhirServers: string[];
  /** Accept requests without a JWT (development only; production refuses to start with it). */
  allowUnsigned: boolean;
  /** Clock skew tolerated on exp/iat, seconds. */
  clockSkewSeconds: number;
  /** Longest token lifetime accepted (exp - now), seconds: bounds the replay cache. */
  maxTokenSeconds: number;
  /** Deadline for all FHIR fetches of one call, milliseconds. */
  fetchTimeoutMs: number;
  /** Calls per EHR (JWT iss) per minute to the service and feedback endpoints; also failed authentications per client address per minute, and discovery calls per address. */
  rateLimitPerMinute: number;
  /** Largest CDS Hooks request body (prefetch can carry a whole record), bytes. */
  bodyLimit: number;
}

const jwksSchema = z.object({ keys: z.array(z.record(z.string(), z.unknown())).min(1, 'a JWK Set needs at least one key') });

const issuerSchema = z
  .object({
    iss: z.string().min(1),
    jwksUrl: z.url({ protocol: /^https?$/ }).optional(),
    jwks: jwksSchema.optional(),
    jwksFile: z.string().min(1).optional(),
  })
  .strict()
  .refine((i) => i.jwksUrl || i.jwks || i.jwksFile, { message: 'give jwksUrl, jwks or jwksFile' });

/** A base URL without trailing slashes (how allowlists and fhirServer values are compared). */
export const normaliseBase = (url: string): string => url.replace(/\/+$/, '');

function parseIssuers(raw: string | undefined, errors: string[]): CdsIssuer[] {
  if (!raw || !raw.trim()) return [];
  const name = 'SPINEPATH_CDS_ISSUERS';
  let text = raw.trim();
  if (!text.startsWith('[') && !text.startsWith('{')) {
    try {
      text = readFileSync(text, 'utf8');
    } catch (e) {
      errors.push(`${name}: '${raw}' is neither JSON nor a readable file (${(e as Error).message})`);
      return [];
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    errors.push(`${name}: malformed JSON (${(e as Error).message})`);
    return [];
  }
  const parsed = z.array(issuerSchema).safeParse(Array.isArray(data) ? data : [data]);
  if (!parsed.success) {
    for (const i of parsed.error.issues) errors.push(`${name}[${i.path.join('.')}]: ${i.message}`);
    return [];
  }
  const out: CdsIssuer[] = [];
  for (const [n, i] of parsed.data.entries()) {
    let jwks = i.jwks;
    if (i.jwksFile) {
      try {
        const r = jwksSchema.safeParse(JSON.parse(readFileSync(i.jwksFile, 'utf8')));
        if (!r.success) errors.push(`${name}[${n}].jwksFile: ${i.jwksFile} is not a JWK Set (${r.error.issues[0]?.message})`);
        else jwks = r.data;
      } catch (e) {
        errors.push(`${name}[${n}].jwksFile: cannot read ${i.jwksFile} (${(e as Error).message})`);
      }
    }
    if (out.some((o) => o.iss === i.iss)) errors.push(`${name}[${n}].iss: ${i.iss} is listed twice`);
    out.push({ iss: i.iss, ...(i.jwksUrl ? { jwksUrl: i.jwksUrl } : {}), ...(jwks ? { jwks } : {}) });
  }
  return out;
}

export function loadCdsConfig(env: NodeJS.ProcessEnv, errors: string[], int: (name: string, def: number, min: number, max: number) => number, flag: (name: string, def: boolean) => boolean): CdsConfig {
  const fhirServers: string[] = [];
  for (const s of (env.SPINEPATH_CDS_FHIR_SERVERS ?? '').split(/[\s,]+/).filter(Boolean)) {
    if (!/^https?:\/\/[^/\s]+/.test(s)) errors.push(`SPINEPATH_CDS_FHIR_SERVERS: '${s}' is not an http(s) base URL`);
    else fhirServers.push(normaliseBase(s));
  }
  return {
    issuers: parseIssuers(env.SPINEPATH_CDS_ISSUERS, errors),
    fhirServers,
    allowUnsigned: flag('SPINEPATH_CDS_ALLOW_UNSIGNED', false),
    clockSkewSeconds: int('SPINEPATH_CDS_CLOCK_SKEW_SECONDS', 30, 0, 300),
    maxTokenSeconds: int('SPINEPATH_CDS_MAX_TOKEN_SECONDS', 3600, 60, 24 * 3600),
    fetchTimeoutMs: int('SPINEPATH_CDS_FETCH_TIMEOUT_MS', 1500, 100, 30_000),
    rateLimitPerMinute: int('SPINEPATH_CDS_RATE_LIMIT', 6000, 1, 10_000_000),
    bodyLimit: int('SPINEPATH_CDS_BODY_LIMIT', 8 * 1024 * 1024, 1024, 100 * 1024 * 1024),
  };
}

const isLoopbackUrl = (u: string): boolean => {
  try {
    const h = new URL(u).hostname.replace(/^\[|\]$/g, '');
    return h === 'localhost' || h === '::1' || h.startsWith('127.');
  } catch {
    return false;
  }
};

/** What production refuses in the CDS Hooks settings (added to unsafeProductionSettings). */
export function unsafeCdsSettings(c: CdsConfig, publicUrl: string | undefined): string[] {
  const out: string[] = [];
  if (c.allowUnsigned) out.push('SPINEPATH_CDS_ALLOW_UNSIGNED=1 accepts CDS Hooks calls without a signed JWT, which production does not allow');
  if (c.issuers.length && !publicUrl) out.push('SPINEPATH_PUBLIC_URL is required with SPINEPATH_CDS_ISSUERS: the JWT audience is checked against it');
  if (c.issuers.length && publicUrl && !publicUrl.startsWith('https://') && !isLoopbackUrl(publicUrl)) out.push(`SPINEPATH_PUBLIC_URL=${publicUrl}: CDS Hooks needs TLS (https) beyond this machine`);
  for (const s of c.fhirServers) if (!s.startsWith('https://') && !isLoopbackUrl(s)) out.push(`SPINEPATH_CDS_FHIR_SERVERS: ${s} is not https: access tokens would travel in clear`);
  for (const i of c.issuers) if (i.jwksUrl && !i.jwksUrl.startsWith('https://') && !isLoopbackUrl(i.jwksUrl)) out.push(`SPINEPATH_CDS_ISSUERS: the JWK Set URL of ${i.iss} is not https`);
  return out;
}
