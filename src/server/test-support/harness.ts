/**
 * A server for HTTP tests (fastify.inject, no sockets) on a fresh SQLite or PostgreSQL store, with the six principals
 * of the authorisation matrix: anonymous, patient A, patient B, a clinician outside patient A's care team, a clinician
 * in it, and an admin. Passwords are hashed with a cheap argon2id cost to keep the suite fast.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { fixedClock } from '../../store/clock.js';
import type { DialectName } from '../../store/connect.js';
import { createPatient, type Patient } from '../../store/patients.js';
import type { Role } from '../../store/schema.js';
import { addMember, createTeam } from '../../store/teams.js';
import { createUser } from '../../store/users.js';
import { openTestStore, type TestStore } from '../../store/test-support/databases.js';
import { buildApp } from '../app.js';
import { loadConfig, type ServerConfig } from '../config.js';
import { hashPassword } from '../auth/password.js';

export const TEST_PASSWORD = 'correct horse battery staple';
export const TEST_SECRET = 'test-secret-0123456789abcdef0123456789abcdef';
export const TEST_NOW = '2026-04-14T09:00:00.000Z';

export function testConfig(over: Partial<ServerConfig> = {}): ServerConfig {
  const { config } = loadConfig({ SPINEPATH_MODE: 'test', SPINEPATH_TIME_ZONE: 'Europe/London' });
  return { ...config, demo: false, rateLimitPerMinute: 100_000, loginPerMinute: 10_000, passwordHash: { memoryCost: 1024, timeCost: 1, parallelism: 1 }, ...over };
}

export interface Caller {
  readonly name: string;
  readonly userId: string | null;
  readonly role: Role | null;
  /** Cookie header and CSRF token (session callers). */
  readonly cookie?: string;
  readonly csrf?: string;
  /** Bearer token (token callers). */
  readonly token?: string;
}

export const ANONYMOUS: Caller = { name: 'anonymous', userId: null, role: null };

export interface TestServer {
  app: FastifyInstance;
  store: TestStore;
  clock: ReturnType<typeof fixedClock>;
  config: ServerConfig;
  teamA: string;
  teamB: string;
  patientA: Patient;
  patientB: Patient;
  callers: { anonymous: Caller; patientA: Caller; patientB: Caller; clinicianOut: Caller; clinicianIn: Caller; admin: Caller };
  /** Sends a request as a caller: cookie + x-csrf-token for session callers, Authorization for token callers. */
  call(caller: Caller, method: InjectOptions['method'], url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  signIn(email: string, password?: string): Promise<Caller>;
  close(): Promise<void>;
}

export async function startTestServer(kind: DialectName, over: Partial<ServerConfig> = {}, storeOpts: { sqliteFile?: string } = {}): Promise<TestServer> {
  const config = testConfig(over);
  const store = await openTestStore(kind, storeOpts);
  const clock = fixedClock(TEST_NOW);
  const app = await buildApp({ config, store, secret: TEST_SECRET, clock, logger: false });
  await app.ready();
  const now = clock.now().toISOString();
  const db = store.db;
  const teamA = (await createTeam(db, 'Team A', now)).id;
  const teamB = (await createTeam(db, 'Team B', now)).id;
  const patientA = await createPatient(db, { careTeamId: teamA, familyName: 'Able', givenName: 'Anna', birthDate: '1984-06-02', sex: 'female', mrn: 'A-1' }, null, now);
  const patientB = await createPatient(db, { careTeamId: teamA, familyName: 'Baker', givenName: 'Ben', birthDate: '1962-01-15', sex: 'male', mrn: 'B-1' }, null, now);
  const hash = await hashPassword(TEST_PASSWORD, config.passwordHash);
  const mk = async (email: string, role: Role, patientId?: string) => createUser(db, { email, displayName: email.split('@')[0]!, role, passwordHash: hash, patientId: patientId ?? null }, now);
  await mk('patient.a@test', 'patient', patientA.id);
  await mk('patient.b@test', 'patient', patientB.id);
  const out = await mk('clinician.out@test', 'clinician');
  const inn = await mk('clinician.in@test', 'clinician');
  await mk('admin@test', 'admin');
  await addMember(db, teamB, out.id, now);
  await addMember(db, teamA, inn.id, now);

  const call: TestServer['call'] = (caller, method, url, body, headers = {}) => {
    const h: Record<string, string> = { ...headers };
    if (caller.cookie) h.cookie = caller.cookie;
    if (caller.csrf && method !== 'GET') h['x-csrf-token'] = caller.csrf;
    if (caller.token) h.authorization = `Bearer ${caller.token}`;
    const opts: InjectOptions = { method, url, headers: h };
    if (body !== undefined) {
      if (typeof body === 'string') {
        opts.payload = body;
        h['content-type'] ??= 'application/json';
      } else opts.payload = body as InjectOptions['payload'];
    }
    return app.inject(opts);
  };

  const signIn = async (email: string, password = TEST_PASSWORD): Promise<Caller> => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
    const body = res.json() as { user: { id: string; role: Role }; csrfToken: string };
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    return { name: email, userId: body.user.id, role: body.user.role, cookie, csrf: body.csrfToken };
  };

  const callers = {
    anonymous: ANONYMOUS,
    patientA: { ...(await signIn('patient.a@test')), name: 'patient A' },
    patientB: { ...(await signIn('patient.b@test')), name: 'patient B' },
    clinicianOut: { ...(await signIn('clinician.out@test')), name: 'clinician outside the care team' },
    clinicianIn: { ...(await signIn('clinician.in@test')), name: 'clinician in the care team' },
    admin: { ...(await signIn('admin@test')), name: 'admin' },
  };

  return {
    app,
    store,
    clock,
    config,
    teamA,
    teamB,
    patientA,
    patientB,
    callers,
    call,
    signIn,
    async close() {
      await app.close();
      await store.dispose();
    },
  };
}
