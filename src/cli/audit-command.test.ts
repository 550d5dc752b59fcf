import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../store/audit.js';
import { openTestStore } from '../store/test-support/databases.js';
import { main, type Io } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'sp-audit-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(): Io & { text: () => string } {
  let s = '';
  return { out: (x) => void (s += x), err: (x) => void (s += x), text: () => s };
}

const event = (i: number) => ({
  at: `2026-01-01T00:00:0${i}.000Z`,
  actorId: 'u',
  actorRole: 'clinician',
  action: 'read',
  resourceType: 'Patient',
  resourceId: `p${i}`,
  patientId: `p${i}`,
  outcome: 'success' as const,
  statusCode: 200,
  ip: null,
  userAgent: null,
  method: 'GET',
  path: '/api/patients/x',
});

describe('spinepath audit verify and backup', () => {
  const file = join(dir, 'spinepath.db');

  it('reports an intact chain with exit 0 and a broken one with the event number and exit 3', async () => {
    const store = await openTestStore('sqlite', { sqliteFile: file });
    for (let i = 1; i <= 5; i++) await appendAudit(store, event(i));
    let io = capture();
    expect(await main(['audit', 'verify', '--sqlite', file], io)).toBe(0);
    expect(io.text()).toMatch(/audit trail intact: 5 events/);
    await sql`DROP TRIGGER audit_events_no_update`.execute(store.db);
    await store.db.updateTable('audit_events').set({ status_code: 500 }).where('seq', '=', 3).execute();
    await store.dispose();
    io = capture();
    expect(await main(['audit', 'verify', '--sqlite', file], io)).toBe(3);
    expect(io.text()).toMatch(/BROKEN at event 3: event 3 was altered/);
    io = capture();
    expect(await main(['audit', 'verify', '--sqlite', file, '--json'], io)).toBe(3);
    expect(JSON.parse(io.text())).toMatchObject({ ok: false, brokenAt: 3, events: 2 });
  });

  it('makes an online SQLite backup to a new file', async () => {
    const dest = join(dir, 'backup', 'copy.db');
    const io = capture();
    expect(await main(['backup', dest, '--sqlite', file], io)).toBe(0);
    expect(existsSync(dest)).toBe(true);
    const again = capture();
    expect(await main(['backup', dest, '--sqlite', file], again)).toBe(2);
    expect(again.text()).toMatch(/exists/);
    const v = capture();
    expect(await main(['audit', 'verify', '--sqlite', dest], v)).toBe(3);
  });

  it('exits 2 naming the option when there is no database', async () => {
    const io = capture();
    expect(await main(['audit', 'verify', '--sqlite', join(dir, 'none.db')], io)).toBe(2);
    expect(io.text()).toMatch(/--sqlite: no database at/);
  });
});
