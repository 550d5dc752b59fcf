/** The page frame: skip link, header with the role's navigation and sign-out, main landmark, footer. */
import type { ReactNode } from 'react';
import { NavLink, Link } from 'react-router';
import { useSession } from '../auth/session';
import { ErrorBoundary } from './ErrorBoundary';

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

export function Shell({ nav, children, narrow }: { nav: NavItem[]; children: ReactNode; narrow?: boolean }) {
  const { user, signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="inner">
          <Link to="/" className="brand">
            SpinePath
          </Link>
          {nav.length > 0 ? (
            <nav className="app-nav" aria-label="Main">
              <ul>
                {nav.map((n) => (
                  <li key={n.to}>
                    <NavLink to={n.to} end={n.end ?? false}>
                      {n.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          {user ? (
            <span className="who">
              <span className="visually-hidden">Signed in as </span>
              {user.displayName}{' '}
              <button type="button" className="linklike" onClick={() => void signOut()}>
                Sign out
              </button>
            </span>
          ) : null}
        </div>
      </header>
      <main id="main" className={narrow ? 'narrow' : undefined}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>SpinePath is decision support. It does not replace the judgement of your clinician. In an emergency call your local emergency number.</p>
      </footer>
    </>
  );
}
