import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ErrorBox, Field, Loading, Modal, Notice } from '../../components/ui';
import { api, ApiError, NetworkError } from '../../lib/api';
import { Link, navigate } from '../../lib/router';
import { useSession } from '../../lib/session';
import { deviceId, storage } from '../../lib/storage';
import type { AnswerValue, Attempt, AttemptQuestion, SubmitResult } from '../../lib/types';
import { errorText, useT } from '../../messages';
import { AnswerGrid, type SaveState } from './answer-grid';
import {
  type CachedAttempt,
  cachedAttempt,
  forgetAttempt,
  rememberAttempt,
  savedPosition,
  savedPrediction,
  savePosition,
  savePrediction,
  saveReceipt,
} from './attempt-store';
import { Countdown } from './countdown';
import { startIntegrityReporter } from './integrity';
import {
  AnswerQueue,
  type QueueItem,
  type QueueSnapshot,
  queueKey,
  type SaveResult,
} from './offline-queue';
import { QuestionView } from './question-view';

type Phase = 'answering' | 'submitting' | 'timeup' | 'waiting';

const EMPTY_SNAPSHOT: QueueSnapshot = {
  pending: [],
  networkDown: false,
  closed: false,
  otherDevice: false,
};
const deviceHeaders = () => ({ 'X-Device-Id': deviceId() });
const noSubscribe = () => () => undefined;
const TEXT_SAVE_DELAY_MS = 800;

function isAnswered(answer: AnswerValue | undefined): boolean {
  if (!answer) return false;
  return (answer.optionIds?.length ?? 0) > 0 || (answer.text ?? '').trim() !== '';
}

/** Server answers, overlaid with the answers still waiting in this phone's queue (newer). */
function initialAnswers(attempt: Attempt): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const [qid, a] of Object.entries(attempt.answers ?? {})) {
    out[qid] = { optionIds: a.optionIds, text: a.text };
  }
  const queued = storage.getJSON<{ items?: QueueItem[] }>(queueKey(attempt.id));
  for (const item of queued?.items ?? []) out[item.questionId] = item.answer;
  return out;
}

function validPrediction(value: string): boolean {
  return /^\d{1,9}$/.test(value.trim()) && Number(value) <= 100_000_000;
}

export function QuizPage({ attemptId }: { attemptId: string }) {
  const t = useT();
  const session = useSession();
  const [data, setData] = useState<CachedAttempt | null>(() => cachedAttempt(attemptId));
  const [fromCache, setFromCache] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>(() => {
    const cached = cachedAttempt(attemptId);
    return cached ? initialAnswers(cached.attempt) : {};
  });
  const answersRef = useRef(answers);
  answersRef.current = answers;
  const [drafts, setDrafts] = useState<Set<string>>(new Set());
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const [position, setPosition] = useState(() => savedPosition(attemptId));
  const [prediction, setPrediction] = useState(() => savedPrediction(attemptId));
  const [predictionError, setPredictionError] = useState(false);
  const [showGrid, setShowGrid] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [phase, setPhase] = useState<Phase>('answering');
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [reconnected, setReconnected] = useState(false);
  const [queue, setQueue] = useState<AnswerQueue | null>(null);
  const [otherDevice, setOtherDevice] = useState(false);
  const [moving, setMoving] = useState(false);
  const textTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const finishing = useRef(false);

  const snapshot = useSyncExternalStore(
    queue?.subscribe ?? noSubscribe,
    () => queue?.snapshot() ?? EMPTY_SNAPSHOT,
  );

  // The queue of unsent answers: created per attempt, resent at once (a reload may have left
  // some behind), kept in localStorage until the server acknowledges each answer.
  useEffect(() => {
    const q = new AnswerQueue({
      attemptId,
      send: (item) =>
        api<SaveResult>(`/api/attempts/${attemptId}/answers/${item.questionId}`, {
          method: 'PUT',
          body: item.answer,
          headers: deviceHeaders(),
        }),
      onSaved: (item, result) => {
        if (result.receipt) {
          const receipts =
            storage.getJSON<Record<string, string>>(`hoithi.receipts.${attemptId}`) ?? {};
          receipts[item.questionId] = result.receipt;
          storage.setJSON(`hoithi.receipts.${attemptId}`, receipts);
        }
      },
      onRejected: (item) => setRejected((r) => new Set(r).add(item.questionId)),
    });
    setQueue(q);
    void q.flush();
    return () => q.destroy();
  }, [attemptId]);

  const goToResult = useCallback(() => {
    forgetAttempt(attemptId);
    navigate(`/luot-thi/${attemptId}/ket-qua`, { replace: true });
  }, [attemptId]);

  // Load (or resync) the attempt: saved answers, status, and the server's clock.
  const load = useCallback(
    async (initial: boolean) => {
      try {
        const attempt = await api<Attempt>(`/api/attempts/${attemptId}`, {
          headers: deviceHeaders(),
        });
        const receivedAt = Date.now();
        if (attempt.status === 'submitted') {
          goToResult();
          return;
        }
        const entry = rememberAttempt(attempt, receivedAt);
        setData(entry);
        setOtherDevice(!!attempt.boundToOtherDevice);
        setFromCache(false);
        setLoadError(null);
        if (initial) setAnswers(initialAnswers(attempt));
      } catch (error) {
        if (error instanceof NetworkError && cachedAttempt(attemptId)) setFromCache(true);
        else if (initial || !(error instanceof NetworkError)) setLoadError(error);
      }
    },
    [attemptId, goToResult],
  );

  useEffect(() => {
    void load(true);
  }, [load]);

  // Network state, and a clock resync when the phone wakes up or the network returns.
  useEffect(() => {
    const on = () => {
      setOnline(true);
      void load(false);
    };
    const off = () => setOnline(false);
    const visible = () => {
      if (document.visibilityState === 'visible') void load(false);
    };
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [load]);

  const offline = !online || snapshot.networkDown;
  const wasOffline = useRef(false);
  useEffect(() => {
    if (offline) {
      wasOffline.current = true;
      setReconnected(false);
      return;
    }
    if (!wasOffline.current) return;
    wasOffline.current = false;
    setReconnected(true);
    const id = setTimeout(() => setReconnected(false), 6000);
    return () => clearTimeout(id);
  }, [offline]);

  // Integrity signals while the attempt is in progress.
  const inProgress = data?.attempt.status === 'in_progress';
  useEffect(() => {
    if (!inProgress) return;
    return startIntegrityReporter(attemptId);
  }, [attemptId, inProgress]);

  // Signed in again after the session expired: resend at once.
  useEffect(() => {
    if (session.status === 'authenticated') void queue?.flush();
  }, [session.status, queue]);

  useEffect(() => savePosition(attemptId, position), [attemptId, position]);

  const draftsRef = useRef(new Set<string>());
  const commitText = useCallback(
    (questionId: string) => {
      const timer = textTimers.current.get(questionId);
      if (timer) clearTimeout(timer);
      textTimers.current.delete(questionId);
      if (!draftsRef.current.delete(questionId)) return;
      setDrafts(new Set(draftsRef.current));
      queue?.enqueue(questionId, answersRef.current[questionId] ?? { text: '' });
    },
    [queue],
  );

  const commitAllText = useCallback(() => {
    for (const qid of [...textTimers.current.keys()]) commitText(qid);
  }, [commitText]);

  const submit = useCallback(
    async (auto: boolean) => {
      if (!data || !queue || finishing.current) return;
      finishing.current = true;
      setSubmitError(null);
      setPhase(auto ? 'timeup' : 'submitting');
      commitAllText();
      await queue.flush();
      if (!auto && queue.pending().length > 0) {
        finishing.current = false;
        setPhase('answering');
        setSubmitError(new NetworkError());
        return;
      }
      const body =
        data.attempt.prediction?.enabled && validPrediction(prediction)
          ? { prediction: Number(prediction) }
          : {};
      try {
        const result = await api<SubmitResult>(`/api/attempts/${attemptId}/submit`, {
          method: 'POST',
          body,
          headers: deviceHeaders(),
        });
        saveReceipt(attemptId, result.receipt);
        queue.clear();
        goToResult();
      } catch (error) {
        finishing.current = false;
        if (auto || (error instanceof ApiError && error.code === 'ATTEMPT_CLOSED')) {
          setPhase('waiting');
        } else {
          setPhase('answering');
          setSubmitError(error);
        }
      }
    },
    [attemptId, commitAllText, data, goToResult, prediction, queue],
  );

  // The server closed the attempt (deadline passed): submit what is saved, or wait for the
  // server's own automatic submission.
  useEffect(() => {
    if (snapshot.closed && phase === 'answering') void submit(true);
  }, [snapshot.closed, phase, submit]);

  useEffect(() => {
    if (phase !== 'waiting') return;
    const id = setInterval(() => {
      api<Attempt>(`/api/attempts/${attemptId}`, { headers: deviceHeaders() }).then(
        (a) => a.status === 'submitted' && goToResult(),
        () => undefined,
      );
    }, 5000);
    return () => clearInterval(id);
  }, [phase, attemptId, goToResult]);

  const moveHere = async () => {
    setMoving(true);
    try {
      const attempt = await api<Attempt>(`/api/attempts/${attemptId}/move-here`, {
        method: 'POST',
        headers: deviceHeaders(),
      });
      const entry = rememberAttempt(attempt);
      setData(entry);
      setOtherDevice(false);
      await queue?.resume();
    } catch (error) {
      setSubmitError(error);
    } finally {
      setMoving(false);
    }
  };

  if (!data) {
    if (loadError !== null) {
      const needsLogin = loadError instanceof ApiError && loadError.status === 401;
      return (
        <div className="page">
          <ErrorBox onRetry={needsLogin ? undefined : () => void load(true)}>
            {errorText(loadError)}
          </ErrorBox>
          {needsLogin && (
            <Link
              className="btn btn--primary btn--block"
              to={`/dang-nhap?next=${encodeURIComponent(`/luot-thi/${attemptId}`)}`}
            >
              {t('nav.login')}
            </Link>
          )}
        </div>
      );
    }
    return <Loading />;
  }

  const attempt = data.attempt;
  const questions = [...attempt.questions].sort((a, b) => a.position - b.position);
  const hasPrediction = !!attempt.prediction?.enabled;
  const listMode = attempt.displayMode === 'list';
  const lastIndex = questions.length - (hasPrediction ? 0 : 1);
  const current = Math.min(position, lastIndex);
  const blockedHere = otherDevice || snapshot.otherDevice;
  const locked = phase !== 'answering' || blockedHere;

  const stateOf = (q: AttemptQuestion): SaveState =>
    rejected.has(q.id)
      ? 'error'
      : snapshot.pending.includes(q.id) || drafts.has(q.id)
        ? 'pending'
        : isAnswered(answers[q.id])
          ? 'saved'
          : 'unanswered';
  const states = questions.map(stateOf);
  const answeredCount = states.filter((s) => s !== 'unanswered').length;
  const unsavedCount = states.filter((s) => s === 'pending').length;

  const choose = (q: AttemptQuestion, value: AnswerValue) => {
    if (locked) return;
    setAnswers((a) => ({ ...a, [q.id]: value }));
    answersRef.current = { ...answersRef.current, [q.id]: value };
    if (rejected.has(q.id)) {
      setRejected((r) => {
        const next = new Set(r);
        next.delete(q.id);
        return next;
      });
    }
    if (q.type === 'short_text' || q.type === 'essay') {
      draftsRef.current.add(q.id);
      setDrafts(new Set(draftsRef.current));
      const old = textTimers.current.get(q.id);
      if (old) clearTimeout(old);
      textTimers.current.set(
        q.id,
        setTimeout(() => commitText(q.id), TEXT_SAVE_DELAY_MS),
      );
    } else {
      queue?.enqueue(q.id, value);
    }
  };

  const jump = (index: number) => {
    setShowGrid(false);
    if (listMode) {
      const el = document.getElementById(`q-${index}`);
      el?.scrollIntoView({ block: 'start' });
      el?.focus({ preventScroll: true });
    } else {
      setPosition(index);
      window.scrollTo(0, 0);
    }
  };

  const openConfirm = () => {
    commitAllText();
    setSubmitError(null);
    setConfirming(true);
  };

  const confirmSubmit = () => {
    if (hasPrediction && !validPrediction(prediction)) {
      setPredictionError(true);
      return;
    }
    setConfirming(false);
    void submit(false);
  };

  const predictionField = (
    <Field
      label={t('quiz.predictionLabel')}
      error={predictionError && !validPrediction(prediction) ? t('quiz.predictionInvalid') : null}
    >
      {(p) => (
        <input
          {...p}
          className="input input--big"
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="off"
          value={prediction}
          disabled={locked}
          onChange={(e) => {
            const v = e.target.value.replace(/[^\d]/g, '').slice(0, 9);
            setPrediction(v);
            savePrediction(attemptId, v);
          }}
        />
      )}
    </Field>
  );

  const predictionCard = hasPrediction && (
    <section
      className="question question--prediction"
      id={`q-${questions.length}`}
      tabIndex={-1}
      aria-labelledby="prediction-title"
    >
      <header className="question__head">
        <span className="question__number">{t('quiz.prediction')}</span>
        {validPrediction(prediction) && (
          <span className="save-state save-state--saved">{t('grid.answered')}</span>
        )}
      </header>
      <h2 className="question__prompt" id="prediction-title">
        {attempt.prediction.prompt || t('quiz.predictionDefault')}
      </h2>
      {predictionField}
    </section>
  );

  const view = (q: AttemptQuestion, i: number) => (
    <QuestionView
      question={q}
      index={i}
      total={questions.length}
      answer={answers[q.id]}
      saveState={states[i]}
      disabled={locked}
      onChange={(value) => choose(q, value)}
      onTextBlur={() => commitText(q.id)}
    />
  );

  return (
    <div className="quiz">
      <div className="quiz__bar">
        <Countdown
          deadlineAt={attempt.deadlineAt}
          offsetMs={data.offsetMs}
          onExpire={() => void submit(true)}
        />
        <button
          type="button"
          className="btn btn--small"
          aria-expanded={showGrid}
          aria-label={`${t('quiz.grid')} — ${t('grid.summary', { answered: answeredCount, total: questions.length })}`}
          onClick={() => setShowGrid(!showGrid)}
        >
          {t('quiz.gridShort')}
          <span className="quiz__progress">
            {answeredCount}/{questions.length}
          </span>
        </button>
        <button
          type="button"
          className="btn btn--small btn--primary"
          disabled={locked}
          onClick={openConfirm}
        >
          {t('quiz.submit')}
        </button>
      </div>

      <div className="quiz__status" aria-live="assertive">
        {offline && (
          <p className="banner banner--offline" role="alert" data-testid="offline-banner">
            {t('quiz.offline')}
          </p>
        )}
        {!offline && reconnected && (
          <p className="banner banner--online" role="status" data-testid="online-banner">
            {t('quiz.reconnected')}
          </p>
        )}
      </div>
      {fromCache && <Notice kind="warn">{t('quiz.cachedOffline')}</Notice>}
      {blockedHere && (
        <div className="alert alert--warn" role="alert">
          <span>{t('quiz.otherDevice')}</span>
          <button
            type="button"
            className="btn btn--primary"
            disabled={moving}
            onClick={() => void moveHere()}
          >
            {t('quiz.moveHere')}
          </button>
        </div>
      )}
      {session.status === 'anonymous' && (
        <Notice kind="warn">
          {t('quiz.loginAgain')}{' '}
          <Link to={`/dang-nhap?next=${encodeURIComponent(`/luot-thi/${attemptId}`)}`}>
            {t('nav.login')}
          </Link>
        </Notice>
      )}
      {submitError !== null && (
        <ErrorBox>
          {submitError instanceof NetworkError ? t('quiz.submitOffline') : errorText(submitError)}
        </ErrorBox>
      )}

      {showGrid && (
        <AnswerGrid
          states={states}
          current={listMode ? -1 : current}
          onJump={jump}
          prediction={
            hasPrediction
              ? {
                  answered: validPrediction(prediction),
                  current: !listMode && current === questions.length,
                  onJump: () => jump(questions.length),
                }
              : undefined
          }
        />
      )}

      {listMode ? (
        <div className="quiz__list">
          {questions.map((q, i) => (
            <div key={q.id} id={`q-${i}`} tabIndex={-1} className="quiz__item">
              {view(q, i)}
            </div>
          ))}
          {predictionCard}
          <button
            type="button"
            className="btn btn--primary btn--block btn--big"
            disabled={locked}
            onClick={openConfirm}
          >
            {t('quiz.submit')}
          </button>
        </div>
      ) : (
        <div className="quiz__single">
          {current < questions.length ? (
            <div key={questions[current].id}>{view(questions[current], current)}</div>
          ) : (
            predictionCard
          )}
          <div className="quiz__nav">
            <button
              type="button"
              className="btn btn--big"
              disabled={current === 0}
              onClick={() => jump(current - 1)}
            >
              ‹ {t('quiz.prev')}
            </button>
            {current < lastIndex ? (
              <button
                type="button"
                className="btn btn--big btn--accent"
                onClick={() => jump(current + 1)}
              >
                {current + 1 === questions.length ? t('quiz.toPrediction') : t('quiz.next')} ›
              </button>
            ) : (
              <button
                type="button"
                className="btn btn--big btn--primary"
                disabled={locked}
                onClick={openConfirm}
              >
                {t('quiz.submit')}
              </button>
            )}
          </div>
        </div>
      )}

      {confirming && (
        <Modal title={t('quiz.confirmTitle')} onClose={() => setConfirming(false)}>
          <p>{t('quiz.confirmAnswered', { answered: answeredCount, total: questions.length })}</p>
          {answeredCount < questions.length && (
            <p className="warn-text">
              {t('quiz.confirmUnanswered', { n: questions.length - answeredCount })}
            </p>
          )}
          {unsavedCount > 0 && (
            <p className="warn-text">{t('quiz.confirmUnsaved', { n: unsavedCount })}</p>
          )}
          {hasPrediction && (
            <div className="confirm__prediction">
              <p className="strong">{attempt.prediction.prompt || t('quiz.predictionDefault')}</p>
              {predictionField}
            </div>
          )}
          <p className="muted">{t('quiz.confirmNote')}</p>
          <div className="modal__actions">
            <button type="button" className="btn btn--big" onClick={() => setConfirming(false)}>
              {t('quiz.keepGoing')}
            </button>
            <button type="button" className="btn btn--big btn--primary" onClick={confirmSubmit}>
              {t('quiz.confirmSubmit')}
            </button>
          </div>
        </Modal>
      )}

      {phase === 'submitting' && (
        <div className="overlay" role="status">
          <Loading label={t('quiz.submitting')} />
        </div>
      )}
      {(phase === 'timeup' || phase === 'waiting') && (
        <Modal title={t('quiz.timeUpTitle')} onClose={() => undefined}>
          <p>{phase === 'timeup' ? t('quiz.timeUpBody') : t('quiz.waitingAuto')}</p>
          <div className="modal__actions">
            <Link className="btn btn--primary btn--big" to={`/luot-thi/${attemptId}/ket-qua`}>
              {t('quiz.viewResult')}
            </Link>
          </div>
        </Modal>
      )}
    </div>
  );
}
