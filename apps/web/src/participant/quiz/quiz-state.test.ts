import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../api/types';
import type { CachedAttempt } from './attempt-store';
import {
  initialQuizState,
  mergeQueuedAnswers,
  type QuizAction,
  quizReducer,
  type QuizState,
  quizView,
  validPrediction,
} from './quiz-state';

const attempt: Attempt = {
  id: 'a1',
  roundId: 'r1',
  contestId: 'c1',
  attemptNo: 1,
  displayMode: 'one_per_screen',
  status: 'in_progress',
  startedAt: '2026-08-03T01:00:00.000Z',
  deadlineAt: '2026-08-03T01:15:00.000Z',
  serverNow: '2026-08-03T01:00:00.000Z',
  questions: [
    { id: 'q2', position: 2, type: 'short_text', prompt: 'Hai', options: [], points: 1 },
    {
      id: 'q1',
      position: 1,
      type: 'single',
      prompt: 'Một',
      options: [{ id: 'o1', text: 'A' }],
      points: 1,
    },
    {
      id: 'q3',
      position: 3,
      type: 'multiple',
      prompt: 'Ba',
      options: [{ id: 'o3', text: 'C' }],
      points: 1,
    },
  ],
  answers: { q1: { optionIds: ['o1'], savedAt: '2026-08-03T01:01:00.000Z' } },
  prediction: { enabled: true, prompt: 'Bao nhiêu người?' },
};
const entry: CachedAttempt = { attempt, offsetMs: 0 };
const idle = { pending: [] as string[], otherDevice: false };

const start = (patch: Partial<QuizState> = {}): QuizState => ({
  ...initialQuizState({ cached: entry, answers: {}, position: 0, prediction: '', online: true }),
  ...patch,
});
const run = (state: QuizState, ...actions: QuizAction[]) => actions.reduce(quizReducer, state);

describe('quiz state', () => {
  it('overlays the answers still queued on this phone over the server’s', () => {
    expect(
      mergeQueuedAnswers(attempt, [
        { seq: 1, questionId: 'q1', answer: { optionIds: [] }, queuedAt: 1 },
        { seq: 2, questionId: 'q2', answer: { text: 'Hà Nội' }, queuedAt: 2 },
      ]),
    ).toEqual({ q1: { optionIds: [] }, q2: { text: 'Hà Nội' } });
  });

  it('accepts a prediction of digits only, up to 100.000.000', () => {
    expect(validPrediction('1234')).toBe(true);
    expect(validPrediction('100000000')).toBe(true);
    expect(validPrediction('100000001')).toBe(false);
    expect(validPrediction('12a')).toBe(false);
    expect(validPrediction('')).toBe(false);
  });

  it('orders questions by position and counts a typed text as unsaved until committed', () => {
    let s = run(start(), {
      type: 'loaded',
      entry,
      answers: mergeQueuedAnswers(attempt, []),
    });
    s = run(s, { type: 'answered', questionId: 'q2', value: { text: 'x' }, draft: true });
    let v = quizView(s, attempt, idle);
    expect(v.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    expect(v.states).toEqual(['saved', 'pending', 'unanswered']);
    expect(v.answeredCount).toBe(2);
    expect(v.unsavedCount).toBe(1);
    s = run(s, { type: 'textCommitted', questionId: 'q2' });
    v = quizView(s, attempt, { pending: ['q2'], otherDevice: false });
    expect(v.states[1]).toBe('pending');
    expect(quizView(s, attempt, idle).states[1]).toBe('saved');
  });

  it('shows a refused answer as an error until it is changed', () => {
    let s = run(start(), { type: 'rejected', questionId: 'q3' });
    expect(quizView(s, attempt, idle).states[2]).toBe('error');
    s = run(s, { type: 'answered', questionId: 'q3', value: { optionIds: ['o3'] }, draft: false });
    expect(quizView(s, attempt, idle).states[2]).toBe('saved');
  });

  it('ends on the prediction screen when there is one, else on the last question', () => {
    const s = start({ position: 99 });
    expect(quizView(s, attempt, idle)).toMatchObject({ lastIndex: 3, current: 3 });
    const plain = { ...attempt, prediction: { enabled: false, prompt: '' } };
    expect(quizView(s, plain, idle)).toMatchObject({ lastIndex: 2, current: 2 });
  });

  it('moves in single mode but keeps the position in list mode; jumping closes the grid', () => {
    const s = run(start(), { type: 'gridToggled' });
    expect(s.showGrid).toBe(true);
    expect(run(s, { type: 'jumped', index: 2, listMode: false })).toMatchObject({
      position: 2,
      showGrid: false,
    });
    expect(run(s, { type: 'jumped', index: 2, listMode: true })).toMatchObject({
      position: 0,
      showGrid: false,
    });
  });

  it('locks the answers while submitting and when the attempt is bound to another device', () => {
    expect(quizView(start(), attempt, idle).locked).toBe(false);
    const submitting = run(start(), { type: 'submitStarted', auto: false });
    expect(submitting.phase).toBe('submitting');
    expect(quizView(submitting, attempt, idle).locked).toBe(true);
    expect(run(start(), { type: 'submitStarted', auto: true }).phase).toBe('timeup');
    expect(quizView(start(), attempt, { pending: [], otherDevice: true })).toMatchObject({
      blockedHere: true,
      locked: true,
    });
    const bound = run(start(), {
      type: 'loaded',
      entry: { attempt: { ...attempt, boundToOtherDevice: true }, offsetMs: 0 },
    });
    expect(bound.otherDevice).toBe(true);
    expect(run(bound, { type: 'moveStarted' }).moving).toBe(true);
    expect(run(bound, { type: 'moveStarted' }, { type: 'moved', entry })).toMatchObject({
      otherDevice: false,
      moving: false,
    });
  });

  it('returns to answering with the error after a refused submission, or waits when closed', () => {
    const error = new Error('refused');
    const s = run(start(), { type: 'confirmOpened' }, { type: 'submitStarted', auto: false });
    expect(run(s, { type: 'submitFailed', error, wait: false })).toMatchObject({
      phase: 'answering',
      submitError: error,
    });
    expect(run(s, { type: 'submitFailed', error, wait: true })).toMatchObject({
      phase: 'waiting',
      submitError: null,
    });
    expect(run(start({ submitError: error }), { type: 'confirmOpened' })).toMatchObject({
      confirming: true,
      submitError: null,
    });
  });

  it('uses the cached copy when the network is down, and shows other load errors', () => {
    const error = new Error('down');
    expect(run(start(), { type: 'loadFailed', error, useCache: true, show: true })).toMatchObject({
      fromCache: true,
      loadError: null,
    });
    expect(run(start(), { type: 'loadFailed', error, useCache: false, show: true }).loadError).toBe(
      error,
    );
    expect(
      run(start(), { type: 'loadFailed', error, useCache: false, show: false }).loadError,
    ).toBeNull();
    const back = run(start({ fromCache: true, loadError: error }), { type: 'loaded', entry });
    expect(back).toMatchObject({ fromCache: false, loadError: null, answers: {} });
  });
});
