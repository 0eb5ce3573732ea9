import { describe, expect, it } from 'vitest';
import { thresholdNote } from './flag-thresholds';

describe('thresholdNote', () => {
  const thresholds = {
    tooFastSecondsPerQuestion: 2.5,
    focusLostLeaves: 5,
    focusLostHiddenSeconds: 60,
    identicalAnswersOneIn: 1_000_000,
    sharedNetworkAccounts: 5,
  };

  it("gives each detector's threshold with Vietnamese numbers", () => {
    expect(thresholdNote('too_fast', thresholds)).toEqual({
      key: 'threshold.too_fast',
      params: { s: '2,5' },
    });
    expect(thresholdNote('focus_lost', thresholds)).toEqual({
      key: 'threshold.focus_lost',
      params: { n: '5', s: '60' },
    });
    expect(thresholdNote('identical_answers', thresholds)).toEqual({
      key: 'threshold.identical_answers',
      params: { n: '1.000.000' },
    });
    expect(thresholdNote('shared_network', thresholds)?.params).toEqual({ n: '5' });
  });

  it('says nothing for kinds without a contest threshold, or without thresholds', () => {
    expect(thresholdNote('duplicate_identity', thresholds)).toBeNull();
    expect(thresholdNote('second_device', thresholds)).toBeNull();
    expect(thresholdNote('too_fast', undefined)).toBeNull();
    expect(thresholdNote('too_fast', {})).toBeNull();
  });
});
