/**
 * Test databases: every storage and API suite runs on SQLite and on PostgreSQL.
 *
 * PostgreSQL is the real server at SPINEPATH_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
 * Each store a test opens lives in a schema of its own (`sp_test_<unix time>_<random>`), dropped when the test
 * closes it; schemas left behind by a killed run are dropped after an hour. When PostgreSQL cannot be reached the
 * PostgreSQL suites are reported as skipped with the reason (never passed silently); with
 * SPINEPATH_TEST_REQUIRE_PG=1 (CI) they fail instead.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, redactUrl, type DialectName, type Store } from '../connect.js';
import { migrateToLatest } from '../migrate.js';

export const PG_TEST_URL = process.env.SPINEPATH_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type PgStatus = { ok: true } | { ok: false; reason: string };

let probe: Promise<PgStatus> | undefined;

/** Whether the PostgreSQL test server answers (checked once per test file). */
export function postgresStatus(): Promise<PgStatus> {
  probe ??= (async () => {
    const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      await dropStaleSchemas(client);
      return { ok: true } as const;
    } catch (e) {
      return { ok: false, reason: `PostgreSQL unreachable at ${redactUrl(PG_TEST_URL)}: ${e instanceof Error ? e.message : String(e)}` } as const;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return probe;
}

async function dropStaleSchemas(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ nspname: string }>("select nspname from pg_namespace where nspname like 'sp\\_test\\_%'");
  const cutoff = Math.floor(Date.now() / 1000) - 3600;
  for (const { nspname } of rows) {
    const t = Number(nspname.split('_')[2]);
    if (Number.isFinite(t) && t < cutoff) await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`).catch(() => undefined);
  }
}

export interface TestStore extends Store {
  /** Closes the store and removes everything it created. */
  dispose(): Promise<void>;
}

export function uniqueSchema(): string {
  return `sp_test_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
}

/** A fresh, migrated store of the given kind. */
export async function openTestStore(kind: DialectName, opts: { sqliteFile?: string } = {}): Promise<TestStore> {
  if (kind === 'sqlite') {
    const store = await openStore({ sqliteFile: opts.sqliteFile ?? ':memory:' });
    await migrateToLatest(store);
    return { ...store, dispose: () => store.close() };
  }
  const schema = uniqueSchema();
  // Tests do not test PostgreSQL's own durability: skip the commit fsync to keep the suite fast.
  const store = await openStore({ databaseUrl: PG_TEST_URL, pgSchema: schema, pgPoolMax: 4, pgSettings: { synchronous_commit: 'off' } });
  await migrateToLatest(store);
  return {
    ...store,
    async dispose() {
      await store.close();
      const client = new pg.Client({ connectionString: PG_TEST_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface DatabaseMatrix {
  /** Dialects to run on. */
  run: DialectName[];
  /** Dialects skipped, with the reason (report with describe.skip). */
  skipped: { kind: DialectName; reason: string }[];
}

/** Which databases the suites run on here. Throws when PostgreSQL is required (CI) but unreachable. */
export async function testDatabases(): Promise<DatabaseMatrix> {
  const status = await postgresStatus();
  if (status.ok) return { run: ['sqlite', 'postgres'], skipped: [] };
  if (process.env.SPINEPATH_TEST_REQUIRE_PG === '1') throw new Error(`SPINEPATH_TEST_REQUIRE_PG=1 but ${status.reason}`);
  return { run: ['sqlite'], skipped: [{ kind: 'postgres', reason: status.reason }] };
}
