/**
 * `spinepath audit verify` checks the audit trail's hash chain in the server's database and names the first broken
 * link (exit 0 intact, 3 broken, 2 bad input); `spinepath backup <file>` makes an online backup of the SQLite
 * database. The database is the server's: --database-url / DATABASE_URL (PostgreSQL), else --sqlite /
 * SPINEPATH_SQLITE_FILE / <SPINEPATH_DATA_DIR or ./data>/spinepath.db.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { verifyAuditChain } from '../store/audit.js';
import { backupSqlite } from '../store/backup.js';
import { isPostgresUrl, openStore, type Store } from '../store/connect.js';
import { InputError } from './io.js';
import type { Io } from './main.js';

export interface DbOptions {
  databaseUrl?: string;
  sqlite?: string;
  pgSchema?: string;
}

export async function openServerStore(opts: DbOptions, env: NodeJS.ProcessEnv): Promise<Store> {
  const url = opts.databaseUrl ?? env.DATABASE_URL;
  if (url) {
    if (!isPostgresUrl(url)) throw new InputError('expected a postgres:// URL', '--database-url');
    return openStore({ databaseUrl: url, pgSchema: opts.pgSchema ?? env.SPINEPATH_PG_SCHEMA, pgPoolMax: 2 });
  }
  const file = opts.sqlite ?? env.SPINEPATH_SQLITE_FILE ?? join(env.SPINEPATH_DATA_DIR ?? 'data', 'spinepath.db');
  if (!existsSync(file)) throw new InputError(`no database at ${file} (start the server once, or pass --sqlite or --database-url)`, '--sqlite');
  return openStore({ sqliteFile: file });
}

export async function auditVerifyCommand(opts: DbOptions & { json?: boolean }, io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const store = await openServerStore(opts, env);
  try {
    const v = await verifyAuditChain(store.db);
    if (opts.json) io.out(`${JSON.stringify({ database: store.location, ...v }, null, 2)}\n`);
    else if (v.ok) io.out(`audit trail intact: ${v.events} events, head ${v.headHash.slice(0, 16)}... (${store.location})\n`);
    else io.out(`audit trail BROKEN at event ${v.brokenAt}: ${v.reason} (${v.events} events before it verify; ${store.location})\n`);
    return v.ok ? 0 : 3;
  } finally {
    await store.close();
  }
}

export async function backupCommand(destination: string, opts: DbOptions, io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (opts.databaseUrl ?? env.DATABASE_URL) {
    io.err('spinepath: backup: PostgreSQL is backed up with pg_dump (docs/operations.md)\n');
    return 2;
  }
  if (existsSync(destination)) throw new InputError(`${destination} exists; choose a new file`, '<file>');
  const store = await openServerStore(opts, env);
  try {
    const r = await backupSqlite(store, destination);
    io.out(`backed up ${store.location} to ${destination} (${r.pages} pages)\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** Registers `audit verify` and `backup` on the program (src/cli/main.ts). */
export function registerAuditCommands(program: Command, io: Io, setCode: (code: number) => void): void {
  const db = (c: Command) =>
    c
      .option('--database-url <url>', 'PostgreSQL URL (default: DATABASE_URL)')
      .option('--pg-schema <name>', 'PostgreSQL schema (default: SPINEPATH_PG_SCHEMA)')
      .option('--sqlite <file>', 'SQLite file (default: SPINEPATH_SQLITE_FILE or ./data/spinepath.db)');
  const audit = program.command('audit').description('the audit trail');
  db(audit.command('verify').description('verify the audit hash chain; names the first broken link (exit 3 when broken)'))
    .option('--json', 'print JSON')
    .action(async (opts: DbOptions & { json?: boolean }) => setCode(await auditVerifyCommand(opts, io)));
  db(program.command('backup').description('online backup of the SQLite database to a new file (PostgreSQL: pg_dump)'))
    .argument('<file>', 'destination file')
    .action(async (file: string, opts: DbOptions) => setCode(await backupCommand(file, opts, io)));
}
