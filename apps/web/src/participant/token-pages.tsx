import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorBox, Field, Loading, Notice } from '../components/ui';
import { api } from '../lib/api';
import { Link, useLocation } from '../lib/router';
import { getSession, loginWithLink, reloadUser } from '../lib/session';
import { errorText, useT } from '../messages';
import { endpoints } from '../api/endpoints';

/** `/xac-minh-email?token=…` — the link from the verification e-mail. */
export function VerifyEmailPage() {
  const t = useT();
  const token = useLocation().search.get('token');
  const [state, setState] = useState<'working' | 'done' | 'failed'>(token ? 'working' : 'failed');
  const [error, setError] = useState<unknown>(null);
  const sent = useRef(false);
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true; // a token works once: never post it twice (StrictMode runs effects twice)
    api(endpoints.verifyEmail, { method: 'POST', body: { token } }).then(
      () => {
        setState('done');
        if (getSession().user) void reloadUser().catch(() => undefined);
      },
      (err: unknown) => {
        setError(err);
        setState('failed');
      },
    );
  }, [token]);
  return (
    <div className="page page--narrow">
      <h1>{t('auth.verifyTitle')}</h1>
      {state === 'working' && <Loading label={t('auth.verifying')} />}
      {state === 'done' && <Notice kind="success">{t('auth.verified')}</Notice>}
      {state === 'failed' && <ErrorBox>{token ? errorText(error) : t('auth.noToken')}</ErrorBox>}
      {state !== 'working' && (
        <Link className="btn btn--primary btn--block" to="/">
          {t('nav.contests')}
        </Link>
      )}
    </div>
  );
}

/** `/dang-nhap-bang-lien-ket?token=…` — the sign-in link mailed when new devices were locked out. */
export function SignInLinkPage() {
  const t = useT();
  const token = useLocation().search.get('token');
  const [state, setState] = useState<'working' | 'done' | 'failed'>(token ? 'working' : 'failed');
  const [error, setError] = useState<unknown>(null);
  const sent = useRef(false);
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true; // a link works once: never post it twice
    loginWithLink(token).then(
      () => setState('done'),
      (err: unknown) => {
        setError(err);
        setState('failed');
      },
    );
  }, [token]);
  return (
    <div className="page page--narrow">
      <h1>{t('auth.linkTitle')}</h1>
      {state === 'working' && <Loading label={t('auth.linkWorking')} />}
      {state === 'done' && <Notice kind="success">{t('auth.linkDone')}</Notice>}
      {state === 'failed' && <ErrorBox>{token ? errorText(error) : t('auth.noToken')}</ErrorBox>}
      {state !== 'working' && (
        <Link className="btn btn--primary btn--block" to="/">
          {t('nav.contests')}
        </Link>
      )}
    </div>
  );
}

/** `/dat-lai-mat-khau?token=…` — choose a new password. */
export function ResetPasswordPage() {
  const t = useT();
  const token = useLocation().search.get('token');
  const [password, setPassword] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < 8) {
      setInvalid(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api(endpoints.resetPassword, { method: 'POST', body: { token, password } });
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page page--narrow">
      <h1>{t('auth.resetTitle')}</h1>
      {!token ? (
        <ErrorBox>{t('auth.noToken')}</ErrorBox>
      ) : done ? (
        <>
          <Notice kind="success">{t('auth.resetDone')}</Notice>
          <Link className="btn btn--primary btn--block" to="/dang-nhap">
            {t('nav.login')}
          </Link>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          {error !== null && <ErrorBox>{errorText(error)}</ErrorBox>}
          <Field
            label={t('auth.newPassword')}
            hint={t('auth.passwordHint')}
            error={invalid && password.length < 8 ? t('auth.shortPassword') : null}
          >
            {(p) => (
              <input
                {...p}
                className="input"
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="btn btn--primary btn--block" disabled={busy}>
            {t('auth.resetSubmit')}
          </button>
        </form>
      )}
    </div>
  );
}

/** `/quen-mat-khau` — ask for the reset e-mail (the answer is the same for unknown addresses). */
export function ForgotPasswordPage() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await api(endpoints.forgotPassword, { method: 'POST', body: { email: email.trim() } });
      setSent(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="page page--narrow">
      <h1>{t('auth.forgotTitle')}</h1>
      {sent ? (
        <Notice kind="success">{t('auth.forgotSent')}</Notice>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <p>{t('auth.forgotIntro')}</p>
          {error !== null && <ErrorBox>{errorText(error)}</ErrorBox>}
          <Field label={t('auth.email')}>
            {(p) => (
              <input
                {...p}
                className="input"
                type="email"
                autoComplete="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="btn btn--primary btn--block" disabled={busy}>
            {t('auth.forgotSend')}
          </button>
        </form>
      )}
    </div>
  );
}
