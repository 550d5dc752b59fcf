/**
 * Who is signed in. On start the app asks the server (`GET /api/me`); sign-in posts the credentials and
 * keeps the CSRF token the server returns for later writes (after a reload a
 * new one is fetched before the first write). A 401 from any request signs the app out.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from '../api/client';
import type { User } from '../api/types';
import { clearAllDrafts, setDraftOwner } from '../shared/drafts';

interface SessionState {
  user: User | null;
  loading: boolean;
  signIn(email: string, password: string): Promise<User>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Remembered only to start loading the right part of the app early on the next visit (main.tsx). */
function rememberRole(role: string | null) {
  try {
    if (role) localStorage.setItem('spinepath:last-role', role);
    else localStorage.removeItem('spinepath:last-role');
  } catch {
    /* storage disabled */
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  const qc = useQueryClient();

  useEffect(() => {
    let live = true;
    api
      .get<{ user: User }>('/api/me')
      .then((s) => {
        if (!live) return;
        setDraftOwner(s.user.id);
        rememberRole(s.user.role);
        setUser(s.user);
      })
      .catch(() => live && setUser(null))
      .finally(() => live && setLoading(false));
    const onSignedOut = () => {
      setUser(null);
      qc.clear();
    };
    window.addEventListener('spinepath:signed-out', onSignedOut);
    return () => {
      live = false;
      window.removeEventListener('spinepath:signed-out', onSignedOut);
    };
  }, [qc]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const r = await api.post<{ user: User; csrfToken: string }>('/api/auth/login', { email, password });
      setCsrfToken(r.csrfToken);
      setDraftOwner(r.user.id);
      rememberRole(r.user.role);
      qc.clear();
      setUser(r.user);
      return r.user;
    },
    [qc],
  );

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    setCsrfToken(null);
    clearAllDrafts();
    setDraftOwner(null);
    rememberRole(null);
    qc.clear();
    setUser(null);
  }, [qc]);

  const value = useMemo(() => ({ user, loading, signIn, signOut }), [user, loading, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in user (the role areas are only rendered when there is one). */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('not signed in');
  return user;
}
