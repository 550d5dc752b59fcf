/** What store functions run on: the database itself or an open transaction (so a route can group writes). */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

export type Executor = Kysely<Database> | Transaction<Database>;

export const toJson = (value: unknown): string => JSON.stringify(value);

export function fromJson<T = unknown>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}
