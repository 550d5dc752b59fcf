/**
 * Identities of imported resources (FHIR), so that importing the same bundle twice changes nothing: before writing,
 * an importer looks up (source, identity); after writing, it records where the resource went.
 */
import type { Executor } from './executor.js';
import { newId } from './ids.js';

export interface ImportIdentity {
  id: string;
  patientId: string;
  source: string;
  identity: string;
  resourceType: string;
  localTable: string;
  localId: string;
  contentHash: string;
  importedAt: string;
}

export async function findImportIdentity(db: Executor, source: string, identity: string): Promise<ImportIdentity | undefined> {
  const r = await db.selectFrom('import_identities').selectAll().where('source', '=', source).where('identity', '=', identity).executeTakeFirst();
  return (
    r && {
      id: r.id,
      patientId: r.patient_id,
      source: r.source,
      identity: r.identity,
      resourceType: r.resource_type,
      localTable: r.local_table,
      localId: r.local_id,
      contentHash: r.content_hash,
      importedAt: r.imported_at,
    }
  );
}

/** Records (or, for a changed resource, updates) where an imported resource went. */
export async function recordImportIdentity(db: Executor, i: Omit<ImportIdentity, 'id'>): Promise<void> {
  await db
    .insertInto('import_identities')
    .values({
      id: newId(),
      patient_id: i.patientId,
      source: i.source,
      identity: i.identity,
      resource_type: i.resourceType,
      local_table: i.localTable,
      local_id: i.localId,
      content_hash: i.contentHash,
      imported_at: i.importedAt,
    })
    .onConflict((oc) =>
      oc.columns(['source', 'identity']).doUpdateSet({ local_table: i.localTable, local_id: i.localId, content_hash: i.contentHash, imported_at: i.importedAt }),
    )
    .execute();
}
