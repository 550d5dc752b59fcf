/**
 * Server configuration from the environment (documented in docs/server.md, "Configuration"). `loadConfig` parses and
 * reports every bad value by variable name; `unsafeProductionSettings` lists what production refuses to start with.
 */
import { join } from 'node:path';
import { isValidTimeZone } from '../store/clock.js';
import { isPostgresUrl } from '../store/connect.js';
import { loadCdsConfig, normaliseBase, unsafeCdsSettings, type CdsConfig } from './cds-hooks/config.js';

export type Mode = 'development' | 'production' | 'test';

export interface PasswordHashCost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

export interface ServerConfig {
  mode: Mode;
  host: string;
  port: number;
  databaseUrl: string | undefined;
  pgSchema: string | undefined;
  dataDir: string;
  sqliteFile: string;
  sqliteSynchronous: 'FULL' | 'NORMAL';
  /** Signs cookies and CSRF tokens; required in production (development generates one and keeps it in the database). */
  secret: string | undefined;
  /** A TLS-terminating proxy sits in front (required in production unless bound to loopback). */
  tlsProxy: boolean;
  trustProxy: boolean | number | string;
  bodyLimit: number;
  timeZone: string;
  demo: boolean;
  sessionTtlMs: number;
  sessionIdleMs: number;
  loginMaxFailures: number;
  lockoutMs: number;
  /** Sign-in attempts per client address per minute. */
  loginPerMinute: number;
  /** Requests per client per minute on the API (0 = off, development only). */
  rateLimitPerMinute: number;
  passwordHash: PasswordHashCost;
  logLevel: string;
  bootstrapAdmin: { email: string; password: string } | undefined;
  /** The server's public base URL (scheme, host, port; no trailing slash): CDS Hooks JWT audience and card links. */
  publicUrl: string | undefined;
  /** CDS Hooks: trusted EHRs, FHIR server allowlist (src/server/cds-hooks/config.ts). */
  cds: CdsConfig;
}

/** OWASP's argon2id minimum (m=19 MiB, t=2, p=1). */
export const DEFAULT_HASH_COST: PasswordHashCost = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Values that appear in examples and must never be real secrets or passwords. */
export const KNOWN_WEAK = ['change-me', 'changeme', 'secret', 'password', 'development', 'admin', 'postgres', 'spinepath', 'example', 'test'];

export interface LoadedConfig {
  config: ServerConfig;
  errors: string[];
}

const systemZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): LoadedConfig {
  const errors: string[] = [];
  const int = (name: string, def: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return def;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      errors.push(`${name}: expected a whole number ${min}-${max}, got '${raw}'`);
      return def;
    }
    return n;
  };
  const flag = (name: string, def: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return def;
    if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
    errors.push(`${name}: expected 1 or 0, got '${raw}'`);
    return def;
  };

  const modeRaw = env.SPINEPATH_MODE ?? (env.NODE_ENV === 'production' ? 'production' : 'development');
  let mode: Mode = 'development';
  if (modeRaw === 'development' || modeRaw === 'production' || modeRaw === 'test') mode = modeRaw;
  else errors.push(`SPINEPATH_MODE: expected development or production, got '${modeRaw}'`);

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !isPostgresUrl(databaseUrl)) errors.push('DATABASE_URL: expected a postgres:// or postgresql:// URL');
  const dataDir = env.SPINEPATH_DATA_DIR || join(cwd, 'data');
  const sync = (env.SPINEPATH_SQLITE_SYNCHRONOUS ?? 'FULL').toUpperCase();
  if (sync !== 'FULL' && sync !== 'NORMAL') errors.push(`SPINEPATH_SQLITE_SYNCHRONOUS: expected FULL or NORMAL, got '${sync}'`);

  const timeZone = env.SPINEPATH_TIME_ZONE || systemZone();
  if (!isValidTimeZone(timeZone)) errors.push(`SPINEPATH_TIME_ZONE: '${timeZone}' is not an IANA time zone (e.g. Europe/London)`);

  const tlsProxy = flag('SPINEPATH_TLS_PROXY', false);
  const trustRaw = env.SPINEPATH_TRUST_PROXY;
  let trustProxy: boolean | number | string = tlsProxy;
  if (trustRaw !== undefined && trustRaw !== '') {
    trustProxy = /^\d+$/.test(trustRaw) ? Number(trustRaw) : ['1', 'true'].includes(trustRaw) ? true : ['0', 'false'].includes(trustRaw) ? false : trustRaw;
  }

  const adminEmail = env.SPINEPATH_ADMIN_EMAIL;
  const adminPassword = env.SPINEPATH_ADMIN_PASSWORD;
  if (!!adminEmail !== !!adminPassword) errors.push('SPINEPATH_ADMIN_EMAIL and SPINEPATH_ADMIN_PASSWORD go together');

  const config: ServerConfig = {
    mode,
    host: env.HOST || 'localhost',
    port: int('PORT', 3000, 0, 65535),
    databaseUrl,
    pgSchema: env.SPINEPATH_PG_SCHEMA || undefined,
    dataDir,
    sqliteFile: env.SPINEPATH_SQLITE_FILE || join(dataDir, 'spinepath.db'),
    sqliteSynchronous: sync === 'NORMAL' ? 'NORMAL' : 'FULL',
    secret: env.SPINEPATH_SECRET || undefined,
    tlsProxy,
    trustProxy,
    bodyLimit: int('SPINEPATH_BODY_LIMIT', 1024 * 1024, 1024, 100 * 1024 * 1024),
    timeZone,
    demo: flag('SPINEPATH_DEMO', mode === 'development'),
    sessionTtlMs: int('SPINEPATH_SESSION_HOURS', 12, 1, 24 * 30) * 3600_000,
    sessionIdleMs: int('SPINEPATH_SESSION_IDLE_MINUTES', 60, 5, 24 * 60) * 60_000,
    loginMaxFailures: int('SPINEPATH_LOGIN_MAX_FAILURES', 5, 1, 100),
    lockoutMs: int('SPINEPATH_LOCKOUT_MINUTES', 15, 1, 24 * 60) * 60_000,
    loginPerMinute: int('SPINEPATH_LOGIN_PER_MINUTE', 20, 1, 10_000),
    rateLimitPerMinute: int('SPINEPATH_RATE_LIMIT', 1200, 0, 1_000_000),
    passwordHash: DEFAULT_HASH_COST,
    logLevel: env.SPINEPATH_LOG_LEVEL || (mode === 'test' ? 'silent' : mode === 'development' ? 'warn' : 'info'),
    bootstrapAdmin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
    publicUrl: env.SPINEPATH_PUBLIC_URL ? normaliseBase(env.SPINEPATH_PUBLIC_URL) : undefined,
    cds: loadCdsConfig(env, errors, int, flag),
  };
  if (env.SPINEPATH_PUBLIC_URL && !/^https?:\/\/[^/\s]+$/.test(normaliseBase(env.SPINEPATH_PUBLIC_URL))) errors.push(`SPINEPATH_PUBLIC_URL: expected scheme://host[:port] without a path, got '${env.SPINEPATH_PUBLIC_URL}'`);
  return { config, errors };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', 'ip6-localhost']);

export const isLoopback = (host: string): boolean => LOOPBACK.has(host.toLowerCase()) || host.startsWith('127.');

export function isWeak(value: string, minLength: number): boolean {
  const v = value.toLowerCase();
  return value.length < minLength || KNOWN_WEAK.some((w) => v === w || v.replace(/[^a-z]/g, '') === w) || /^(.)\1+$/.test(value);
}

/** Everything that makes a production configuration unsafe, in words; empty when it may start. */
export function unsafeProductionSettings(c: ServerConfig): string[] {
  if (c.mode !== 'production') return [];
  const out: string[] = [];
  if (!c.secret) out.push('SPINEPATH_SECRET is required in production (at least 32 random characters, e.g. `openssl rand -base64 48`)');
  else if (isWeak(c.secret, 32)) out.push('SPINEPATH_SECRET is too short or a placeholder: use at least 32 random characters');
  if (!isLoopback(c.host) && !c.tlsProxy) {
    out.push(`HOST=${c.host} serves plain HTTP beyond this machine: put a TLS-terminating proxy in front and set SPINEPATH_TLS_PROXY=1, or bind to localhost`);
  }
  if (c.demo) out.push('SPINEPATH_DEMO=1: demo accounts and patients are not allowed in production');
  if (c.rateLimitPerMinute === 0) out.push('SPINEPATH_RATE_LIMIT=0 turns rate limiting off, which production does not allow');
  if (c.bootstrapAdmin && isWeak(c.bootstrapAdmin.password, 12)) out.push('SPINEPATH_ADMIN_PASSWORD is too short or a default: use at least 12 characters');
  if (c.databaseUrl) {
    try {
      const pw = decodeURIComponent(new URL(c.databaseUrl).password);
      if (pw && isWeak(pw, 8)) out.push('DATABASE_URL uses a default or short password');
    } catch {
      /* reported by loadConfig */
    }
  }
  out.push(...unsafeCdsSettings(c.cds, c.publicUrl));
  if (c.sqliteSynchronous !== 'FULL' && !c.databaseUrl) out.push('SPINEPATH_SQLITE_SYNCHRONOUS=NORMAL may lose acknowledged writes on power loss; production requires FULL');
  return out;
}
