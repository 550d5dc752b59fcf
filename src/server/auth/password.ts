/**
 * Passwords: argon2id (OWASP minimum m=19 MiB, t=2, p=1 by default) with @node-rs/argon2, and the password policy.
 */
import { hash, verify } from '@node-rs/argon2';
import { isWeak, type PasswordHashCost } from '../config.js';

/** @node-rs/argon2's Algorithm.Argon2id (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2;

export function hashPassword(password: string, cost: PasswordHashCost): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: cost.memoryCost, timeCost: cost.timeCost, parallelism: cost.parallelism });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/** Verifies against a throw-away hash so that an unknown e-mail takes as long as a wrong password. */
export async function burnVerify(password: string, cost: PasswordHashCost): Promise<void> {
  dummy ??= hashPassword('spinepath-timing-equaliser', cost);
  await verifyPassword(await dummy, password);
}

export const MIN_PASSWORD_LENGTH = 12;

/** Why a new password is not acceptable, or undefined. */
export function passwordProblem(password: string, email?: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 256) return 'at most 256 characters';
  if (isWeak(password, MIN_PASSWORD_LENGTH)) return 'too easy to guess';
  const name = email?.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 3 && password.toLowerCase().includes(name)) return 'must not contain the e-mail name';
  return undefined;
}
