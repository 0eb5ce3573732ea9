import { mergeItemKey } from './item-key';

describe('mergeItemKey', () => {
  it('follows the newest version and adds up options with the same text across versions', () => {
    const merged = mergeItemKey('q', [
      {
        versionId: 'v1',
        questionId: 'q',
        version: 1,
        options: [
          { id: 'a', text: 'Hà Nội', correct: false },
          { id: 'b', text: 'Huế', correct: true },
          { id: 'c', text: 'Đà  Nẵng', correct: false },
        ],
      },
      {
        versionId: 'v2',
        questionId: 'q',
        version: 2,
        options: [
          { id: 'a2', text: 'hà nội', correct: true },
          { id: 'b', text: 'Huế', correct: false },
        ],
      },
    ]);
    expect(merged.key).toEqual({
      questionId: 'q',
      options: [
        { id: 'a2', correct: true },
        { id: 'b', correct: false },
        { id: 'c', correct: false },
      ],
    });
    expect(merged.canonical.get('a')).toBe('a2');
    expect(merged.canonical.get('c')).toBe('c');
    expect(merged.texts.get('a2')).toBe('hà nội');
  });
});
