/**
 * Sign-in with lock-out: after `loginMaxFailures` wrong passwords in a row an account is locked for `lockoutMs`
 * (counters in the users table, incremented atomically, so several servers count together). While locked, the
 * password is not even checked. An unknown e-mail costs the same time as a wrong password.
 */
import type { UsersTable } from '../../store/schema.js';
import { countFailedLogin, findUserRowByEmail, updateUser } from '../../store/users.js';
import type { AppContext } from '../context.js';
import { burnVerify, verifyPassword } from './password.js';

export type LoginOutcome =
  | { ok: true; user: UsersTable }
  | { ok: false; reason: 'invalid'; userId?: string }
  | { ok: false; reason: 'locked'; userId: string; lockedUntil: string };

export async function attemptLogin(ctx: AppContext, email: string, password: string): Promise<LoginOutcome> {
  const { store, clock, config } = ctx;
  const user = await findUserRowByEmail(store.db, email);
  if (!user) {
    await burnVerify(password, config.passwordHash);
    return { ok: false, reason: 'invalid' };
  }
  const now = clock.now();
  if (user.locked_until && user.locked_until > now.toISOString()) {
    return { ok: false, reason: 'locked', userId: user.id, lockedUntil: user.locked_until };
  }
  const good = await verifyPassword(user.password_hash, password);
  if (!good) {
    const failures = await countFailedLogin(store.db, user.id, now.toISOString());
    if (failures >= config.loginMaxFailures) {
      const lockedUntil = new Date(now.getTime() + config.lockoutMs).toISOString();
      await updateUser(store.db, user.id, { failedLogins: 0, lockedUntil }, now.toISOString());
      return { ok: false, reason: 'locked', userId: user.id, lockedUntil };
    }
    return { ok: false, reason: 'invalid', userId: user.id };
  }
  if (user.disabled) return { ok: false, reason: 'invalid', userId: user.id };
  if (user.failed_logins || user.locked_until) await updateUser(store.db, user.id, { failedLogins: 0, lockedUntil: null }, now.toISOString());
  return { ok: true, user };
}
