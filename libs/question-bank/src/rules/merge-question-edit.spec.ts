import { mergeQuestionEdit, sameQuestionContent } from './merge-question-edit';
import { type PreparedQuestion, prepareQuestion } from './prepare-question';

const current: PreparedQuestion = {
  type: 'single',
  prompt: 'Điện áp lưới điện sinh hoạt ở Việt Nam là bao nhiêu?',
  options: [
    { text: '110V', correct: false },
    { text: '220V', correct: true },
  ],
  acceptedAnswers: null,
  explanation: 'Lưới hạ áp 220V',
  tags: ['điện'],
  difficulty: 1,
  points: 1,
};

describe('mergeQuestionEdit', () => {
  it('replaces only the edited fields', () => {
    const merged = mergeQuestionEdit(current, { difficulty: 3 });
    expect(merged).toMatchObject({ prompt: current.prompt, difficulty: 3, tags: ['điện'] });
    expect(merged.options).toEqual(current.options);
  });

  it('drops options when switching to short_text, so the edit can validate', () => {
    const merged = mergeQuestionEdit(current, { type: 'short_text', acceptedAnswers: ['220V'] });
    expect(merged.options).toEqual([]);
    expect(prepareQuestion(merged).errors).toEqual([]);
  });

  it('removes the explanation on explanation: null', () => {
    expect(mergeQuestionEdit(current, { explanation: null }).explanation).toBeUndefined();
  });
});

describe('sameQuestionContent', () => {
  it('sees an unchanged question as the same and a key change as different', () => {
    const again = prepareQuestion(mergeQuestionEdit(current, {})).question!;
    expect(sameQuestionContent(current, again)).toBe(true);
    const rekeyed = prepareQuestion(
      mergeQuestionEdit(current, {
        options: [
          { text: '110V', correct: true },
          { text: '220V', correct: false },
        ],
      }),
    ).question!;
    expect(sameQuestionContent(current, rekeyed)).toBe(false);
  });
});
