import { attemptsBlockingFinalize, type PendingEssayAttempt } from './essay-gate';

const counted: PendingEssayAttempt = {
  attemptId: 'a1',
  userId: 'u1',
  counted: true,
  pendingEssays: 1,
};
const other: PendingEssayAttempt = {
  attemptId: 'a2',
  userId: 'u1',
  counted: false,
  pendingEssays: 2,
};
const graded: PendingEssayAttempt = {
  attemptId: 'a3',
  userId: 'u2',
  counted: true,
  pendingEssays: 0,
};

describe('attemptsBlockingFinalize', () => {
  it('blocks on a counted attempt with an ungraded essay under every policy', () => {
    for (const policy of ['best', 'first', 'last'] as const) {
      expect(attemptsBlockingFinalize(policy, [counted]).map((a) => a.attemptId)).toEqual(['a1']);
    }
  });

  it('blocks on any ungraded attempt under "best", since grading it may change which one counts', () => {
    expect(attemptsBlockingFinalize('best', [other]).map((a) => a.attemptId)).toEqual(['a2']);
  });

  it('ignores attempts that do not count under "first" and "last"', () => {
    expect(attemptsBlockingFinalize('first', [other])).toEqual([]);
    expect(attemptsBlockingFinalize('last', [other])).toEqual([]);
  });

  it('lets fully graded attempts through', () => {
    expect(attemptsBlockingFinalize('best', [graded])).toEqual([]);
  });
});
