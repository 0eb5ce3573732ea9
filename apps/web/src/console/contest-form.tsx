import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { ErrorBox, Field, Loading, Notice } from '../components/ui';
import { api, ApiError, type Page } from '../lib/api';
import { fold, fromVietnamInput, toVietnamInput } from '../lib/format';
import { Link, navigate, useLocation } from '../lib/router';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { useCT } from './messages';
import type { AdminContest, Bank } from './types';
import { UnitMultiPicker } from './unit-multi-picker';
import { VietnamDateTimeInput } from './vietnam-datetime-input';

interface RoundDraft {
  id?: string;
  title: string;
  opensAt: string; // datetime-local, Vietnam time
  closesAt: string;
}

interface RuleDraft {
  bankId: string;
  count: string;
  tags: string;
  difficulty: '' | '1' | '2' | '3';
}

interface Draft {
  title: string;
  slug: string;
  theme: string;
  description: string;
  rules: string;
  rounds: RoundDraft[];
  questionCount: string;
  drawRules: RuleDraft[];
  timeLimitMin: string;
  attemptsPerRound: string;
  attemptPolicy: 'best' | 'first' | 'last';
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  displayMode: 'one_per_screen' | 'list';
  minSubmitSeconds: string;
  predictionEnabled: boolean;
  predictionPrompt: string;
  prizes: { first: string; second: string; third: string; consolation: string };
  maxSharePercent: string;
  prizePoints: { first: string; second: string; third: string; consolation: string };
  onePrizePerPerson: boolean;
  requireVerifiedEmail: boolean;
  eligibleUnitIds: string[];
  leaderboardPublic: boolean;
  freezeMinutes: string;
  revealAnswers: 'never' | 'after_round';
}

export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Next Monday 07:00 → Sunday 21:00, Vietnam time: how union rounds usually run. */
function defaultRound(index: number, after?: RoundDraft): RoundDraft {
  let opens: Date;
  if (after?.closesAt) {
    const prevClose = fromVietnamInput(after.closesAt);
    opens = new Date(Date.parse(prevClose ?? new Date().toISOString()) + 10 * 3600_000); // 07:00 next day
  } else {
    const vnNow = new Date(Date.now() + 7 * 3600_000);
    const daysToMonday = (8 - vnNow.getUTCDay()) % 7 || 7;
    opens = new Date(
      Date.UTC(vnNow.getUTCFullYear(), vnNow.getUTCMonth(), vnNow.getUTCDate() + daysToMonday, 0),
    );
  }
  const closes = new Date(opens.getTime() + 6 * 86400_000 + 14 * 3600_000);
  return {
    title: `Tuần ${index}`,
    opensAt: toVietnamInput(opens.toISOString()),
    closesAt: toVietnamInput(closes.toISOString()),
  };
}

function toDraft(c?: AdminContest): Draft {
  const str = (n: number | undefined, fallback: number) => String(n ?? fallback);
  return {
    title: c?.title ?? '',
    slug: c?.slug ?? '',
    theme: c?.theme ?? '',
    description: c?.description ?? '',
    rules: c?.rules ?? '',
    rounds: c
      ? c.rounds.map((r) => ({
          id: r.id,
          title: r.title,
          opensAt: toVietnamInput(r.opensAt),
          closesAt: toVietnamInput(r.closesAt),
        }))
      : [defaultRound(1)],
    questionCount: str(c?.questionCount, 20),
    drawRules: c?.drawRules?.length
      ? c.drawRules.map((r) => ({
          bankId: r.bankId,
          count: String(r.count),
          tags: (r.tags ?? []).join(', '),
          difficulty: r.difficulty ? (String(r.difficulty) as '1' | '2' | '3') : '',
        }))
      : [{ bankId: '', count: '20', tags: '', difficulty: '' }],
    timeLimitMin: String(Math.round((c?.timeLimitSec ?? 900) / 60)),
    attemptsPerRound: str(c?.attemptsPerRound, 2),
    attemptPolicy: c?.attemptPolicy ?? 'best',
    shuffleQuestions: c?.shuffleQuestions ?? true,
    shuffleOptions: c?.shuffleOptions ?? true,
    displayMode: c?.displayMode ?? 'one_per_screen',
    minSubmitSeconds: str(c?.minSubmitSeconds, 0),
    predictionEnabled: c?.prediction?.enabled ?? true,
    predictionPrompt:
      c?.prediction?.prompt ??
      'Dự đoán có bao nhiêu người trả lời đúng tất cả các câu hỏi của tuần thi này?',
    prizes: {
      first: str(c?.prizes?.first, 1),
      second: str(c?.prizes?.second, 2),
      third: str(c?.prizes?.third, 3),
      consolation: str(c?.prizes?.consolation, 5),
    },
    maxSharePercent: String(Math.round((c?.prizes?.maxShareOfParticipants ?? 0.5) * 100)),
    prizePoints: {
      first: str(c?.prizePoints?.first, 10),
      second: str(c?.prizePoints?.second, 8),
      third: str(c?.prizePoints?.third, 6),
      consolation: str(c?.prizePoints?.consolation, 4),
    },
    onePrizePerPerson: c?.onePrizePerPerson ?? true,
    requireVerifiedEmail: c?.requireVerifiedEmail ?? false,
    eligibleUnitIds: c?.eligibleUnitIds ?? [],
    leaderboardPublic: c?.leaderboard?.public ?? true,
    freezeMinutes: str(c?.leaderboard?.freezeMinutesBeforeClose, 0),
    revealAnswers: c?.revealAnswers ?? 'never',
  };
}

function toBody(d: Draft): Record<string, unknown> {
  const int = (s: string) => Math.round(Number(s) || 0);
  return {
    title: d.title.trim(),
    slug: d.slug.trim(),
    theme: d.theme.trim(),
    description: d.description,
    rules: d.rules,
    rounds: d.rounds.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      title: r.title.trim(),
      opensAt: fromVietnamInput(r.opensAt),
      closesAt: fromVietnamInput(r.closesAt),
    })),
    questionCount: int(d.questionCount),
    drawRules: d.drawRules.map((r) => {
      const tags = r.tags
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return {
        bankId: r.bankId,
        count: int(r.count),
        ...(tags.length ? { tags } : {}),
        ...(r.difficulty ? { difficulty: Number(r.difficulty) } : {}),
      };
    }),
    timeLimitSec: Math.round((Number(d.timeLimitMin) || 0) * 60),
    attemptsPerRound: int(d.attemptsPerRound),
    attemptPolicy: d.attemptPolicy,
    shuffleQuestions: d.shuffleQuestions,
    shuffleOptions: d.shuffleOptions,
    displayMode: d.displayMode,
    minSubmitSeconds: int(d.minSubmitSeconds),
    prediction: { enabled: d.predictionEnabled, prompt: d.predictionPrompt.trim() },
    prizes: {
      first: int(d.prizes.first),
      second: int(d.prizes.second),
      third: int(d.prizes.third),
      consolation: int(d.prizes.consolation),
      maxShareOfParticipants: Math.min(1, Math.max(0, (Number(d.maxSharePercent) || 0) / 100)),
    },
    prizePoints: {
      first: int(d.prizePoints.first),
      second: int(d.prizePoints.second),
      third: int(d.prizePoints.third),
      consolation: int(d.prizePoints.consolation),
    },
    onePrizePerPerson: d.onePrizePerPerson,
    requireVerifiedEmail: d.requireVerifiedEmail,
    ...(d.eligibleUnitIds.length ? { eligibleUnitIds: d.eligibleUnitIds } : {}),
    leaderboard: { public: d.leaderboardPublic, freezeMinutesBeforeClose: int(d.freezeMinutes) },
    revealAnswers: d.revealAnswers,
  };
}

/** DRAW_RULES_UNSATISFIABLE / VALIDATION_FAILED details: which setting, what is wrong, the numbers. */
function DetailsTable({ details }: { details: unknown }) {
  const ct = useCT();
  if (!Array.isArray(details) || details.length === 0) return null;
  const rows = details.filter((d): d is Record<string, unknown> => !!d && typeof d === 'object');
  if (rows.length === 0) return null;
  const where = (field: unknown): string => {
    if (typeof field !== 'string') return '';
    const m = /^(drawRules|rounds)\.(\d+)/.exec(field);
    if (m?.[1] === 'drawRules') return ct('form.ruleN', { n: Number(m[2]) + 1 });
    if (m?.[1] === 'rounds') return `${ct('form.roundTitle')} ${Number(m[2]) + 1}`;
    return field;
  };
  const num = (v: unknown) => (typeof v === 'number' ? String(v) : '');
  const hasNumbers = rows.some(
    (r) => typeof r.needed === 'number' || typeof r.available === 'number',
  );
  return (
    <div className="table-wrap">
      <table className="table" data-testid="error-details">
        <thead>
          <tr>
            <th scope="col">{ct('form.detailWhere')}</th>
            <th scope="col">{ct('form.detailProblem')}</th>
            {hasNumbers && (
              <>
                <th scope="col" className="num">
                  {ct('form.detailNeeded')}
                </th>
                <th scope="col" className="num">
                  {ct('form.detailAvailable')}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{where(r.field)}</td>
              <td>{typeof r.message === 'string' ? r.message : ''}</td>
              {hasNumbers && (
                <>
                  <td className="num">{num(r.needed)}</td>
                  <td className="num">{num(r.available)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ContestForm({ contestId }: { contestId?: string }) {
  const ct = useCT();
  const existing = useResource(
    () => (contestId ? api<AdminContest>(`/api/contests/${contestId}`) : Promise.resolve(null)),
    [contestId],
  );
  const banks = useResource(() => api<Page<Bank>>('/api/banks', { query: { pageSize: 500 } }), []);
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
  const setRound = (i: number, patch: Partial<RoundDraft>) =>
    set(
      'rounds',
      d.rounds.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    );
  const setRule = (i: number, patch: Partial<RuleDraft>) =>
    set(
      'drawRules',
      d.drawRules.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    );

  const drawTotal = d.drawRules.reduce((sum, r) => sum + (Number(r.count) || 0), 0);
  const validate = (): string[] => {
    const out: string[] = [];
    if (d.title.trim().length < 3) out.push(ct('form.errTitle'));
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(d.slug)) out.push(ct('form.errSlug'));
    if (d.rounds.length === 0) out.push(ct('form.errNoRound'));
    d.rounds.forEach((r, i) => {
      const o = fromVietnamInput(r.opensAt);
      const c = fromVietnamInput(r.closesAt);
      if (!r.title.trim() || !o || !c) out.push(ct('form.errRoundIncomplete', { n: i + 1 }));
      else if (Date.parse(o) >= Date.parse(c)) out.push(ct('form.errRoundOrder', { n: i + 1 }));
    });
    if (d.drawRules.some((r) => !r.bankId)) out.push(ct('form.errBank'));
    if (drawTotal !== Number(d.questionCount)) {
      out.push(ct('form.errDrawTotal', { total: drawTotal, count: d.questionCount }));
    }
    if ((Number(d.timeLimitMin) || 0) * 60 < 30) out.push(ct('form.errTime'));
    if ((Number(d.attemptsPerRound) || 0) < 1) out.push(ct('form.errAttempts'));
    if (d.predictionEnabled && !d.predictionPrompt.trim()) out.push(ct('form.errPrediction'));
    return out;
  };

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
      ? await api<AdminContest>(`/api/contests/${id}`, { method: 'PATCH', body })
      : await api<AdminContest>('/api/contests', { method: 'POST', body });
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
      await api(`/api/contests/${id}/publish`, { method: 'POST' });
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
    <Field label={label} hint={hint}>
      {(p) => (
        <input
          {...p}
          className="input"
          inputMode="numeric"
          value={value}
          onChange={(e) => onChange(e.target.value.replace(/[^\d.]/g, ''))}
        />
      )}
    </Field>
  );
  const check = (label: string, value: boolean, onChange: (v: boolean) => void) => (
    <label className="checkbox">
      <input type="checkbox" checked={value} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
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

      <fieldset className="panel">
        <legend>{ct('form.rounds')}</legend>
        <p className="muted">{ct('form.roundsHint')}</p>
        {d.rounds.map((r, i) => (
          <div
            key={r.id ?? `new-${i}`}
            className="grid-4"
            role="group"
            aria-label={r.title || `#${i + 1}`}
          >
            <Field label={ct('form.roundTitle')}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  value={r.title}
                  onChange={(e) => setRound(i, { title: e.target.value })}
                />
              )}
            </Field>
            <VietnamDateTimeInput
              label={ct('form.opensAt')}
              value={r.opensAt}
              onChange={(v) => setRound(i, { opensAt: v })}
            />
            <VietnamDateTimeInput
              label={ct('form.closesAt')}
              value={r.closesAt}
              onChange={(v) => setRound(i, { closesAt: v })}
            />
            <div className="field">
              <span className="field__label" aria-hidden="true">
                &nbsp;
              </span>
              <button
                type="button"
                className="btn"
                disabled={d.rounds.length === 1}
                onClick={() =>
                  set(
                    'rounds',
                    d.rounds.filter((_, j) => j !== i),
                  )
                }
              >
                {ct('form.removeRound')}
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          className="btn btn--small"
          onClick={() =>
            set('rounds', [
              ...d.rounds,
              defaultRound(d.rounds.length + 1, d.rounds[d.rounds.length - 1]),
            ])
          }
        >
          + {ct('form.addRound')}
        </button>
      </fieldset>

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
        <h3>{ct('form.drawRules')}</h3>
        <p className="muted">
          {ct('form.drawTotal', { total: drawTotal, count: d.questionCount || '0' })}
        </p>
        {banks.error !== null && <ErrorBox>{errorText(banks.error)}</ErrorBox>}
        {d.drawRules.map((r, i) => (
          <div key={i} className="grid-4" role="group" aria-label={ct('form.ruleN', { n: i + 1 })}>
            <Field label={ct('form.bank')}>
              {(p) => (
                <select
                  {...p}
                  className="input"
                  value={r.bankId}
                  onChange={(e) => setRule(i, { bankId: e.target.value })}
                >
                  <option value="">{ct('form.chooseBank')}</option>
                  {banks.data?.items.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.title} ({b.questionCount})
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {num(ct('form.count'), r.count, (v) => setRule(i, { count: v }))}
            <Field label={ct('form.ruleTags')}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  value={r.tags}
                  onChange={(e) => setRule(i, { tags: e.target.value })}
                />
              )}
            </Field>
            <Field label={ct('editor.difficulty')}>
              {(p) => (
                <select
                  {...p}
                  className="input"
                  value={r.difficulty}
                  onChange={(e) =>
                    setRule(i, { difficulty: e.target.value as RuleDraft['difficulty'] })
                  }
                >
                  <option value="">{ct('common.all')}</option>
                  <option value="1">{ct('difficulty.1')}</option>
                  <option value="2">{ct('difficulty.2')}</option>
                  <option value="3">{ct('difficulty.3')}</option>
                </select>
              )}
            </Field>
            {d.drawRules.length > 1 && (
              <button
                type="button"
                className="btn btn--small"
                onClick={() =>
                  set(
                    'drawRules',
                    d.drawRules.filter((_, j) => j !== i),
                  )
                }
              >
                {ct('form.removeRule')}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="btn btn--small"
          onClick={() =>
            set('drawRules', [...d.drawRules, { bankId: '', count: '5', tags: '', difficulty: '' }])
          }
        >
          + {ct('form.addRule')}
        </button>
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

      <fieldset className="panel">
        <legend>{ct('form.prizes')}</legend>
        <div className="grid-4">
          {num(ct('prize.first'), d.prizes.first, (v) => set('prizes', { ...d.prizes, first: v }))}
          {num(ct('prize.second'), d.prizes.second, (v) =>
            set('prizes', { ...d.prizes, second: v }),
          )}
          {num(ct('prize.third'), d.prizes.third, (v) => set('prizes', { ...d.prizes, third: v }))}
          {num(ct('prize.consolation'), d.prizes.consolation, (v) =>
            set('prizes', { ...d.prizes, consolation: v }),
          )}
        </div>
        {num(
          ct('form.maxShare'),
          d.maxSharePercent,
          (v) => set('maxSharePercent', v),
          ct('form.maxShareHint'),
        )}
        {check(ct('form.onePrize'), d.onePrizePerPerson, (v) => set('onePrizePerPerson', v))}
        <h3>{ct('form.prizePoints')}</h3>
        <div className="grid-4">
          {num(ct('prize.first'), d.prizePoints.first, (v) =>
            set('prizePoints', { ...d.prizePoints, first: v }),
          )}
          {num(ct('prize.second'), d.prizePoints.second, (v) =>
            set('prizePoints', { ...d.prizePoints, second: v }),
          )}
          {num(ct('prize.third'), d.prizePoints.third, (v) =>
            set('prizePoints', { ...d.prizePoints, third: v }),
          )}
          {num(ct('prize.consolation'), d.prizePoints.consolation, (v) =>
            set('prizePoints', { ...d.prizePoints, consolation: v }),
          )}
        </div>
      </fieldset>

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
