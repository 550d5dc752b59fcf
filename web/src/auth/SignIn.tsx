/** Sign-in: e-mail and password; the server's message when it refuses (wrong password, locked account). */
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate, Link } from 'react-router';
import { ApiError } from '../api/client';
import { useSession } from './session';
import { PageTitle, TextField } from '../shared/ui';
import { Shell } from '../shared/Shell';

export function SignIn() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setError('Enter your e-mail address and your password.');
      return;
    }
    setBusy(true);
    try {
      await signIn(email.trim(), password);
      const next = new URLSearchParams(location.search).get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.errors.map((x) => x.message).join('; ') : 'Could not sign in.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Shell nav={[{ to: '/learn', label: 'About persistent pain after surgery' }]} narrow>
      <PageTitle>Sign in</PageTitle>
      {error ? (
        <div className="notice error" role="alert">
          {error}
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <TextField label="E-mail address" type="email" name="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        <TextField label="Password" type="password" name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="small muted">
        Patients: your clinic gives you your sign-in details. <Link to="/learn">Read about persistent pain after spine surgery</Link>.
      </p>
    </Shell>
  );
}
