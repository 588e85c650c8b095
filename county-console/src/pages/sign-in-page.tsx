import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CouchHttpError, type CouchApi } from '../couch/couch-api';
import { signIn, toSession, type ConsoleSession } from '../couch/session';

/** CouchDB `_session` sign-in: the password goes to CouchDB in this one request, and nowhere else. */
export function SignInPage({ api, onSignedIn }: { api: CouchApi; onSignedIn: (session: ConsoleSession) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const userCtx = await signIn(api, name.trim(), password);
      setPassword('');
      const session = toSession(userCtx);
      if (session) onSignedIn(session);
      else setProblem(t('signIn.noRole', { name: userCtx.name ?? name }));
    } catch (error) {
      setProblem(error instanceof CouchHttpError && error.isForbidden ? t('signIn.wrong') : String((error as Error).message));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <h1>{t('app.title')}</h1>
      <form onSubmit={(event) => void submit(event)} aria-labelledby="sign-in-heading">
        <h2 id="sign-in-heading">{t('signIn.heading')}</h2>
        <label>
          {t('signIn.name')}
          <input name="username" autoComplete="username" value={name} onChange={(event) => setName(event.target.value)} required />
        </label>
        <label>
          {t('signIn.password')}
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} required />
        </label>
        {problem ? (
          <p role="alert" className="problem">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
        <p className="hint">{t('signIn.hint')}</p>
      </form>
    </main>
  );
}
