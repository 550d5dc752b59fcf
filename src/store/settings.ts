/** Small key-value settings kept in the database (e.g. the development-mode secret, the seed marker). */
import type { Executor } from './executor.js';

export async function getSetting(db: Executor, key: string): Promise<string | undefined> {
  const r = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return r?.value;
}

/** Sets a value only when the key is new; returns the value that is stored (the first writer wins). */
export async function setSettingOnce(db: Executor, key: string, value: string): Promise<string> {
  await db.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return (await getSetting(db, key)) ?? value;
}

export async function setSetting(db: Executor, key: string, value: string): Promise<void> {
  await db.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
}
