import { type FormEvent, useState } from 'react';
import { ErrorBox, Field } from '../components/ui';
import { Link, navigate, useLocation } from '../lib/router';
import { login } from '../lib/session';
import { errorText, useT } from '../messages';
import { safeNext } from './form-errors';

export function LoginPage() {
  const t = useT();
  const { search } = useLocation();
  const next = safeNext(search.get('next'));
  const [loginId, setLoginId] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!loginId.trim() || !password) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await login(loginId, password);
      navigate(next, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="page page--narrow">
      <h1>{t('auth.loginTitle')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {error !== null && <ErrorBox>{errorText(error)}</ErrorBox>}
        <Field
          label={t('auth.login')}
          error={missing && !loginId.trim() ? t('auth.required') : null}
        >
          {(p) => (
            <input
              {...p}
              className="input"
              name="login"
              autoComplete="username"
              inputMode="email"
              value={loginId}
              onChange={(e) => setLoginId(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('auth.password')} error={missing && !password ? t('auth.required') : null}>
          {(p) => (
            <input
              {...p}
              className="input"
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="btn btn--primary btn--block" disabled={busy}>
          {t('auth.submitLogin')}
        </button>
      </form>
      <p>
        <Link to="/quen-mat-khau">{t('auth.forgot')}</Link>
      </p>
      <p>
        {t('auth.noAccount')}{' '}
        <Link to={`/dang-ky${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>
          {t('nav.register')}
        </Link>
      </p>
    </div>
  );
}
