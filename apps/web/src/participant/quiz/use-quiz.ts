import { useCallback, useEffect, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import { api, ApiError, NetworkError } from '../../lib/api';
import { navigate } from '../../lib/router';
import { useSession } from '../../lib/session';
import { deviceId, storage } from '../../lib/storage';
import type {
  AnswerValue,
  Attempt,
  AttemptQuestion,
  PracticeFeedback,
  SubmitResult,
} from '../../api/types';
import {
  cachedAttempt,
  forgetAttempt,
  rememberAttempt,
  savedPosition,
  savedPrediction,
  savePosition,
  savePrediction,
  saveReceipt,
} from './attempt-store';
import { startIntegrityReporter } from './integrity';
import {
  AnswerQueue,
  type QueueItem,
  type QueueSnapshot,
  queueKey,
  type SaveResult,
} from './offline-queue';
import { initialQuizState, mergeQueuedAnswers, quizReducer, validPrediction } from './quiz-state';
import { endpoints } from '../../api/endpoints';

const EMPTY_SNAPSHOT: QueueSnapshot = {
  pending: [],
  networkDown: false,
  closed: false,
  otherDevice: false,
};
const deviceHeaders = () => ({ 'X-Device-Id': deviceId() });
const noSubscribe = () => () => undefined;
const TEXT_SAVE_DELAY_MS = 800;
const RECONNECTED_BANNER_MS = 6000;
const WAITING_POLL_MS = 5000;

function initialAnswers(attempt: Attempt): Record<string, AnswerValue> {
  const queued = storage.getJSON<{ items?: QueueItem[] }>(queueKey(attempt.id));
  return mergeQueuedAnswers(attempt, queued?.items ?? []);
}

/**
 * The quiz screen's effects around the pure reducer: loading and resyncing the attempt, the
 * offline queue of answers, the text-answer debounce, the network and visibility events, the
 * integrity reporter, submission and "move here".
 */
export function useQuiz(attemptId: string) {
  const session = useSession();
  const [state, dispatch] = useReducer(quizReducer, attemptId, (id) => {
    const cached = cachedAttempt(id);
    return initialQuizState({
      cached,
      answers: cached ? initialAnswers(cached.attempt) : {},
      position: savedPosition(id),
      prediction: savedPrediction(id),
      online: navigator.onLine,
    });
  });
  const answersRef = useRef(state.answers);
  answersRef.current = state.answers;
  const [queue, setQueue] = useState<AnswerQueue | null>(null);
  const textTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const finishing = useRef(false);
  // Practice ("Thi thử"): the right answers the server has shown, and those the person opened.
  const [feedback, setFeedback] = useState<Record<string, PracticeFeedback>>({});
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());

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
        api<SaveResult>(endpoints.answer(attemptId, item.questionId), {
          method: 'PUT',
          body: item.answer,
          headers: deviceHeaders(),
        }),
      onSaved: (item, result) => {
        if (result.correct !== undefined) {
          const shown: PracticeFeedback = {
            questionId: item.questionId,
            correct: result.correct,
            correctOptionIds: result.correctOptionIds ?? [],
            explanation: result.explanation ?? null,
            acceptedAnswers: result.acceptedAnswers,
          };
          setFeedback((f) => ({ ...f, [item.questionId]: shown }));
        }
        if (result.receipt) {
          const receipts =
            storage.getJSON<Record<string, string>>(`hoithi.receipts.${attemptId}`) ?? {};
          receipts[item.questionId] = result.receipt;
          storage.setJSON(`hoithi.receipts.${attemptId}`, receipts);
        }
      },
      onRejected: (item) => dispatch({ type: 'rejected', questionId: item.questionId }),
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
        const attempt = await api<Attempt>(endpoints.attempt(attemptId), {
          headers: deviceHeaders(),
        });
        const receivedAt = Date.now();
        if (attempt.status === 'submitted') {
          goToResult();
          return;
        }
        const entry = rememberAttempt(attempt, receivedAt);
        const known = attempt.feedback;
        if (known) {
          setFeedback((f) => ({ ...known, ...f }));
          setRevealed((r) => new Set([...r, ...Object.keys(known)]));
        }
        dispatch({
          type: 'loaded',
          entry,
          answers: initial ? initialAnswers(attempt) : undefined,
        });
      } catch (error) {
        const network = error instanceof NetworkError;
        dispatch({
          type: 'loadFailed',
          error,
          useCache: network && !!cachedAttempt(attemptId),
          show: initial || !network,
        });
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
      dispatch({ type: 'network', online: true });
      void load(false);
    };
    const off = () => dispatch({ type: 'network', online: false });
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

  const offline = !state.online || snapshot.networkDown;
  const wasOffline = useRef(false);
  useEffect(() => {
    if (offline) {
      wasOffline.current = true;
      dispatch({ type: 'reconnected', value: false });
      return;
    }
    if (!wasOffline.current) return;
    wasOffline.current = false;
    dispatch({ type: 'reconnected', value: true });
    const id = setTimeout(
      () => dispatch({ type: 'reconnected', value: false }),
      RECONNECTED_BANNER_MS,
    );
    return () => clearTimeout(id);
  }, [offline]);

  // Integrity signals while the attempt is in progress (practice counts for nothing: none).
  const inProgress = state.data?.attempt.status === 'in_progress';
  const practice = state.data?.attempt.practice === true;
  useEffect(() => {
    if (!inProgress || practice) return;
    return startIntegrityReporter(attemptId);
  }, [attemptId, inProgress, practice]);

  // Signed in again after the session expired: resend at once.
  useEffect(() => {
    if (session.status === 'authenticated') void queue?.flush();
  }, [session.status, queue]);

  useEffect(() => savePosition(attemptId, state.position), [attemptId, state.position]);

  /** Hands a typed text answer to the queue (after the pause, on blur, or before submitting). */
  const commitText = useCallback(
    (questionId: string) => {
      const timer = textTimers.current.get(questionId);
      if (!timer) return;
      clearTimeout(timer);
      textTimers.current.delete(questionId);
      dispatch({ type: 'textCommitted', questionId });
      queue?.enqueue(questionId, answersRef.current[questionId] ?? { text: '' });
    },
    [queue],
  );

  const commitAllText = useCallback(() => {
    for (const qid of [...textTimers.current.keys()]) commitText(qid);
  }, [commitText]);

  const { data, prediction } = state;
  const submit = useCallback(
    async (auto: boolean) => {
      if (!data || !queue || finishing.current) return;
      finishing.current = true;
      dispatch({ type: 'submitStarted', auto });
      commitAllText();
      await queue.flush();
      if (!auto && queue.pending().length > 0) {
        finishing.current = false;
        dispatch({ type: 'submitFailed', error: new NetworkError(), wait: false });
        return;
      }
      const body =
        data.attempt.prediction?.enabled && validPrediction(prediction)
          ? { prediction: Number(prediction) }
          : {};
      try {
        const result = await api<SubmitResult>(endpoints.submit(attemptId), {
          method: 'POST',
          body,
          headers: deviceHeaders(),
        });
        saveReceipt(attemptId, result.receipt);
        queue.clear();
        goToResult();
      } catch (error) {
        finishing.current = false;
        const wait = auto || (error instanceof ApiError && error.code === 'ATTEMPT_CLOSED');
        dispatch({ type: 'submitFailed', error, wait });
      }
    },
    [attemptId, commitAllText, data, goToResult, prediction, queue],
  );

  // The server closed the attempt (deadline passed): submit what is saved, or wait for the
  // server's own automatic submission.
  useEffect(() => {
    if (snapshot.closed && state.phase === 'answering') void submit(true);
  }, [snapshot.closed, state.phase, submit]);

  useEffect(() => {
    if (state.phase !== 'waiting') return;
    const id = setInterval(() => {
      api<Attempt>(endpoints.attempt(attemptId), { headers: deviceHeaders() }).then(
        (a) => a.status === 'submitted' && goToResult(),
        () => undefined,
      );
    }, WAITING_POLL_MS);
    return () => clearInterval(id);
  }, [state.phase, attemptId, goToResult]);

  const moveHere = async () => {
    dispatch({ type: 'moveStarted' });
    try {
      const attempt = await api<Attempt>(endpoints.moveHere(attemptId), {
        method: 'POST',
        headers: deviceHeaders(),
      });
      dispatch({ type: 'moved', entry: rememberAttempt(attempt) });
      await queue?.resume();
    } catch (error) {
      dispatch({ type: 'moveFailed', error });
    }
  };

  /** An answer chosen or typed: choices are queued at once, text after a pause. */
  const choose = (q: AttemptQuestion, value: AnswerValue, locked: boolean) => {
    if (locked) return;
    answersRef.current = { ...answersRef.current, [q.id]: value };
    const draft = q.type === 'short_text' || q.type === 'essay';
    dispatch({ type: 'answered', questionId: q.id, value, draft });
    if (draft) {
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

  const typePrediction = (value: string) => {
    dispatch({ type: 'predictionTyped', value });
    savePrediction(attemptId, value);
  };

  const openConfirm = () => {
    commitAllText();
    dispatch({ type: 'confirmOpened' });
  };

  const confirmSubmit = (hasPrediction: boolean) => {
    if (hasPrediction && !validPrediction(prediction)) {
      dispatch({ type: 'predictionRefused' });
      return;
    }
    dispatch({ type: 'confirmClosed' });
    void submit(false);
  };

  /** Practice: opens the right answer of a question (its answer is sent first). */
  const reveal = (questionId: string) => {
    commitText(questionId);
    setRevealed((r) => new Set([...r, questionId]));
  };

  return {
    state,
    dispatch,
    feedback,
    revealed,
    reveal,
    snapshot,
    offline,
    sessionStatus: session.status,
    load,
    submit,
    moveHere,
    choose,
    commitText,
    typePrediction,
    openConfirm,
    confirmSubmit,
  };
}
