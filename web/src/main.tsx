/**
 * Entry: the router, the query cache and the session. Each role's area is its own chunk (code-split), so a patient's
 * phone never downloads the clinician screens or the chart library.
 */
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from './api/client';
import { SessionProvider, useSession } from './auth/session';
import { SignIn } from './auth/SignIn';
import { Loading } from './shared/ui';
import { Shell } from './shared/Shell';
import './styles.css';

const ClinicianApp = lazy(() => import('./clinician/ClinicianApp'));
const PatientApp = lazy(() => import('./patient/PatientApp'));
const Education = lazy(() => import('./education/Education'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, e) => !(e instanceof ApiError && e.status >= 400 && e.status < 500) && count < 2,
    },
  },
});

function Root() {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading what="Starting SpinePath" />;
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/signin" element={user ? <Navigate to={new URLSearchParams(location.search).get('next') ?? '/'} replace /> : <SignIn />} />
        {!user ? (
          <Route
            path="/learn"
            element={
              <Shell nav={[{ to: '/signin', label: 'Sign in' }]}>
                <Education />
              </Shell>
            }
          />
        ) : null}
        <Route
          path="*"
          element={
            !user ? (
              <Navigate to={`/signin${location.pathname === '/' ? '' : `?next=${encodeURIComponent(location.pathname + location.search)}`}`} replace />
            ) : user.role === 'patient' ? (
              <PatientApp />
            ) : user.role === 'clinician' ? (
              <ClinicianApp />
            ) : (
              <Shell nav={[]}>
                <h1>Administrator</h1>
                <p>
                  Administrators manage accounts, care teams and the audit trail through the API (see <a href="/docs">the API documentation</a>). Clinical records are
                  open to the care team only.
                </p>
              </Shell>
            )
          }
        />
      </Routes>
    </Suspense>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <SessionProvider>
          <Root />
        </SessionProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
