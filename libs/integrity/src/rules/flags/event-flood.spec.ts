import { detectEventFlood } from './event-flood';
import { attempt, events } from './fixtures-for-spec';

describe('event_flood', () => {
  it('flags attempts whose events were cut off at the cap, with how many were dropped', () => {
    const flags = detectEventFlood([
      attempt('flood', { events: events({ stored: 500, dropped: 1_250, truncated: true }) }),
      attempt('calm', { events: events({ stored: 12 }) }),
    ]);
    expect(flags).toEqual([
      expect.objectContaining({
        kind: 'event_flood',
        attemptIds: ['flood'],
        evidence: { stored: 500, dropped: 1_250 },
      }),
    ]);
    expect(flags[0].detail).toContain('500 sự kiện');
    expect(flags[0].detail).toContain('1.250 sự kiện vượt giới hạn bị bỏ qua');
  });
});
