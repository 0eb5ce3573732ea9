import {
  type CountableAttempt,
  pickCountedAttempt,
  type QuestionSnapshot,
  scoreAnswer,
  scoreAttempt,
} from './scoring';

const single: QuestionSnapshot = {
  questionId: 's',
  type: 'single',
  points: 1,
  options: [
    { id: 'a', correct: false },
    { id: 'b', correct: true },
    { id: 'c', correct: false },
  ],
};
const trueFalse: QuestionSnapshot = {
  questionId: 'tf',
  type: 'true_false',
  points: 1,
  options: [
    { id: 't', correct: true },
    { id: 'f', correct: false },
  ],
};
const multiple: QuestionSnapshot = {
  questionId: 'm',
  type: 'multiple',
  points: 2,
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: false },
    { id: 'c', correct: true },
    { id: 'd', correct: false },
  ],
};
const shortText: QuestionSnapshot = {
  questionId: 'st',
  type: 'short_text',
  points: 1,
  options: [],
  acceptedAnswers: ['Tôn Đức Thắng'],
};
const essay: QuestionSnapshot = { questionId: 'e', type: 'essay', points: 5, options: [] };

describe('scoreAnswer', () => {
  describe('single choice', () => {
    it('is correct with exactly the correct option', () => {
      expect(scoreAnswer(single, { optionIds: ['b'] })).toEqual({
        questionId: 's',
        correct: true,
        points: 1,
      });
    });

    it('is wrong with another option', () => {
      expect(scoreAnswer(single, { optionIds: ['a'] })).toEqual({
        questionId: 's',
        correct: false,
        points: 0,
      });
    });

    it('is wrong when the correct option is chosen together with another', () => {
      expect(scoreAnswer(single, { optionIds: ['a', 'b'] }).correct).toBe(false);
    });

    it('is wrong when unanswered or answered with nothing', () => {
      expect(scoreAnswer(single, undefined).correct).toBe(false);
      expect(scoreAnswer(single, { optionIds: [] }).correct).toBe(false);
    });

    it('ignores the same option sent twice', () => {
      expect(scoreAnswer(single, { optionIds: ['b', 'b'] }).correct).toBe(true);
    });

    it('never counts an empty choice as correct, even with a key that has no correct option', () => {
      const broken: QuestionSnapshot = { ...single, options: [{ id: 'a', correct: false }] };
      expect(scoreAnswer(broken, { optionIds: [] }).correct).toBe(false);
    });
  });

  describe('true/false', () => {
    it('is correct only with the true statement chosen', () => {
      expect(scoreAnswer(trueFalse, { optionIds: ['t'] }).correct).toBe(true);
      expect(scoreAnswer(trueFalse, { optionIds: ['f'] }).correct).toBe(false);
      expect(scoreAnswer(trueFalse, { optionIds: ['t', 'f'] }).correct).toBe(false);
    });
  });

  describe('multiple choice (all-or-nothing)', () => {
    it('gives the full points for exactly the correct set, in any order', () => {
      expect(scoreAnswer(multiple, { optionIds: ['c', 'a'] })).toEqual({
        questionId: 'm',
        correct: true,
        points: 2,
      });
    });

    it('gives nothing for a subset of the correct options', () => {
      expect(scoreAnswer(multiple, { optionIds: ['a'] })).toEqual({
        questionId: 'm',
        correct: false,
        points: 0,
      });
    });

    it('gives nothing for the correct options plus a wrong one', () => {
      expect(scoreAnswer(multiple, { optionIds: ['a', 'c', 'd'] }).points).toBe(0);
    });
  });

  describe('short text', () => {
    it('accepts the answer whatever the case and spacing', () => {
      expect(scoreAnswer(shortText, { text: '  tôn đức   thắng ' }).correct).toBe(true);
    });

    it('rejects an answer without tones when the bank is tone-sensitive', () => {
      expect(scoreAnswer(shortText, { text: 'Ton Duc Thang' }).correct).toBe(false);
    });

    it('accepts an answer without tones when the bank is tone-insensitive', () => {
      const loose = { ...shortText, toneInsensitive: true };
      expect(scoreAnswer(loose, { text: 'Ton Duc Thang' })).toEqual({
        questionId: 'st',
        correct: true,
        points: 1,
      });
    });

    it('rejects a missing or blank answer', () => {
      expect(scoreAnswer(shortText, undefined).correct).toBe(false);
      expect(scoreAnswer(shortText, { text: ' ' }).correct).toBe(false);
    });
  });

  describe('essay', () => {
    it('is pending with no points until graded', () => {
      expect(scoreAnswer(essay, { text: 'Bài viết' })).toEqual({
        questionId: 'e',
        correct: null,
        points: 0,
      });
    });

    it('takes the points of the grade and is correct only with the full points', () => {
      expect(scoreAnswer(essay, { text: 'Bài viết' }, 3.5)).toEqual({
        questionId: 'e',
        correct: false,
        points: 3.5,
      });
      expect(scoreAnswer(essay, { text: 'Bài viết' }, 5)).toEqual({
        questionId: 'e',
        correct: true,
        points: 5,
      });
    });

    it('scores a blank essay 0 without waiting for a judge', () => {
      expect(scoreAnswer(essay, undefined)).toEqual({ questionId: 'e', correct: false, points: 0 });
      expect(scoreAnswer(essay, { text: '  ' })).toEqual({
        questionId: 'e',
        correct: false,
        points: 0,
      });
    });

    it('rejects a grade outside 0..points', () => {
      expect(() => scoreAnswer(essay, { text: 'x' }, 6)).toThrow(RangeError);
      expect(() => scoreAnswer(essay, { text: 'x' }, -1)).toThrow(RangeError);
      expect(() => scoreAnswer(essay, { text: 'x' }, Number.NaN)).toThrow(RangeError);
    });
  });

  it('ignores a grade given to a question that is not an essay', () => {
    expect(scoreAnswer(single, { optionIds: ['a'] }, 1)).toEqual({
      questionId: 's',
      correct: false,
      points: 0,
    });
  });
});

describe('scoreAttempt', () => {
  const questions = [single, trueFalse, multiple, shortText, essay];

  it('sums points, counts correct answers and pending essays', () => {
    const result = scoreAttempt(questions, {
      s: { optionIds: ['b'] },
      tf: { optionIds: ['f'] },
      m: { optionIds: ['a', 'c'] },
      st: { text: 'tôn đức thắng' },
      e: { text: 'Công đoàn Việt Nam thành lập ngày 28/7/1929.' },
    });
    expect(result).toEqual({
      score: 4,
      maxScore: 10,
      correctCount: 3,
      questionCount: 5,
      pendingEssays: 1,
      perQuestion: [
        { questionId: 's', correct: true, points: 1 },
        { questionId: 'tf', correct: false, points: 0 },
        { questionId: 'm', correct: true, points: 2 },
        { questionId: 'st', correct: true, points: 1 },
        { questionId: 'e', correct: null, points: 0 },
      ],
    });
  });

  it('adds the grade of an essay and counts a full-points essay as correct', () => {
    const result = scoreAttempt([single, essay], { e: { text: 'x' } }, { e: 5 });
    expect(result).toMatchObject({ score: 5, maxScore: 6, correctCount: 1, pendingEssays: 0 });
  });

  it('scores an attempt with no answers as zero', () => {
    expect(scoreAttempt(questions, {})).toMatchObject({
      score: 0,
      maxScore: 10,
      correctCount: 0,
      questionCount: 5,
      pendingEssays: 0,
    });
  });

  it('keeps fractional points exact', () => {
    const tenth = (id: string): QuestionSnapshot => ({ ...single, questionId: id, points: 0.1 });
    const result = scoreAttempt([tenth('x'), tenth('y'), tenth('z')], {
      x: { optionIds: ['b'] },
      y: { optionIds: ['b'] },
      z: { optionIds: ['b'] },
    });
    expect(result.score).toBe(0.3);
    expect(result.maxScore).toBe(0.3);
  });

  it('has a perfect attempt when every question is right', () => {
    const result = scoreAttempt([single, multiple], {
      s: { optionIds: ['b'] },
      m: { optionIds: ['a', 'c'] },
    });
    expect(result.correctCount).toBe(result.questionCount);
    expect(result.score).toBe(result.maxScore);
  });
});

describe('pickCountedAttempt', () => {
  const at = (minute: number) => new Date(Date.UTC(2025, 6, 28, 13, minute));
  const attempt = (
    id: string,
    score: number,
    duration: number,
    started: number,
    submitted: number,
    disqualified = false,
  ): CountableAttempt => ({
    id,
    score,
    durationMs: duration,
    startedAt: at(started),
    submittedAt: at(submitted),
    disqualified,
  });

  it('counts the highest score under "best"', () => {
    const attempts = [attempt('a', 15, 100, 0, 5), attempt('b', 18, 500, 10, 20)];
    expect(pickCountedAttempt(attempts, 'best')?.id).toBe('b');
  });

  it('breaks an equal best score by the shorter duration', () => {
    const attempts = [attempt('a', 18, 500, 0, 10), attempt('b', 18, 300, 20, 30)];
    expect(pickCountedAttempt(attempts, 'best')?.id).toBe('b');
  });

  it('breaks equal score and duration by the earlier submission', () => {
    const attempts = [attempt('b', 18, 300, 20, 30), attempt('a', 18, 300, 0, 10)];
    expect(pickCountedAttempt(attempts, 'best')?.id).toBe('a');
  });

  it('breaks a complete tie by id so the choice is deterministic', () => {
    const attempts = [attempt('y', 18, 300, 0, 10), attempt('x', 18, 300, 0, 10)];
    expect(pickCountedAttempt(attempts, 'best')?.id).toBe('x');
    expect(pickCountedAttempt(attempts.slice().reverse(), 'best')?.id).toBe('x');
  });

  it('counts the earliest started attempt under "first", whatever its score', () => {
    const attempts = [attempt('late', 20, 100, 30, 35), attempt('early', 5, 800, 0, 14)];
    expect(pickCountedAttempt(attempts, 'first')?.id).toBe('early');
  });

  it('counts the latest started attempt under "last", whatever its score', () => {
    const attempts = [attempt('early', 20, 100, 0, 5), attempt('late', 5, 800, 30, 44)];
    expect(pickCountedAttempt(attempts, 'last')?.id).toBe('late');
  });

  it('skips disqualified attempts', () => {
    const attempts = [attempt('cheat', 20, 10, 0, 1, true), attempt('ok', 12, 600, 5, 15)];
    expect(pickCountedAttempt(attempts, 'best')?.id).toBe('ok');
    expect(pickCountedAttempt(attempts, 'first')?.id).toBe('ok');
  });

  it('returns null when nothing can count', () => {
    expect(pickCountedAttempt([], 'best')).toBeNull();
    expect(pickCountedAttempt([attempt('x', 1, 1, 0, 1, true)], 'last')).toBeNull();
  });
});
