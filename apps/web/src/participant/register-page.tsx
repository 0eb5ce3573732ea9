import { type FormEvent, type InputHTMLAttributes, useState } from 'react';
import { ErrorBox, Field, Notice } from '../components/ui';
import { Link, navigate, useLocation } from '../lib/router';
import { register, type RegisterInput } from '../lib/session';
import { errorText, useT } from '../messages';
import { fieldErrors, safeNext } from './form-errors';
import { UnitPicker } from './unit-picker';

export function RegisterPage() {
  const t = useT();
  const { search } = useLocation();
  const next = search.get('next');
  const [form, setForm] = useState({
    fullName: '',
    email: '',
    phone: '',
    password: '',
    birthYear: '',
  });
  const [unitId, setUnitId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [name]: e.target.value }));

  const validate = (): Record<string, string> => {
    const out: Record<string, string> = {};
    if (!form.fullName.trim()) out.fullName = t('auth.required');
    if (!form.email.trim()) out.email = t('auth.required');
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim()))
      out.email = t('auth.invalidEmail');
    if (form.password.length < 8) out.password = t('auth.shortPassword');
    if (form.birthYear) {
      const y = Number(form.birthYear);
      if (!Number.isInteger(y) || y < 1900 || y > new Date().getFullYear())
        out.birthYear = t('auth.invalidYear');
    }
    return out;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setError(null);
    if (Object.keys(found).length) {
      document.getElementById(`reg-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    const body: RegisterInput = {
      fullName: form.fullName.trim(),
      email: form.email.trim(),
      password: form.password,
    };
    if (form.phone.trim()) body.phone = form.phone.trim();
    if (unitId) body.unitId = unitId;
    if (form.birthYear) body.birthYear = Number(form.birthYear);
    setBusy(true);
    try {
      const user = await register(body);
      if (next) navigate(safeNext(next), { replace: true });
      else setDone(user.email);
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <div className="page page--narrow">
        <h1>{t('auth.registerTitle')}</h1>
        <Notice kind="success">{t('auth.registered', { email: done })}</Notice>
        <Link className="btn btn--primary btn--block" to="/">
          {t('nav.contests')}
        </Link>
      </div>
    );
  }

  const input =
    (name: keyof typeof form, props: InputHTMLAttributes<HTMLInputElement>) =>
    (p: { id: string }) => (
      <input
        {...p}
        {...props}
        className="input"
        name={name}
        value={form[name]}
        onChange={set(name)}
      />
    );

  return (
    <div className="page page--narrow">
      <h1>{t('auth.registerTitle')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {error !== null && <ErrorBox>{errorText(error)}</ErrorBox>}
        <Field label={t('auth.fullName')} id="reg-fullName" error={errors.fullName}>
          {input('fullName', { autoComplete: 'name' })}
        </Field>
        <Field label={t('auth.email')} id="reg-email" error={errors.email}>
          {input('email', { type: 'email', autoComplete: 'email', inputMode: 'email' })}
        </Field>
        <Field
          label={t('auth.phone')}
          hint={t('auth.phoneHint')}
          id="reg-phone"
          error={errors.phone}
        >
          {input('phone', { type: 'tel', autoComplete: 'tel', inputMode: 'tel' })}
        </Field>
        <Field
          label={t('auth.password')}
          hint={t('auth.passwordHint')}
          id="reg-password"
          error={errors.password}
        >
          {input('password', { type: 'password', autoComplete: 'new-password' })}
        </Field>
        <Field label={t('auth.birthYear')} id="reg-birthYear" error={errors.birthYear}>
          {input('birthYear', { inputMode: 'numeric', autoComplete: 'bday-year', maxLength: 4 })}
        </Field>
        <UnitPicker
          label={t('auth.unit')}
          value={unitId}
          onChange={setUnitId}
          error={errors.unitId}
        />
        <button type="submit" className="btn btn--primary btn--block" disabled={busy}>
          {t('auth.submitRegister')}
        </button>
      </form>
      <p>
        {t('auth.haveAccount')}{' '}
        <Link to={`/dang-nhap${next ? `?next=${encodeURIComponent(next)}` : ''}`}>
          {t('nav.login')}
        </Link>
      </p>
    </div>
  );
}
