import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { ErrorBox, Field, Loading, Notice } from '../components/ui';
import { api, ApiError, type Page } from '../lib/api';
import { Link, navigate, useLocation } from '../lib/router';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { type Draft, draftProblems, slugify, toBody, toDraft } from './contest-draft';
import { CheckField, DetailsTable, NumField } from './contest-form-fields';
import { DrawRulesEditor } from './draw-rules-editor';
import { FairnessFields } from './fairness-fields';
import { useCT } from './messages';
import { SendOutPanel } from './send-out-page';
import { PrizesEditor } from './prizes-editor';
import { RoundsEditor } from './rounds-editor';
import type { AdminContest, Bank } from '../api/types';
import { UnitMultiPicker } from './unit-multi-picker';
import { endpoints } from '../api/endpoints';

export function ContestForm({ contestId }: { contestId?: string }) {
  const ct = useCT();
  const existing = useResource(
    () => (contestId ? api<AdminContest>(endpoints.contest(contestId)) : Promise.resolve(null)),
    [contestId],
  );
  const banks = useResource(
    () => api<Page<Bank>>(endpoints.banks, { query: { pageSize: 500 } }),
    [],
  );
  const [d, setD] = useState<Draft>(() => toDraft());
  const [slugTouched, setSlugTouched] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  // A new contest moves to its own address once saved; the notice travels in the query.
  const okParam = useLocation().search.get('ok');
  const [saved, setSaved] = useState<'saved' | 'published' | null>(
    okParam === 'saved' || okParam === 'published' ? okParam : null,
  );
  const [busy, setBusy] = useState(false);
  const [createdId, setCreatedId] = useState<string | null>(null);

  useEffect(() => {
    if (existing.data) {
      setD(toDraft(existing.data));
      setSlugTouched(true);
    }
  }, [existing.data]);

  if (contestId && existing.loading) return <Loading />;
  if (contestId && existing.error !== null) {
    return <ErrorBox onRetry={existing.reload}>{errorText(existing.error)}</ErrorBox>;
  }

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setD((x) => ({ ...x, [key]: value }));
  const validate = (): string[] => draftProblems(d).map((p) => ct(p.key, p.params));

  const save = async (): Promise<string | null> => {
    const found = validate();
    setProblems(found);
    setError(null);
    setSaved(null);
    if (found.length) return null;
    const body = toBody(d);
    // A new contest is created once; later saves (e.g. after a refused publish) update it.
    const id = contestId ?? createdId;
    const result = id
      ? await api<AdminContest>(endpoints.updateContest(id), { method: 'PATCH', body })
      : await api<AdminContest>(endpoints.contests, { method: 'POST', body });
    if (!id) setCreatedId(result.id);
    const saved = [...result.rounds].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    setD((x) => ({ ...x, rounds: x.rounds.map((r, i) => ({ ...r, id: saved[i]?.id ?? r.id })) }));
    return result.id;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const id = await save();
      if (id) {
        setSaved('saved');
        if (!contestId) navigate(`/quan-tri/cuoc-thi/${id}?ok=saved`, { replace: true });
        else existing.reload();
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    setBusy(true);
    try {
      const id = await save();
      if (!id) return;
      await api(endpoints.publishContest(id), { method: 'POST' });
      setSaved('published');
      if (!contestId) navigate(`/quan-tri/cuoc-thi/${id}?ok=published`, { replace: true });
      else existing.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const num = (label: string, value: string, onChange: (v: string) => void, hint?: ReactNode) => (
    <NumField label={label} value={value} onChange={onChange} hint={hint} />
  );
  const check = (label: string, value: boolean, onChange: (v: boolean) => void) => (
    <CheckField label={label} value={value} onChange={onChange} />
  );

  const status = existing.data?.status;
  const drawError = error instanceof ApiError && error.code === 'DRAW_RULES_UNSATISFIABLE';
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <p>
        <Link to="/quan-tri/cuoc-thi">‹ {ct('contests.title')}</Link>
      </p>
      <h1>
        {contestId ? ct('form.editTitle') : ct('nav.newContest')}{' '}
        {status && <span className={`badge badge--${status}`}>{ct(`status.${status}`)}</span>}
      </h1>

      {problems.length > 0 && (
        <div className="alert alert--error" role="alert">
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {error !== null && (
        <div className="alert alert--error" role="alert" data-testid="contest-error">
          <div>
            <p className="strong">{drawError ? ct('form.drawUnsatisfiable') : errorText(error)}</p>
            {drawError && <p>{errorText(error)}</p>}
            {error instanceof ApiError && <DetailsTable details={error.body.details} />}
          </div>
        </div>
      )}
      {saved && (
        <Notice kind="success">
          {saved === 'published' ? ct('form.published') : ct('form.saved')}
        </Notice>
      )}
      {saved === 'published' && contestId && <SendOutPanel contestId={contestId} published />}

      <fieldset className="panel">
        <legend>{ct('form.general')}</legend>
        <div className="grid-2">
          <Field label={ct('form.title')}>
            {(p) => (
              <input
                {...p}
                className="input"
                value={d.title}
                onChange={(e) => {
                  const title = e.target.value;
                  setD((x) => ({ ...x, title, slug: slugTouched ? x.slug : slugify(title) }));
                }}
              />
            )}
          </Field>
          <Field label={ct('form.slug')} hint={ct('form.slugHint')}>
            {(p) => (
              <input
                {...p}
                className="input"
                value={d.slug}
                onChange={(e) => {
                  setSlugTouched(true);
                  set('slug', e.target.value);
                }}
              />
            )}
          </Field>
        </div>
        <Field label={ct('form.theme')}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={d.theme}
              onChange={(e) => set('theme', e.target.value)}
            />
          )}
        </Field>
        <Field label={ct('form.description')}>
          {(p) => (
            <textarea
              {...p}
              className="input input--area"
              value={d.description}
              onChange={(e) => set('description', e.target.value)}
            />
          )}
        </Field>
        <Field label={ct('form.rules')}>
          {(p) => (
            <textarea
              {...p}
              className="input input--area"
              rows={8}
              value={d.rules}
              onChange={(e) => set('rules', e.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <RoundsEditor rounds={d.rounds} onChange={(rounds) => set('rounds', rounds)} />

      <fieldset className="panel">
        <legend>{ct('form.questions')}</legend>
        <div className="grid-4">
          {num(ct('form.questionCount'), d.questionCount, (v) => set('questionCount', v))}
          {num(ct('form.timeLimit'), d.timeLimitMin, (v) => set('timeLimitMin', v))}
          {num(ct('form.attemptsPerRound'), d.attemptsPerRound, (v) => set('attemptsPerRound', v))}
          <Field label={ct('form.attemptPolicy')}>
            {(p) => (
              <select
                {...p}
                className="input"
                value={d.attemptPolicy}
                onChange={(e) => set('attemptPolicy', e.target.value as Draft['attemptPolicy'])}
              >
                <option value="best">{ct('policy.best')}</option>
                <option value="first">{ct('policy.first')}</option>
                <option value="last">{ct('policy.last')}</option>
              </select>
            )}
          </Field>
        </div>
        <DrawRulesEditor
          rules={d.drawRules}
          questionCount={d.questionCount}
          banks={banks.data?.items}
          banksError={banks.error}
          onChange={(rules) => set('drawRules', rules)}
        />
        <div className="grid-2">
          <Field label={ct('form.displayMode')}>
            {(p) => (
              <select
                {...p}
                className="input"
                value={d.displayMode}
                onChange={(e) => set('displayMode', e.target.value as Draft['displayMode'])}
              >
                <option value="one_per_screen">{ct('display.one_per_screen')}</option>
                <option value="list">{ct('display.list')}</option>
              </select>
            )}
          </Field>
          {num(
            ct('form.minSubmit'),
            d.minSubmitSeconds,
            (v) => set('minSubmitSeconds', v),
            ct('form.minSubmitHint'),
          )}
        </div>
        {check(ct('form.shuffleQuestions'), d.shuffleQuestions, (v) => set('shuffleQuestions', v))}
        {check(ct('form.shuffleOptions'), d.shuffleOptions, (v) => set('shuffleOptions', v))}
      </fieldset>

      <fieldset className="panel">
        <legend>{ct('form.prediction')}</legend>
        {check(ct('form.predictionEnabled'), d.predictionEnabled, (v) =>
          set('predictionEnabled', v),
        )}
        {d.predictionEnabled && (
          <Field label={ct('form.predictionPrompt')}>
            {(p) => (
              <input
                {...p}
                className="input"
                value={d.predictionPrompt}
                onChange={(e) => set('predictionPrompt', e.target.value)}
              />
            )}
          </Field>
        )}
      </fieldset>

      <PrizesEditor d={d} set={set} />

      <fieldset className="panel">
        <legend>{ct('form.eligibility')}</legend>
        {check(ct('form.requireVerified'), d.requireVerifiedEmail, (v) =>
          set('requireVerifiedEmail', v),
        )}
        <UnitMultiPicker
          label={ct('form.eligibleUnits')}
          value={d.eligibleUnitIds}
          onChange={(ids) => set('eligibleUnitIds', ids)}
        />
      </fieldset>

      <FairnessFields d={d} set={set} banks={banks.data?.items} />

      <fieldset className="panel">
        <legend>{ct('form.board')}</legend>
        {check(ct('form.boardPublic'), d.leaderboardPublic, (v) => set('leaderboardPublic', v))}
        {num(
          ct('form.freeze'),
          d.freezeMinutes,
          (v) => set('freezeMinutes', v),
          ct('form.freezeHint'),
        )}
        <Field label={ct('form.reveal')}>
          {(p) => (
            <select
              {...p}
              className="input"
              value={d.revealAnswers}
              onChange={(e) => set('revealAnswers', e.target.value as Draft['revealAnswers'])}
            >
              <option value="never">{ct('reveal.never')}</option>
              <option value="after_round">{ct('reveal.after_round')}</option>
            </select>
          )}
        </Field>
      </fieldset>

      <div className="toolbar">
        <button type="submit" className="btn" disabled={busy}>
          {ct('form.saveDraft')}
        </button>
        {status !== 'published' && status !== 'closed' && (
          <button
            type="button"
            className="btn btn--primary"
            disabled={busy}
            onClick={() => void publish()}
          >
            {ct('form.publish')}
          </button>
        )}
      </div>
    </form>
  );
}
