import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { answerText, PracticeFeedbackBox, rightAnswerText } from './practice-feedback';

const question = {
  type: 'single' as const,
  options: [
    { id: 'o1', text: 'Năm 1929' },
    { id: 'o2', text: 'Năm 1945' },
    { id: 'o3', text: 'Năm 1950' },
  ],
};

describe('practice feedback', () => {
  afterEach(cleanup);

  it('names options by the letter the person saw', () => {
    expect(
      rightAnswerText(question, {
        questionId: 'q1',
        correct: false,
        correctOptionIds: ['o1'],
        explanation: null,
      }),
    ).toBe('A. Năm 1929');
    expect(answerText(question, { optionIds: ['o3', 'o2'] })).toBe('B. Năm 1945; C. Năm 1950');
    expect(answerText(question, undefined)).toBe('');
    expect(
      rightAnswerText(
        { type: 'short_text', options: [] },
        {
          questionId: 'q2',
          correct: true,
          correctOptionIds: [],
          explanation: null,
          acceptedAnswers: ['Hà Nội', 'Ha Noi'],
        },
      ),
    ).toBe('Hà Nội / Ha Noi');
  });

  it('shows right or wrong, the right answer and the explanation', () => {
    render(
      <PracticeFeedbackBox
        question={question}
        feedback={{
          questionId: 'q1',
          correct: false,
          correctOptionIds: ['o1'],
          explanation: 'Công đoàn Việt Nam thành lập ngày 28/7/1929.',
        }}
      />,
    );
    const box = screen.getByTestId('practice-feedback');
    expect(box.textContent).toContain('Chưa đúng.');
    expect(box.textContent).toContain('Đáp án đúng: A. Năm 1929');
    expect(box.textContent).toContain('Giải thích: Công đoàn Việt Nam thành lập ngày 28/7/1929.');
  });
});
