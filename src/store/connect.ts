/**
 * Opening the store: SQLite (better-sqlite3) by default, PostgreSQL (pg) when a database URL is given. Both behind
 * the same Kysely<Database>, so everything above this file is written once.
 *
 * SQLite durability: WAL with `synchronous=FULL`. In WAL mode NORMAL survives a killed process but may lose the last
 * commits on an operating-system crash or power cut (the WAL is not fsynced at commit); FULL fsyncs the WAL at every
 * commit, so an acknowledged write survives both. Measured on this machine class: about 0.2 ms a commit (FULL) versus
 * 0.01 ms (NORMAL), far below an HTTP request's cost. docs/server.md, "Durability".
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Human-readable location without credentials (for logs). */
  readonly location: string;
  /** The raw SQLite handle (online backup), when SQLite. */
  readonly sqlite?: BetterSqlite3.Database;
  /** PostgreSQL: the schema the tables live in (the configured one, else the server's current_schema()). */
  readonly schema?: string;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres://... : use PostgreSQL. */
  readonly databaseUrl?: string;
  /** PostgreSQL schema to use (created when missing); default: the server's search_path. */
  readonly pgSchema?: string;
  readonly pgPoolMax?: number;
  /** Extra PostgreSQL session settings, e.g. `{ synchronous_commit: 'off' }` for tests only (never for real data). */
  readonly pgSettings?: Record<string, string>;
  /** SQLite file (':memory:' for tests). */
  readonly sqliteFile?: string;
  readonly sqliteSynchronous?: 'FULL' | 'NORMAL';
}

const PG_INT8 = 20;

/** bigint columns (audit seq, rate-limit windows, counts) come back as numbers, not strings. */
const pgTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === PG_INT8 && format !== 'binary'
      ? (v: string) => Number(v)
      : (pg.types.getTypeParser as (o: number, f?: string) => unknown)(oid, format)) as typeof pg.types.getTypeParser,
};

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

/** The URL with any password replaced, for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable database URL)';
  }
}

export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The libpq `options` string: search_path and any extra settings (names and values checked, nothing injected). */
function pgOptions(schema: string | undefined, settings: Record<string, string> = {}): string {
  const parts = schema !== undefined ? [`-c search_path="${schema}"`] : [];
  for (const [k, v] of Object.entries(settings)) {
    if (!/^[a-z_]+$/.test(k) || !/^[A-Za-z0-9_]+$/.test(v)) throw new Error(`invalid PostgreSQL setting ${k}=${v}`);
    parts.push(`-c ${k}=${v}`);
  }
  return parts.join(' ');
}

export async function openStore(opts: StoreOptions): Promise<Store> {
  if (isPostgresUrl(opts.databaseUrl)) return openPostgres(opts.databaseUrl, opts);
  return openSqlite(opts.sqliteFile ?? 'data/spinepath.db', opts.sqliteSynchronous ?? 'FULL');
}

/** How many distinct SQL texts keep a prepared statement (least recently used beyond that are dropped). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * The better-sqlite3 handle as Kysely's SQLite driver sees it, with prepared statements cached by SQL text. Kysely
 * prepares every query anew (about 10-60 µs each, as much as running it); the same SQL text reuses its statement.
 * A statement is reusable once a call has returned (the driver runs `all`/`run` to completion); one still being
 * iterated (a streamed query) is `busy` and a fresh one is prepared instead. SQLite re-prepares a cached statement
 * by itself after a schema change.
 */
export function cachingDatabase(raw: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => raw.close(),
    prepare(text: string) {
      const hit = cache.get(text);
      if (hit && !hit.busy) {
        // Most recently used last (Map keeps insertion order).
        cache.delete(text);
        cache.set(text, hit);
        return hit;
      }
      const stmt = raw.prepare(text);
      if (!hit) {
        cache.set(text, stmt);
        if (cache.size > size) cache.delete(cache.keys().next().value!);
      }
      return stmt;
    },
  };
}

function openSqlite(file: string, synchronous: 'FULL' | 'NORMAL'): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const raw = new BetterSqlite3(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma(`synchronous = ${synchronous}`);
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingDatabase(raw) }) });
  return {
    db,
    dialect: 'sqlite',
    location: file === ':memory:' ? 'sqlite (in memory)' : `sqlite ${file}`,
    sqlite: raw,
    close: () => db.destroy(),
  };
}

async function openPostgres(url: string, opts: StoreOptions): Promise<Store> {
  const schema = opts.pgSchema;
  if (schema !== undefined) {
    if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid PostgreSQL schema name '${schema}'`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.pgPoolMax ?? 10,
    types: pgTypes,
    ...(pgOptions(schema, opts.pgSettings) ? { options: pgOptions(schema, opts.pgSettings) } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const current = await sql<{ s: string }>`select current_schema() as s`.execute(db);
  return {
    db,
    dialect: 'postgres',
    schema: schema ?? current.rows[0]?.s ?? 'public',
    location: `postgres ${redactUrl(url)}${schema ? ` (schema ${schema})` : ''}`,
    close: () => db.destroy(),
  };
}
