/**
 * Cookies: the session cookie (HttpOnly, SameSite=Lax, Secure outside development, `__Host-` prefix when Secure so
 * no subdomain can set it) and the CSRF secret cookie (signed). Lax rather than Strict so that a link from the EHR
 * (a CDS Hooks card) opens SpinePath signed in; writes are protected by the CSRF token whatever the SameSite mode.
 */
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { ServerConfig } from '../config.js';

export const secureCookies = (c: ServerConfig): boolean => c.mode === 'production';

export const sessionCookieName = (c: ServerConfig): string => (secureCookies(c) ? '__Host-sp_session' : 'sp_session');
export const csrfCookieName = (c: ServerConfig): string => (secureCookies(c) ? '__Host-sp_csrf' : 'sp_csrf');

export function baseCookieOptions(c: ServerConfig): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(c) };
}
