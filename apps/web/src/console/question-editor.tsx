import { type FormEvent, useState } from 'react';
import { ErrorBox, Field } from '../components/ui';
import { ApiError } from '../lib/api';
import type { AnswerValue, QuestionType } from '../api/types';
import { errorText } from '../messages';
import { QuestionView } from '../participant/quiz/question-view';
import { type ConsoleKey, useCT } from './messages';
import type { OptionInput, QuestionInput } from '../api/types';

export const QUESTION_TYPES: QuestionType[] = [
  'single',
  'multiple',
  'true_false',
  'short_text',
  'essay',
];

export function typeKey(type: QuestionType): ConsoleKey {
  return `type.${type}`;
}

interface Draft {
  type: QuestionType;
  prompt: string;
  options: OptionInput[];
  acceptedAnswers: string;
  explanation: string;
  tags: string;
  difficulty: 1 | 2 | 3;
  points: string;
}

/** What the editor can start from: a saved question, an import item, or nothing. */
export type EditableQuestion = Partial<Omit<QuestionInput, 'acceptedAnswers'>> & {
  acceptedAnswers?: string[] | null;
};

function toDraft(q?: EditableQuestion): Draft {
  return {
    type: q?.type ?? 'single',
    prompt: q?.prompt ?? '',
    options: q?.options?.length
      ? q.options.map((o) => ({ ...o }))
      : [
          { text: '', correct: true },
          { text: '', correct: false },
          { text: '', correct: false },
          { text: '', correct: false },
        ],
    acceptedAnswers: (q?.acceptedAnswers ?? []).join('\n'),
    explanation: q?.explanation ?? '',
    tags: (q?.tags ?? []).join(', '),
    difficulty: q?.difficulty ?? 1,
    points: String(q?.points ?? 1),
  };
}

/**
 * The contract's body for a question of this type (no field the type does not use). Option ids
 * are the server's business (stable while the text is unchanged); a cleared explanation of a
 * saved question is sent as null, which removes it.
 */
export function toInput(d: Draft, hadExplanation = false): QuestionInput {
  const input: QuestionInput = {
    type: d.type,
    prompt: d.prompt.trim(),
    difficulty: d.difficulty,
    points: Number(d.points) || 1,
    tags: d.tags
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
  if (d.explanation.trim()) input.explanation = d.explanation.trim();
  else if (hadExplanation) input.explanation = null;
  if (d.type === 'single' || d.type === 'multiple' || d.type === 'true_false') {
    input.options = d.options
      .filter((o) => o.text.trim() !== '')
      .map((o) => ({ text: o.text.trim(), correct: o.correct }));
  }
  if (d.type === 'short_text') {
    input.acceptedAnswers = d.acceptedAnswers
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
  }
  return input;
}

function localProblems(d: Draft, ct: ReturnType<typeof useCT>): string[] {
  const out: string[] = [];
  if (!d.prompt.trim()) out.push(ct('editor.needPrompt'));
  const filled = d.options.filter((o) => o.text.trim());
  const correct = filled.filter((o) => o.correct).length;
  if (d.type === 'single' || d.type === 'multiple') {
    if (filled.length < 2) out.push(ct('editor.needTwoOptions'));
    if (d.type === 'single' && correct !== 1) out.push(ct('editor.needOneCorrect'));
    if (d.type === 'multiple' && correct < 1) out.push(ct('editor.needSomeCorrect'));
  }
  if (d.type === 'true_false' && (filled.length !== 2 || correct !== 1))
    out.push(ct('editor.needTrueFalse'));
  if (d.type === 'short_text' && !d.acceptedAnswers.trim()) out.push(ct('editor.needAccepted'));
  return out;
}

/** VALIDATION_FAILED / IMPORT_FAILED details as lines: "options.2.text: …". */
export function detailLines(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  const raw: unknown = error.body.details ?? error.body.errors;
  if (!Array.isArray(raw)) return [];
  return raw.map((d: unknown) => {
    if (d && typeof d === 'object') {
      const o = d as Record<string, unknown>;
      const where = [o.field, o.row, o.index].find(
        (v): v is string | number => typeof v === 'string' || typeof v === 'number',
      );
      const msg = typeof o.message === 'string' ? o.message : JSON.stringify(o);
      return where !== undefined ? `${where}: ${msg}` : msg;
    }
    return String(d);
  });
}

export function QuestionEditor({
  initial,
  title,
  onSave,
  onCancel,
}: {
  initial?: EditableQuestion;
  title: string;
  onSave: (input: QuestionInput) => Promise<void>;
  onCancel: () => void;
}) {
  const ct = useCT();
  const [d, setD] = useState<Draft>(() => toDraft(initial));
  const [previewAnswer, setPreviewAnswer] = useState<AnswerValue | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const setType = (type: QuestionType) => {
    setPreviewAnswer(undefined);
    if (type === 'true_false') {
      setD({
        ...d,
        type,
        options: [
          { text: 'Đúng', correct: true },
          { text: 'Sai', correct: false },
        ],
      });
    } else setD({ ...d, type });
  };
  const setOption = (i: number, patch: Partial<OptionInput>) => {
    const single = d.type === 'single' || d.type === 'true_false';
    setD({
      ...d,
      options: d.options.map((o, j) =>
        j === i ? { ...o, ...patch } : patch.correct && single ? { ...o, correct: false } : o,
      ),
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = localProblems(d, ct);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    setError(null);
    try {
      await onSave(toInput(d, !!initial?.explanation));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const preview = toInput(d);
  const usesOptions = d.type === 'single' || d.type === 'multiple' || d.type === 'true_false';
  return (
    <form className="split" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <div>
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
          <ErrorBox>
            {errorText(error)}
            {detailLines(error).length > 0 && (
              <ul>
                {detailLines(error).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </ErrorBox>
        )}
        <div className="grid-2">
          <Field label={ct('editor.type')}>
            {(p) => (
              <select
                {...p}
                className="input"
                value={d.type}
                onChange={(e) => setType(e.target.value as QuestionType)}
              >
                {QUESTION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {ct(typeKey(type))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={ct('editor.difficulty')}>
            {(p) => (
              <select
                {...p}
                className="input"
                value={d.difficulty}
                onChange={(e) => setD({ ...d, difficulty: Number(e.target.value) as 1 | 2 | 3 })}
              >
                <option value={1}>{ct('difficulty.1')}</option>
                <option value={2}>{ct('difficulty.2')}</option>
                <option value={3}>{ct('difficulty.3')}</option>
              </select>
            )}
          </Field>
        </div>
        <Field label={ct('editor.prompt')}>
          {(p) => (
            <textarea
              {...p}
              className="input input--area"
              value={d.prompt}
              onChange={(e) => setD({ ...d, prompt: e.target.value })}
            />
          )}
        </Field>
        {usesOptions && (
          <fieldset className="panel">
            <legend>{ct('editor.options')}</legend>
            <p className="muted">
              {d.type === 'multiple' ? ct('editor.markSeveral') : ct('editor.markOne')}
            </p>
            {d.options.map((o, i) => (
              <div className="option-edit" key={i}>
                <label className="checkbox">
                  <input
                    type={d.type === 'multiple' ? 'checkbox' : 'radio'}
                    name="correct"
                    checked={o.correct}
                    onChange={(e) => setOption(i, { correct: e.target.checked })}
                  />
                  <span className="sr-only">{ct('editor.correctOf', { n: i + 1 })}</span>
                  <span aria-hidden="true">{String.fromCharCode(65 + i)}</span>
                </label>
                <input
                  className="input"
                  aria-label={ct('editor.optionText', { n: i + 1 })}
                  value={o.text}
                  disabled={d.type === 'true_false'}
                  onChange={(e) => setOption(i, { text: e.target.value })}
                />
                {d.type !== 'true_false' && d.options.length > 2 ? (
                  <button
                    type="button"
                    className="btn btn--small"
                    aria-label={ct('editor.removeOption', { n: i + 1 })}
                    onClick={() => setD({ ...d, options: d.options.filter((_, j) => j !== i) })}
                  >
                    ✕
                  </button>
                ) : (
                  <span />
                )}
              </div>
            ))}
            {d.type !== 'true_false' && d.options.length < 8 && (
              <button
                type="button"
                className="btn btn--small"
                onClick={() =>
                  setD({ ...d, options: [...d.options, { text: '', correct: false }] })
                }
              >
                + {ct('editor.addOption')}
              </button>
            )}
          </fieldset>
        )}
        {d.type === 'short_text' && (
          <Field label={ct('editor.accepted')} hint={ct('editor.acceptedHint')}>
            {(p) => (
              <textarea
                {...p}
                className="input input--area"
                value={d.acceptedAnswers}
                onChange={(e) => setD({ ...d, acceptedAnswers: e.target.value })}
              />
            )}
          </Field>
        )}
        <Field label={ct('editor.explanation')}>
          {(p) => (
            <textarea
              {...p}
              className="input"
              rows={2}
              value={d.explanation}
              onChange={(e) => setD({ ...d, explanation: e.target.value })}
            />
          )}
        </Field>
        <div className="grid-2">
          <Field label={ct('editor.tags')} hint={ct('editor.tagsHint')}>
            {(p) => (
              <input
                {...p}
                className="input"
                value={d.tags}
                onChange={(e) => setD({ ...d, tags: e.target.value })}
              />
            )}
          </Field>
          <Field label={ct('editor.points')}>
            {(p) => (
              <input
                {...p}
                className="input"
                inputMode="decimal"
                value={d.points}
                onChange={(e) => setD({ ...d, points: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="row">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {ct('editor.save')}
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            {ct('common.cancel')}
          </button>
        </div>
      </div>
      <aside aria-label={ct('editor.preview')}>
        <p className="phone__caption">{ct('editor.preview')}</p>
        <div className="phone" data-testid="phone-preview">
          <QuestionView
            question={{
              id: 'preview',
              type: d.type,
              prompt: preview.prompt || ct('editor.promptPlaceholder'),
              options: (preview.options ?? []).map((o, i) => ({ id: `o${i}`, text: o.text })),
            }}
            index={0}
            total={1}
            answer={previewAnswer}
            onChange={setPreviewAnswer}
          />
        </div>
      </aside>
    </form>
  );
}
