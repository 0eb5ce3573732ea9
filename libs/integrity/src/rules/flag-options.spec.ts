import { DEFAULT_FLAG_THRESHOLDS } from '@app/contests';
import { detectFocusLost, detectSharedNetwork, detectTooFast, type FlagAttempt } from './flags';
import { flagOptionsFrom } from './flag-options';

const attempt = (id: string, over: Partial<FlagAttempt> = {}): FlagAttempt => ({
  attemptId: id,
  userId: `u-${id}`,
  questionCount: 10,
  durationMs: 29_000,
  submittedAt: new Date(Date.UTC(2026, 11, 3, 8, 0, Number(id.replace(/\D/g, '')) || 0)),
  score: 10,
  maxScore: 10,
  ip: '10.0.0.1',
  events: { hiddenCount: 5, blurCount: 0, hiddenMs: 0, stored: 5, dropped: 0, truncated: false },
  ...over,
});

describe('flagOptionsFrom', () => {
  const sample = [1, 2, 3, 4, 5].map((i) => attempt(`a${i}`));

  it('gives the detectors the same results as their own defaults when a contest sets nothing', () => {
    const options = flagOptionsFrom({});
    expect(detectTooFast(sample, options.tooFast)).toEqual(detectTooFast(sample));
    expect(detectFocusLost(sample, options.focusLost)).toEqual(detectFocusLost(sample));
    expect(detectSharedNetwork(sample, options.sharedNetwork)).toEqual(detectSharedNetwork(sample));
    expect(options.tooFast?.floorSecondsPerQuestion).toBe(
      DEFAULT_FLAG_THRESHOLDS.tooFastSecondsPerQuestion,
    );
  });

  it("applies a contest's own thresholds", () => {
    const options = flagOptionsFrom({
      tooFastSecondsPerQuestion: 2,
      focusLostLeaves: 6,
      sharedNetworkAccounts: 6,
    });
    expect(detectTooFast(sample, options.tooFast)).toEqual([]);
    expect(detectFocusLost(sample, options.focusLost)).toEqual([]);
    expect(detectSharedNetwork(sample, options.sharedNetwork)).toEqual([]);
    expect(detectTooFast(sample)).toHaveLength(5);
  });
});
