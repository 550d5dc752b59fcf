/** Authorisation matrix rows: sign-in, sign-out, CSRF token, password change, API tokens. */
import { hashPassword } from '../password.js';
import { createApiToken } from '../../../store/tokens.js';
import { updateUser } from '../../../store/users.js';
import { TEST_PASSWORD } from '../../test-support/harness.js';
import { expect, type MatrixTable } from '../../test-support/matrix.js';

export const matrix: MatrixTable = {
  'POST /api/auth/login': {
    // From a browser without this caller's cookie: signing in ends the session the browser had.
    request: ({ caller }) => ({ url: '/api/auth/login', body: { email: 'patient.a@test', password: TEST_PASSWORD }, caller: { ...caller, cookie: undefined, csrf: undefined } }),
    expect: expect.public(200),
  },
  'POST /api/auth/logout': {
    // A fresh session: signing out must not end the session the other cells use.
    request: async ({ t, caller }) => ({ url: '/api/auth/logout', ...(caller.userId ? { caller: await t.signIn(emailOf(caller.name)) } : {}) }),
    expect: expect.signedIn(204),
  },
  'GET /api/auth/csrf': { request: () => ({ url: '/api/auth/csrf' }), expect: expect.signedIn(200) },
  'POST /api/auth/password': {
    request: ({ t, caller }) => ({
      url: '/api/auth/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase 7' },
      after: async () => {
        if (caller.userId) await updateUser(t.store.db, caller.userId, { passwordHash: await hashPassword(TEST_PASSWORD, t.config.passwordHash) }, t.clock.now().toISOString());
      },
    }),
    expect: expect.signedIn(204),
  },
  'GET /api/auth/tokens': { request: () => ({ url: '/api/auth/tokens' }), expect: expect.signedIn(200) },
  'POST /api/auth/tokens': { request: () => ({ url: '/api/auth/tokens', body: { name: 'matrix' } }), expect: expect.signedIn(201) },
  'DELETE /api/auth/tokens/:tokenId': {
    request: async ({ t, caller }) => {
      const owner = caller.userId ?? (await t.signIn('admin@test')).userId!;
      const tok = await createApiToken(t.store.db, { userId: owner, name: 'to revoke', now: t.clock.now().toISOString(), expiresAt: null });
      return { url: `/api/auth/tokens/${tok.record.id}` };
    },
    expect: expect.signedIn(204),
  },
};

/** The harness accounts by matrix caller name (harness.ts). */
export function emailOf(name: string): string {
  const m: Record<string, string> = {
    'patient A': 'patient.a@test',
    'patient B': 'patient.b@test',
    'clinician outside the care team': 'clinician.out@test',
    'clinician in the care team': 'clinician.in@test',
    admin: 'admin@test',
  };
  const e = m[name];
  if (!e) throw new Error(`no account for caller ${name}`);
  return e;
}
