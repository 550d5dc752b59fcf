/**
 * Online backup of a SQLite database with SQLite's backup API (better-sqlite3 `backup()`): a consistent copy while
 * the server keeps running. PostgreSQL is backed up with pg_dump (docs/operations.md).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from './connect.js';

export async function backupSqlite(store: Store, destination: string): Promise<{ pages: number }> {
  if (!store.sqlite) throw new Error('online backup from the server applies to SQLite; for PostgreSQL use pg_dump (docs/operations.md)');
  mkdirSync(dirname(destination), { recursive: true });
  const r = await store.sqlite.backup(destination);
  return { pages: r.totalPages };
}
