/**
 * Brings a database to the latest schema with Kysely's Migrator (it takes a lock, so several servers starting at
 * once migrate once). Returns the names of the migrations it applied. Migrations written in parallel (one branch
 * adds 0002 while another adds 0003) are applied even when they arrive out of order; each runs once, by name.
 */
import { Migrator } from 'kysely';
import type { Store } from './connect.js';
import { migrationProvider } from './migrations.js';

export async function migrateToLatest(store: Store): Promise<string[]> {
  // PostgreSQL: name the schema of the migration tables, or Kysely would take another schema's for ours.
  const migrator = new Migrator({
    db: store.db,
    provider: migrationProvider(store.dialect),
    allowUnorderedMigrations: true,
    ...(store.dialect === 'postgres' && store.schema ? { migrationTableSchema: store.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
