import { computeFlags } from './detect-flags';
import { type FlagAttempt } from './types';
import { answers, attempt, events, minutes, perQuestion } from './fixtures-for-spec';

describe('computeFlags', () => {
  it('maps each flagged attempt to its kinds (once each, in a fixed order) and every detail', () => {
    // The bots share twelve wrong answers nobody else gave: identical_answers by the odds.
    const copied = answers(1, 12).map((a) => ({
      ...a,
      optionIds: ['z'],
      correct: false,
      optionCount: 4,
    }));
    const round: FlagAttempt[] = [
      attempt('bot1', {
        userId: 'bot1',
        ...perQuestion(1),
        answers: copied,
        deviceId: 'dev',
        events: events({ stored: 500, truncated: true }),
      }),
      attempt('bot2', {
        userId: 'bot2',
        ...perQuestion(1),
        answers: copied,
        deviceId: 'dev',
        submittedAt: minutes(1),
      }),
      attempt('honest', {
        userId: 'honest',
        ...perQuestion(30),
        answers: answers(1, 12, { q1: 'b' }),
      }),
    ];
    const flags = computeFlags(
      {
        attempts: round,
        users: [
          { userId: 'bot1', deviceIds: ['dev'] },
          { userId: 'bot2', phone: '0912345678' },
        ],
      },
      {},
    );
    expect(flags.get('bot1')?.kinds).toEqual([
      'too_fast',
      'identical_answers',
      'duplicate_identity',
      'event_flood',
    ]);
    expect(flags.get('bot1')?.details).toHaveLength(4);
    expect(flags.get('bot2')?.kinds).toEqual([
      'too_fast',
      'identical_answers',
      'duplicate_identity',
    ]);
    expect(flags.has('honest')).toBe(false);
  });

  it('lists one kind once when two flags of that kind hit the attempt, with both details', () => {
    const round = [
      attempt('a1', { userId: 'a', deviceId: 'd' }),
      attempt('b1', { userId: 'b', deviceId: 'd' }),
    ];
    const flags = computeFlags({
      attempts: round,
      users: [
        { userId: 'a', phone: '0912345678' },
        { userId: 'b', phone: '+84912345678' },
      ],
    });
    expect(flags.get('a1')).toEqual({
      kinds: ['duplicate_identity'],
      details: [expect.stringContaining('số điện thoại'), expect.stringContaining('thiết bị')],
      items: [
        expect.objectContaining({
          kind: 'duplicate_identity',
          evidence: expect.objectContaining({ samePhone: 1 }),
        }),
        expect.objectContaining({
          kind: 'duplicate_identity',
          evidence: expect.objectContaining({ sameDevice: 1 }),
        }),
      ],
    });
  });

  it('returns an empty map for a clean round', () => {
    expect(computeFlags({ attempts: [attempt('a'), attempt('b')] }).size).toBe(0);
  });
});
