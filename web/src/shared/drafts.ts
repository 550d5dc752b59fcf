/**
 * Drafts: whatever is typed into a form is kept in this browser (localStorage) until the server has accepted it, so a
 * failed save, a lost connection or a reload loses nothing. Keys are per signed-in user; a successful save clears
 * the draft. Drafts hold clinical data on the user's own device only, and are removed on sign-out.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'spinepath:draft:';
let owner = 'anonymous';

export function setDraftOwner(userId: string | null): void {
  owner = userId ?? 'anonymous';
}

const fullKey = (key: string) => `${PREFIX}${owner}:${key}`;

export function readDraft<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(fullKey(key));
    return raw ? (JSON.parse(raw) as { v: T }).v : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft<T>(key: string, value: T): void {
  try {
    localStorage.setItem(fullKey(key), JSON.stringify({ v: value, at: new Date().toISOString() }));
  } catch {
    /* storage full or disabled: the form still works, without the safety net */
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(fullKey(key));
  } catch {
    /* ignore */
  }
}

/** Removes every draft of every user (sign-out on a shared computer). */
export function clearAllDrafts(): void {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k?.startsWith(PREFIX)) localStorage.removeItem(k);
    }
  } catch {
    /* ignore */
  }
}

/**
 * State backed by a draft: starts from the saved draft when there is one, writes every change (debounced), and
 * `clear()` drops the draft and goes back to `initial` after a successful save.
 */
export function useDraft<T>(key: string, initial: T | (() => T)): [T, (v: T | ((prev: T) => T)) => void, () => void, boolean] {
  const init = () => (typeof initial === 'function' ? (initial as () => T)() : initial);
  const [restored] = useState(() => readDraft<T>(key) !== undefined);
  const [value, setValue] = useState<T>(() => readDraft<T>(key) ?? init());
  const timer = useRef<number | undefined>(undefined);
  const dirty = useRef(false);
  const latest = useRef(value);
  latest.current = value;

  useEffect(() => {
    if (!dirty.current) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => writeDraft(key, latest.current), 150);
  }, [key, value]);

  // Flush on unload so the last keystrokes survive a reload.
  useEffect(() => {
    const flush = () => {
      if (dirty.current) writeDraft(key, latest.current);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      window.removeEventListener('pagehide', flush);
    };
  }, [key]);

  const set = useCallback((v: T | ((prev: T) => T)) => {
    dirty.current = true;
    setValue(v);
  }, []);
  const clear = useCallback(() => {
    dirty.current = false;
    window.clearTimeout(timer.current);
    clearDraft(key);
    setValue(typeof initial === 'function' ? (initial as () => T)() : initial);
  }, [key]);
  return [value, set, clear, restored];
}
