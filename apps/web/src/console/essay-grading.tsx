import { useState } from 'react';
import { ErrorBox, Field } from '../components/ui';
import { api, ApiError } from '../lib/api';
import { errorText } from '../messages';
import { useCT } from './messages';
import type { Essay } from '../api/types';
import { endpoints } from '../api/endpoints';

/** Essay answers of the round, each with its points input. */
export function EssayGrading({
  essays,
  error,
  reload,
  disabled,
}: {
  essays: Essay[] | undefined;
  error: unknown;
  reload: () => void;
  disabled: boolean;
}) {
  const ct = useCT();
  const [points, setPoints] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<Record<string, boolean>>({});
  const [saveError, setSaveError] = useState<unknown>(null);
  const key = (e: Essay) => `${e.attemptId}:${e.questionId}`;
  const save = async (e: Essay) => {
    const value = Number(points[key(e)] ?? e.points ?? '');
    if (!Number.isFinite(value) || value < 0) return;
    setSaveError(null);
    try {
      await api(endpoints.grade(e.attemptId, e.questionId), {
        method: 'PUT',
        body: { points: value },
      });
      setSaved((s) => ({ ...s, [key(e)]: true }));
    } catch (err) {
      setSaveError(err);
    }
  };
  const missing = error instanceof ApiError && [404, 405].includes(error.status);
  return (
    <section className="panel" aria-labelledby="essays-title">
      <h2 id="essays-title">{ct('judge.essays')}</h2>
      {missing && <p className="muted">{ct('dash.noEndpoint')}</p>}
      {error !== null && !missing && <ErrorBox onRetry={reload}>{errorText(error)}</ErrorBox>}
      {saveError !== null && <ErrorBox>{errorText(saveError)}</ErrorBox>}
      {essays?.length === 0 && <p>{ct('judge.noEssays')}</p>}
      <ul className="cards">
        {essays?.map((e) => (
          <li key={key(e)} className="card">
            {e.fullName && <p className="strong">{e.fullName}</p>}
            <p className="muted pre">{e.prompt}</p>
            <blockquote className="pre">{e.text}</blockquote>
            <div className="toolbar">
              <Field label={ct('judge.points', { max: e.maxPoints ?? '' })}>
                {(p) => (
                  <input
                    {...p}
                    className="input"
                    inputMode="decimal"
                    value={points[key(e)] ?? (e.points != null ? String(e.points) : '')}
                    disabled={disabled}
                    onChange={(ev) => setPoints((s) => ({ ...s, [key(e)]: ev.target.value }))}
                  />
                )}
              </Field>
              <button
                type="button"
                className="btn"
                disabled={disabled}
                onClick={() => void save(e)}
              >
                {ct('common.save')}
              </button>
              {saved[key(e)] && <span className="ok-text">{ct('judge.graded')}</span>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
