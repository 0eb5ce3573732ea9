import { detectFocusLost, summarizeEvents } from './focus-lost';
import { T0, attempt, events } from './fixtures-for-spec';

describe('summarizeEvents', () => {
  const at = (s: number) => new Date(T0 + s * 1000);

  it('counts hidden and blur events and adds up hidden time, to the end when never visible again', () => {
    const summary = summarizeEvents(
      [
        { type: 'visibility_hidden', at: at(0) },
        { type: 'visibility_visible', at: at(20) }, // 20 s
        { type: 'blur', at: at(25) },
        { type: 'focus', at: at(26) },
        { type: 'visibility_hidden', at: at(30) },
        { type: 'visibility_visible', at: at(70) }, // 40 s
        { type: 'visibility_hidden', at: at(100) }, // 10 s until the end at 110 s
      ],
      { endAt: at(110) },
    );
    expect(summary).toEqual({
      hiddenCount: 3,
      blurCount: 1,
      hiddenMs: 70_000,
      stored: 7,
      dropped: 0,
      truncated: false,
    });
  });

  it('measures from the first of repeated hidden events and sorts events by time', () => {
    const summary = summarizeEvents([
      { type: 'visibility_visible', at: at(10) },
      { type: 'visibility_hidden', at: at(5) },
      { type: 'visibility_hidden', at: at(0) },
    ]);
    expect(summary.hiddenMs).toBe(10_000);
    expect(summary.hiddenCount).toBe(2);
  });

  it('passes the truncation mark through', () => {
    expect(summarizeEvents([], { truncated: true }).truncated).toBe(true);
  });

  it('marks the summary truncated when events were dropped at the cap', () => {
    expect(summarizeEvents([], { dropped: 120 })).toMatchObject({ dropped: 120, truncated: true });
    expect(summarizeEvents([], { dropped: 0 }).truncated).toBe(false);
  });
});

describe('focus_lost', () => {
  it('flags a page left the threshold number of times, counting a tab switch once', () => {
    const flags = detectFocusLost([
      attempt('left5', { events: events({ hiddenCount: 5, blurCount: 5, hiddenMs: 20_000 }) }),
      attempt('left4', { events: events({ hiddenCount: 4, blurCount: 4, hiddenMs: 20_000 }) }),
    ]);
    expect(flags.map((f) => f.attemptIds[0])).toEqual(['left5']);
    expect(flags[0].evidence).toMatchObject({
      leaves: 5,
      hiddenCount: 5,
      blurCount: 5,
      hiddenMs: 20_000,
    });
    expect(flags[0].detail).toContain('Rời khỏi trang thi 5 lần');
    expect(flags[0].detail).toContain('20 giây');
  });

  it('flags a page hidden for a minute or more in total', () => {
    const flags = detectFocusLost([
      attempt('long', { events: events({ hiddenCount: 1, hiddenMs: 60_000 }) }),
      attempt('short', { events: events({ hiddenCount: 1, hiddenMs: 59_999 }) }),
    ]);
    expect(flags.map((f) => f.attemptIds[0])).toEqual(['long']);
    expect(flags[0].detail).toContain('1 phút');
  });

  it('uses custom thresholds and ignores attempts without events', () => {
    const flags = detectFocusLost(
      [attempt('a', { events: events({ blurCount: 2 }) }), attempt('none')],
      { minLeaves: 2 },
    );
    expect(flags.map((f) => f.attemptIds[0])).toEqual(['a']);
  });
});
