/** Identifiers and secrets: random UUIDs for rows, URL-safe random tokens for sessions and API tokens. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** A random token of `bytes` bytes, base64url (32 bytes: 256 bits). */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** SHA-256 hex digest: how session and API tokens are stored (the database never holds a usable token). */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
