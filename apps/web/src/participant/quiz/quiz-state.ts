import type { AnswerValue, Attempt, AttemptQuestion } from '../../api/types';
import type { SaveState } from './answer-grid';
import type { CachedAttempt } from './attempt-store';
import type { QueueItem, QueueSnapshot } from './offline-queue';

/**
 * The quiz screen's state and every change it goes through, as a pure reducer. The effects
 * (timers, saves, the offline queue, browser events) live in `use-quiz.ts`; the view in
 * `quiz-page.tsx`.
 */
export type Phase = 'answering' | 'submitting' | 'timeup' | 'waiting';

export interface QuizState {
  /** The attempt and the measured clock offset (null until loaded or read from the cache). */
  data: CachedAttempt | null;
  /** Shown from this phone's copy because the network is down. */
  fromCache: boolean;
  loadError: unknown;
  answers: Record<string, AnswerValue>;
  /** Text answers typed but not yet handed to the queue. */
  drafts: ReadonlySet<string>;
  /** Answers the server refused (shown as errors until changed). */
  rejected: ReadonlySet<string>;
  position: number;
  prediction: string;
  predictionError: boolean;
  showGrid: boolean;
  confirming: boolean;
  phase: Phase;
  submitError: unknown;
  online: boolean;
  reconnected: boolean;
  /** The server says the attempt is bound to another device. */
  otherDevice: boolean;
  moving: boolean;
}

export type QuizAction =
  | { type: 'loaded'; entry: CachedAttempt; answers?: Record<string, AnswerValue> }
  | { type: 'loadFailed'; error: unknown; useCache: boolean; show: boolean }
  | { type: 'network'; online: boolean }
  | { type: 'reconnected'; value: boolean }
  | { type: 'answered'; questionId: string; value: AnswerValue; draft: boolean }
  | { type: 'textCommitted'; questionId: string }
  | { type: 'rejected'; questionId: string }
  | { type: 'jumped'; index: number; listMode: boolean }
  | { type: 'gridToggled' }
  | { type: 'predictionTyped'; value: string }
  | { type: 'confirmOpened' }
  | { type: 'confirmClosed' }
  | { type: 'predictionRefused' }
  | { type: 'submitStarted'; auto: boolean }
  | { type: 'submitFailed'; error: unknown; wait: boolean }
  | { type: 'moveStarted' }
  | { type: 'moved'; entry: CachedAttempt }
  | { type: 'moveFailed'; error: unknown };

export function isAnswered(answer: AnswerValue | undefined): boolean {
  if (!answer) return false;
  return (answer.optionIds?.length ?? 0) > 0 || (answer.text ?? '').trim() !== '';
}

/** A prediction the server accepts: a whole number up to 100 000 000. */
export function validPrediction(value: string): boolean {
  return /^\d{1,9}$/.test(value.trim()) && Number(value) <= 100_000_000;
}

/** Server answers, overlaid with the answers still waiting in this phone's queue (newer). */
export function mergeQueuedAnswers(
  attempt: Attempt,
  queued: readonly QueueItem[],
): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const [qid, a] of Object.entries(attempt.answers ?? {})) {
    out[qid] = { optionIds: a.optionIds, text: a.text };
  }
  for (const item of queued) out[item.questionId] = item.answer;
  return out;
}

export function initialQuizState(init: {
  cached: CachedAttempt | null;
  answers: Record<string, AnswerValue>;
  position: number;
  prediction: string;
  online: boolean;
}): QuizState {
  return {
    data: init.cached,
    fromCache: false,
    loadError: null,
    answers: init.answers,
    drafts: new Set(),
    rejected: new Set(),
    position: init.position,
    prediction: init.prediction,
    predictionError: false,
    showGrid: false,
    confirming: false,
    phase: 'answering',
    submitError: null,
    online: init.online,
    reconnected: false,
    otherDevice: false,
    moving: false,
  };
}

const withItem = (set: ReadonlySet<string>, id: string) => new Set(set).add(id);
const without = (set: ReadonlySet<string>, id: string) => {
  if (!set.has(id)) return set;
  const next = new Set(set);
  next.delete(id);
  return next;
};

export function quizReducer(state: QuizState, action: QuizAction): QuizState {
  switch (action.type) {
    case 'loaded':
      return {
        ...state,
        data: action.entry,
        otherDevice: !!action.entry.attempt.boundToOtherDevice,
        fromCache: false,
        loadError: null,
        answers: action.answers ?? state.answers,
      };
    case 'loadFailed':
      if (action.useCache) return { ...state, fromCache: true };
      return action.show ? { ...state, loadError: action.error } : state;
    case 'network':
      return { ...state, online: action.online };
    case 'reconnected':
      return { ...state, reconnected: action.value };
    case 'answered':
      return {
        ...state,
        answers: { ...state.answers, [action.questionId]: action.value },
        rejected: without(state.rejected, action.questionId),
        drafts: action.draft ? withItem(state.drafts, action.questionId) : state.drafts,
      };
    case 'textCommitted':
      return { ...state, drafts: without(state.drafts, action.questionId) };
    case 'rejected':
      return { ...state, rejected: withItem(state.rejected, action.questionId) };
    case 'jumped':
      return {
        ...state,
        showGrid: false,
        position: action.listMode ? state.position : action.index,
      };
    case 'gridToggled':
      return { ...state, showGrid: !state.showGrid };
    case 'predictionTyped':
      return { ...state, prediction: action.value };
    case 'confirmOpened':
      return { ...state, submitError: null, confirming: true };
    case 'confirmClosed':
      return { ...state, confirming: false };
    case 'predictionRefused':
      return { ...state, predictionError: true };
    case 'submitStarted':
      return {
        ...state,
        submitError: null,
        phase: action.auto ? 'timeup' : 'submitting',
      };
    case 'submitFailed':
      return action.wait
        ? { ...state, phase: 'waiting' }
        : { ...state, phase: 'answering', submitError: action.error };
    case 'moveStarted':
      return { ...state, moving: true };
    case 'moved':
      return { ...state, data: action.entry, otherDevice: false, moving: false };
    case 'moveFailed':
      return { ...state, submitError: action.error, moving: false };
  }
}

/** What the screen shows, derived from the state and the queue. */
export interface QuizView {
  questions: AttemptQuestion[];
  hasPrediction: boolean;
  listMode: boolean;
  /** The last screen: the prediction when there is one, else the last question. */
  lastIndex: number;
  current: number;
  blockedHere: boolean;
  locked: boolean;
  states: SaveState[];
  answeredCount: number;
  unsavedCount: number;
}

export function quizView(
  state: QuizState,
  attempt: Attempt,
  snapshot: Pick<QueueSnapshot, 'pending' | 'otherDevice'>,
): QuizView {
  const questions = [...attempt.questions].sort((a, b) => a.position - b.position);
  const hasPrediction = !!attempt.prediction?.enabled;
  const lastIndex = questions.length - (hasPrediction ? 0 : 1);
  const blockedHere = state.otherDevice || snapshot.otherDevice;
  const states = questions.map((q): SaveState =>
    state.rejected.has(q.id)
      ? 'error'
      : snapshot.pending.includes(q.id) || state.drafts.has(q.id)
        ? 'pending'
        : isAnswered(state.answers[q.id])
          ? 'saved'
          : 'unanswered',
  );
  return {
    questions,
    hasPrediction,
    listMode: attempt.displayMode === 'list',
    lastIndex,
    current: Math.min(state.position, lastIndex),
    blockedHere,
    locked: state.phase !== 'answering' || blockedHere,
    states,
    answeredCount: states.filter((s) => s !== 'unanswered').length,
    unsavedCount: states.filter((s) => s === 'pending').length,
  };
}
