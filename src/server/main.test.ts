/**
 * Starting the server for real (a socket on a free port): development seeds the demo once and prints its passwords;
 * production refuses unsafe settings and demo data, creates the first admin from the environment, and sets Secure
 * __Host- cookies.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, StartupError } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'sp-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'k3J9xQ2mV7pL4tR8wZ1nB6cF5hD0sA9e';

describe('startServer', () => {
  it('development: migrates, seeds the demo once, prints the passwords, serves, stops', async () => {
    const env = { SPINEPATH_DATA_DIR: join(dir, 'dev'), PORT: '0', HOST: '127.0.0.1', SPINEPATH_TIME_ZONE: 'UTC' };
    let out = '';
    const s = await startServer({ env, print: (x) => void (out += x) });
    try {
      expect(out).toMatch(/applied 0001-initial/);
      const pw = /clinician +clinician@demo\.spinepath\.local +password: (\S+)/.exec(out)?.[1];
      expect(pw).toBeDefined();
      expect(readFileSync(join(dir, 'dev', 'demo-credentials.txt'), 'utf8')).toContain(pw!);
      const patients = Number(/(\d+) demo patients/.exec(out)?.[1]);
      expect(patients).toBeGreaterThan(20);
      const res = await fetch(`${s.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'clinician@demo.spinepath.local', password: pw }) });
      expect(res.status).toBe(200);
      const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const list = (await (await fetch(`${s.url}/api/patients?limit=500`, { headers: { cookie } })).json()) as { patients: { id: string }[] };
      expect(list.patients).toHaveLength(patients);
      const assessed = (await (await fetch(`${s.url}/api/patients/${list.patients[0]!.id}/assessments`, { headers: { cookie } })).json()) as { assessments: unknown[] };
      expect(assessed.assessments).toHaveLength(1);
    } finally {
      await s.close();
    }
    let again = '';
    const s2 = await startServer({ env, print: (x) => void (again += x) });
    await s2.close();
    expect(again).not.toMatch(/password/);
  });

  it('production: refuses an unsafe configuration, listing every problem', async () => {
    const err = await startServer({ env: { SPINEPATH_MODE: 'production', SPINEPATH_DATA_DIR: join(dir, 'p0'), HOST: '0.0.0.0', PORT: '0' }, print: () => undefined }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as StartupError).problems.join('\n')).toMatch(/SPINEPATH_SECRET is required[\s\S]*HOST=0\.0\.0\.0/);
  });

  it('production: refuses a database holding demo data', async () => {
    const err = await startServer({ env: { SPINEPATH_MODE: 'production', SPINEPATH_SECRET: SECRET, SPINEPATH_DATA_DIR: join(dir, 'dev'), PORT: '0' }, print: () => undefined }).catch((e: unknown) => e);
    expect((err as StartupError).problems[0]).toMatch(/holds demo data/);
  });

  it('production: creates the first admin from the environment; cookies are Secure with the __Host- prefix', async () => {
    const env = { SPINEPATH_MODE: 'production', SPINEPATH_LOG_LEVEL: 'silent', SPINEPATH_SECRET: SECRET, SPINEPATH_DATA_DIR: join(dir, 'prod'), PORT: '0', HOST: '127.0.0.1', SPINEPATH_ADMIN_EMAIL: 'root@clinic.org', SPINEPATH_ADMIN_PASSWORD: 'Tr0ub4dor&3-horse-battery' };
    let out = '';
    const s = await startServer({ env, print: (x) => void (out += x) });
    try {
      expect(out).toMatch(/created the admin account root@clinic\.org/);
      expect(out).not.toMatch(/demo/);
      const res = await s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'root@clinic.org', password: 'Tr0ub4dor&3-horse-battery' } });
      expect(res.statusCode).toBe(200);
      const c = res.cookies.find((x) => x.name === '__Host-sp_session');
      expect(c).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(res.headers['strict-transport-security']).toBeDefined();
      const patients = await s.app.inject({ method: 'GET', url: '/api/admin/patients', cookies: { '__Host-sp_session': c!.value } });
      expect(patients.json().patients).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
