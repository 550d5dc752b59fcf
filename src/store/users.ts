/** User accounts: role, password hash (argon2id, made by the caller), patient link, lock-out counters. */
import type { Executor } from './executor.js';
import { newId } from './ids.js';
import type { Role, UsersTable } from './schema.js';

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  patientId: string | null;
  disabled: boolean;
  demo: boolean;
  failedLogins: number;
  lockedUntil: string | null;
  createdAt: string;
}

export function toUser(r: UsersTable): User {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    patientId: r.patient_id,
    disabled: !!r.disabled,
    demo: !!r.demo,
    failedLogins: Number(r.failed_logins),
    lockedUntil: r.locked_until,
    createdAt: r.created_at,
  };
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export async function createUser(
  db: Executor,
  u: { email: string; displayName: string; role: Role; passwordHash: string; patientId?: string | null; demo?: boolean },
  now: string,
): Promise<User> {
  const row: UsersTable = {
    id: newId(),
    email: normalizeEmail(u.email),
    display_name: u.displayName,
    role: u.role,
    password_hash: u.passwordHash,
    patient_id: u.patientId ?? null,
    disabled: 0,
    demo: u.demo ? 1 : 0,
    failed_logins: 0,
    locked_until: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('users').values(row).execute();
  return toUser(row);
}

export async function findUserRowByEmail(db: Executor, email: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

export async function getUserRow(db: Executor, id: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getUser(db: Executor, id: string): Promise<User | undefined> {
  const r = await getUserRow(db, id);
  return r && toUser(r);
}

export async function listUsers(db: Executor, f: { role?: Role } = {}): Promise<User[]> {
  let q = db.selectFrom('users').selectAll();
  if (f.role) q = q.where('role', '=', f.role);
  return (await q.orderBy('email').execute()).map(toUser);
}

export async function updateUser(
  db: Executor,
  id: string,
  patch: Partial<{ displayName: string; disabled: boolean; passwordHash: string; failedLogins: number; lockedUntil: string | null }>,
  now: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.disabled !== undefined ? { disabled: patch.disabled ? 1 : 0 } : {}),
      ...(patch.passwordHash !== undefined ? { password_hash: patch.passwordHash } : {}),
      ...(patch.failedLogins !== undefined ? { failed_logins: patch.failedLogins } : {}),
      ...(patch.lockedUntil !== undefined ? { locked_until: patch.lockedUntil } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

/** Counts a failed sign-in atomically (several servers see one counter); returns the new count. */
export async function countFailedLogin(db: Executor, id: string, now: string): Promise<number> {
  const r = await db
    .updateTable('users')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .returning('failed_logins')
    .executeTakeFirst();
  return Number(r?.failed_logins ?? 0);
}

export async function countUsers(db: Executor, f: { demo?: boolean; role?: Role } = {}): Promise<number> {
  let q = db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
  if (f.demo !== undefined) q = q.where('demo', '=', f.demo ? 1 : 0);
  if (f.role) q = q.where('role', '=', f.role);
  const r = await q.executeTakeFirstOrThrow();
  return Number(r.n);
}
