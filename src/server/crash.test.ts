/**
 * Crash safety: a server process writing to SQLite (WAL, synchronous=FULL) is killed with SIGKILL in the middle of a
 * burst of writes. Every write it acknowledged (201) must be in the database afterwards, with its audit event, and the
 * audit chain must verify. (PostgreSQL's durability is its own: a committed transaction survives a server crash.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../store/audit.js';
import { openStore } from '../store/connect.js';

const dir = mkdtempSync(join(tmpdir(), 'sp-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ADMIN = { email: 'root@crash.test', password: 'crash-test-passphrase-42' };

describe('kill -9 during writes (SQLite)', () => {
  it('keeps every acknowledged write and an intact audit chain', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./test-support/crash-child.ts', import.meta.url))], {
      env: { ...process.env, SPINEPATH_MODE: 'development', SPINEPATH_DEMO: '0', SPINEPATH_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', SPINEPATH_ADMIN_EMAIL: ADMIN.email, SPINEPATH_ADMIN_PASSWORD: ADMIN.password, SPINEPATH_LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = / on (http:\/\/[^\s]+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
      setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20_000);
    });
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const acknowledged: string[] = [];
    let sent = 0;
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    const writer = async (w: number) => {
      for (;;) {
        const name = `team-${w}-${sent++}`;
        try {
          const r = await fetch(`${url}/api/admin/care-teams`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify({ name }) });
          if (r.status === 201) acknowledged.push(name);
          if (acknowledged.length === 60) child.kill('SIGKILL');
        } catch {
          return; // connection refused or reset: the server is gone
        }
      }
    };
    await Promise.all([writer(1), writer(2), writer(3), writer(4)]);
    await exited;
    expect(child.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    const store = await openStore({ sqliteFile: join(dir, 'spinepath.db') });
    try {
      const rows = await store.db.selectFrom('care_teams').select('name').execute();
      const names = new Set(rows.map((r) => r.name));
      expect(acknowledged.filter((n) => !names.has(n))).toEqual([]);
      const audited = await store.db.selectFrom('audit_events').select('resource_id').where('resource_type', '=', 'CareTeam').where('action', '=', 'create').execute();
      expect(audited.length).toBe(rows.length);
      expect((await verifyAuditChain(store.db)).ok).toBe(true);
    } finally {
      await store.close();
    }
  }, 60_000);
});
