import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, getWorkspace } from '../api.js';
import { signIn, signOut, useSession } from '../auth.js';
import { Heading } from '../components/ui.js';
import { useTitle } from '../hooks.js';

export function SignInForm({ intro }: { intro?: ReactNode }) {
  const id = useId();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const ws = await getWorkspace(token.trim());
      signIn({ token: token.trim(), name: ws.name, role: ws.role });
    } catch (err) {
      setError(err instanceof ApiError && (err.status === 401 || err.status === 403) ? 'That token was not accepted.' : (err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card signin" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Sign in to a workspace</h2>
      {intro}
      <div className="field">
        <label htmlFor={id}>Workspace token</label>
        <input
          id={id}
          type="password"
          autoComplete="off"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          aria-describedby={`${id}-hint`}
          aria-invalid={error ? true : undefined}
          required
        />
        <p id={`${id}-hint`} className="hint">
          Kept in this tab only (session storage) and sent to the server as a bearer token.
        </p>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy || !token.trim()}>
        {busy ? 'Checking…' : 'Sign in'}
      </button>
    </form>
  );
}

export function SignIn() {
  const session = useSession();
  useTitle('Sign in');
  return (
    <>
      <Heading>Workspace</Heading>
      {session ? (
        <div className="card">
          <p>
            Signed in to <strong>{session.name}</strong> as {session.role}.
          </p>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </div>
      ) : (
        <SignInForm
          intro={
            <>
              <p>Assessments and org rosters are kept in a workspace. The public views need no sign-in.</p>
              <p className="hint">
                The first time the server starts, it creates a workspace and writes its owner token to the file <code>owner-token</code> in the
                server&apos;s data directory (<code>.data</code> unless it was set otherwise), readable only by the account that runs the server. The
                server log names the file. Workspace owners can issue more tokens.
              </p>
            </>
          }
        />
      )}
    </>
  );
}

/** Shows the children once signed in, and the sign-in form before. */
export function RequireSession({ children, what }: { children: ReactNode; what: string }) {
  const session = useSession();
  if (!session) return <SignInForm intro={<p>{what} are saved in a workspace: sign in with its token to continue.</p>} />;
  return <>{children}</>;
}
