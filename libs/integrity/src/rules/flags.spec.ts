import {
  type AnsweredQuestion,
  computeFlags,
  detectDuplicateIdentity,
  detectEventFlood,
  detectFocusLost,
  detectIdenticalAnswers,
  detectSecondDevice,
  detectSharedNetwork,
  detectTooFast,
  type EventSummary,
  type FlagAttempt,
  formatDurationVi,
  formatNumberVi,
  formatVietnamTime,
  nearestRankPercentile,
  normalizePhone,
  summarizeEvents,
} from './flags';

const T0 = Date.parse('2025-07-28T13:00:00Z');
const minutes = (m: number) => new Date(T0 + m * 60_000);

function attempt(id: string, fields: Partial<FlagAttempt> = {}): FlagAttempt {
  return {
    attemptId: id,
    userId: `u-${id}`,
    questionCount: 20,
    durationMs: 600_000,
    submittedAt: new Date(T0),
    score: 15,
    maxScore: 20,
    ...fields,
  };
}

/** `seconds` per question over 20 questions. */
const perQuestion = (seconds: number) => ({ durationMs: seconds * 20 * 1000 });

function events(fields: Partial<EventSummary>): EventSummary {
  return {
    hiddenCount: 0,
    blurCount: 0,
    hiddenMs: 0,
    stored: 0,
    dropped: 0,
    truncated: false,
    ...fields,
  };
}

/** Answers to q1..qn, option `a` everywhere unless overridden. */
function answers(
  from: number,
  to: number,
  override: Record<string, string> = {},
): AnsweredQuestion[] {
  const out: AnsweredQuestion[] = [];
  for (let i = from; i <= to; i++) {
    out.push({ questionId: `q${i}`, optionIds: [override[`q${i}`] ?? 'a'] });
  }
  return out;
}

describe('formatting', () => {
  it('writes numbers the Vietnamese way', () => {
    expect(formatNumberVi(1234.56)).toBe('1.234,6');
    expect(formatNumberVi(2)).toBe('2');
    expect(formatNumberVi(108204, 0)).toBe('108.204');
    expect(formatNumberVi(-0.04)).toBe('0');
  });

  it('writes durations in minutes and seconds', () => {
    expect(formatDurationVi(42_000)).toBe('42 giây');
    expect(formatDurationVi(85_000)).toBe('1 phút 25 giây');
    expect(formatDurationVi(600_000)).toBe('10 phút');
  });
});

describe('nearestRankPercentile', () => {
  it('is the value at rank ceil(p% × n)', () => {
    const values = Array.from({ length: 200 }, (_, i) => i + 1); // 1..200
    expect(nearestRankPercentile(values, 1)).toBe(2); // rank ceil(2) = 2
    expect(nearestRankPercentile(values, 50)).toBe(100);
    expect(nearestRankPercentile([7], 1)).toBe(7);
  });
});

describe('too_fast', () => {
  it('flags an attempt under the floor even in a tiny round, and explains why with numbers', () => {
    const flags = detectTooFast([
      attempt('bot', perQuestion(2)), // 40 s for 20 questions
      attempt('a', perQuestion(25)),
      attempt('b', perQuestion(30)),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'too_fast',
      attemptIds: ['bot'],
      userIds: ['u-bot'],
      evidence: {
        secondsPerQuestion: 2,
        thresholdSecondsPerQuestion: 3,
        cohortPercentileSecondsPerQuestion: null,
        cohortSize: 3,
      },
    });
    expect(flags[0].detail).toContain('2 giây/câu');
    expect(flags[0].detail).toContain('20 câu trong 40 giây');
    expect(flags[0].detail).toContain('chưa đủ để so sánh');
  });

  it('does not flag exactly the floor', () => {
    expect(detectTooFast([attempt('edge', perQuestion(3))])).toEqual([]);
  });

  it('does not flag a small round by its percentile alone', () => {
    // 4 s/question is the fastest of 50 attempts, but 50 < minCohort (100).
    const round = [attempt('quick', perQuestion(4))];
    for (let i = 0; i < 49; i++) round.push(attempt(`p${i}`, perQuestion(30 + i)));
    expect(detectTooFast(round)).toEqual([]);
  });

  it('uses the 1st percentile of a large round when it is above the floor', () => {
    // 200 attempts: 4, 5, 6 s/question, then 197 normal ones. Rank ceil(1% × 200) = 2 → 5 s.
    // Threshold max(3, 5) = 5: only the 4 s attempt is strictly below.
    const round = [
      attempt('four', perQuestion(4)),
      attempt('five', perQuestion(5)),
      attempt('six', perQuestion(6)),
    ];
    for (let i = 0; i < 197; i++) round.push(attempt(`p${i}`, perQuestion(30 + i / 10)));
    const flags = detectTooFast(round);
    expect(flags.map((f) => f.attemptIds[0])).toEqual(['four']);
    expect(flags[0].evidence).toMatchObject({
      thresholdSecondsPerQuestion: 5,
      cohortPercentileSecondsPerQuestion: 5,
      cohortSize: 200,
    });
    expect(flags[0].detail).toContain('phân vị 1% của 200 lượt thi');
  });

  it('keeps the floor when the percentile of a large round is below it', () => {
    const round = Array.from({ length: 150 }, (_, i) =>
      attempt(`p${i}`, perQuestion(i < 10 ? 1 : 20)),
    );
    const flags = detectTooFast(round);
    expect(flags).toHaveLength(10);
    expect(flags[0].evidence.thresholdSecondsPerQuestion).toBe(3);
  });

  it('accepts a custom floor and ignores attempts without questions', () => {
    const flags = detectTooFast(
      [attempt('a', perQuestion(4)), attempt('empty', { questionCount: 0, durationMs: 0 })],
      { floorSecondsPerQuestion: 5 },
    );
    expect(flags.map((f) => f.attemptIds[0])).toEqual(['a']);
  });
});

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

describe('identical_answers', () => {
  it('groups two accounts with the same answers in the same order within minutes', () => {
    const flags = detectIdenticalAnswers([
      attempt('A', { answers: answers(1, 12, { q3: 'b' }), submittedAt: minutes(0) }),
      attempt('B', { answers: answers(1, 12, { q3: 'b' }), submittedAt: minutes(3) }),
      attempt('C', { answers: answers(1, 12, { q3: 'c' }), submittedAt: minutes(4) }),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'identical_answers',
      attemptIds: ['A', 'B'],
      userIds: ['u-A', 'u-B'],
      evidence: { attempts: 2, accounts: 2, pairs: 1, minSharedQuestions: 12, maxGapMs: 180_000 },
    });
    expect(flags[0].detail).toContain('trên 12 câu hỏi chung');
    expect(flags[0].detail).toContain('3 phút');
    expect(flags[0].detail).not.toContain('câu sai giống nhau');
  });

  it('does not flag the same answers given in a different order', () => {
    const swapped = answers(1, 12);
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    expect(
      detectIdenticalAnswers([
        attempt('A', { answers: answers(1, 12) }),
        attempt('B', { answers: swapped }),
      ]),
    ).toEqual([]);
  });

  it('does not flag attempts of the same account', () => {
    expect(
      detectIdenticalAnswers([
        attempt('A1', { userId: 'u', answers: answers(1, 12) }),
        attempt('A2', { userId: 'u', answers: answers(1, 12), submittedAt: minutes(5) }),
      ]),
    ).toEqual([]);
  });

  it('does not flag submissions further apart than the window', () => {
    expect(
      detectIdenticalAnswers([
        attempt('A', { answers: answers(1, 12), submittedAt: minutes(0) }),
        attempt('B', { answers: answers(1, 12), submittedAt: minutes(10.5) }),
      ]),
    ).toEqual([]);
  });

  it('needs at least 10 shared questions', () => {
    expect(
      detectIdenticalAnswers([
        attempt('A', { answers: answers(1, 9) }),
        attempt('B', { answers: answers(1, 9) }),
      ]),
    ).toEqual([]);
  });

  it('compares only the questions both drew', () => {
    // A drew q1..q15, B drew q4..q18 (random draws): 12 shared questions, identical there.
    const flags = detectIdenticalAnswers([
      attempt('A', { answers: answers(1, 15, { q1: 'c' }) }),
      attempt('B', { answers: answers(4, 18, { q18: 'd' }) }),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0].evidence.minSharedQuestions).toBe(12);
  });

  it('counts identical wrong answers as the stronger evidence', () => {
    const marked = (list: AnsweredQuestion[]) =>
      list.map((a) => ({ ...a, correct: !['q2', 'q5', 'q7'].includes(a.questionId) }));
    const flags = detectIdenticalAnswers([
      attempt('A', { answers: marked(answers(1, 10)) }),
      attempt('B', { answers: marked(answers(1, 10)) }),
    ]);
    expect(flags[0].evidence.maxSharedWrong).toBe(3);
    expect(flags[0].detail).toContain('trong đó 3 câu sai giống nhau');
  });

  it('compares typed answers ignoring case and spacing, and skips blank answers', () => {
    const typed = (text: string): AnsweredQuestion[] => [
      ...answers(1, 10),
      { questionId: 'q11', text },
      { questionId: 'q12', optionIds: [] },
    ];
    const flags = detectIdenticalAnswers([
      attempt('A', { answers: typed('Tôn Đức Thắng') }),
      attempt('B', { answers: typed('  tôn  đức thắng') }),
    ]);
    expect(flags[0].evidence.minSharedQuestions).toBe(11);
  });

  it('joins chains of identical pairs into one group', () => {
    const flags = detectIdenticalAnswers([
      attempt('A', { answers: answers(1, 12), submittedAt: minutes(0) }),
      attempt('B', { answers: answers(1, 12), submittedAt: minutes(8) }),
      attempt('C', { answers: answers(1, 12), submittedAt: minutes(16) }),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0].attemptIds).toEqual(['A', 'B', 'C']);
    expect(flags[0].evidence).toMatchObject({ attempts: 3, accounts: 3, pairs: 2 });
    expect(flags[0].detail).toContain('ít nhất 12 câu hỏi chung');
  });
});

describe('normalizePhone', () => {
  it('treats the Vietnamese formats of one number as the same', () => {
    expect(normalizePhone('0912 345 678')).toBe('0912345678');
    expect(normalizePhone('+84 912 345 678')).toBe('0912345678');
    expect(normalizePhone('84912345678')).toBe('0912345678');
    expect(normalizePhone('0084.912.345.678')).toBe('0912345678');
    expect(normalizePhone('912345678')).toBe('0912345678');
  });

  it('returns null for something too short to be a phone number', () => {
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('')).toBeNull();
  });
});

describe('duplicate_identity', () => {
  const round = [
    attempt('a1', { userId: 'a' }),
    attempt('b1', { userId: 'b' }),
    attempt('c1', { userId: 'c' }),
  ];

  it('flags accounts sharing a phone written differently', () => {
    const flags = detectDuplicateIdentity(round, [
      { userId: 'a', phone: '0912 345 678' },
      { userId: 'b', phone: '+84912345678' },
      { userId: 'c', phone: '0987654321' },
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'duplicate_identity',
      userIds: ['a', 'b'],
      attemptIds: ['a1', 'b1'],
      evidence: { accounts: 2, samePhone: 1 },
    });
    expect(flags[0].detail).toContain('0912***678');
  });

  it('flags the same full name, birth year and unit, ignoring case and spacing', () => {
    const flags = detectDuplicateIdentity(round, [
      { userId: 'a', fullName: 'Nguyễn Văn An', birthYear: 1990, unitId: 'G1' },
      { userId: 'b', fullName: '  nguyễn  văn AN ', birthYear: 1990, unitId: 'G1' },
      { userId: 'c', fullName: 'Nguyễn Văn An', birthYear: 1990, unitId: 'G2' },
    ]);
    expect(flags.map((f) => f.userIds)).toEqual([['a', 'b']]);
    expect(flags[0].evidence.sameNameBirthYearUnit).toBe(1);
    expect(flags[0].detail).toContain('năm sinh 1990');
  });

  it('does not match names that differ by a tone mark, nor without a birth year', () => {
    expect(
      detectDuplicateIdentity(round, [
        { userId: 'a', fullName: 'Nguyễn Thị Hoa', birthYear: 1990, unitId: 'G1' },
        { userId: 'b', fullName: 'Nguyễn Thị Hòa', birthYear: 1990, unitId: 'G1' },
        { userId: 'c', fullName: 'Nguyễn Thị Hoa', birthYear: null, unitId: 'G1' },
      ]),
    ).toEqual([]);
  });

  it('flags accounts that used the same device', () => {
    const flags = detectDuplicateIdentity(
      [attempt('a1', { userId: 'a', deviceId: 'dev-1' }), attempt('b1', { userId: 'b' })],
      [{ userId: 'b', deviceIds: ['dev-1'] }],
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ userIds: ['a', 'b'], evidence: { sameDevice: 1 } });
    expect(flags[0].detail).toContain('cùng một thiết bị');
  });

  it('lists only attempts of the round and skips groups with none', () => {
    const flags = detectDuplicateIdentity(
      [attempt('a1', { userId: 'a' })],
      [
        { userId: 'a', phone: '0912345678' },
        { userId: 'x', phone: '0912345678' },
        { userId: 'y', phone: '0900000000' },
        { userId: 'z', phone: '0900000000' },
      ],
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ userIds: ['a', 'x'], attemptIds: ['a1'] });
  });
});

describe('shared_network', () => {
  const perfect = (id: string, minute: number, ip = '203.0.113.5', user = `u-${id}`) =>
    attempt(id, { userId: user, ip, score: 20, maxScore: 20, submittedAt: minutes(minute) });

  it('flags five accounts with perfect scores from one IP within 30 minutes, as weak evidence', () => {
    const flags = detectSharedNetwork([0, 4, 8, 12, 18].map((m, i) => perfect(`p${i}`, m)));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'shared_network',
      attemptIds: ['p0', 'p1', 'p2', 'p3', 'p4'],
      evidence: { accounts: 5, attempts: 5, spanMs: 18 * 60_000 },
    });
    expect(flags[0].detail).toContain('203.0.113.5');
    expect(flags[0].detail).toContain('dấu hiệu yếu');
    expect(flags[0].detail).toContain('không chứng minh gian lận');
  });

  it('does not flag four accounts', () => {
    expect(detectSharedNetwork([0, 1, 2, 3].map((m, i) => perfect(`p${i}`, m)))).toEqual([]);
  });

  it('counts an account once however many perfect attempts it has', () => {
    const list = [0, 1, 2, 3].map((m, i) => perfect(`p${i}`, m));
    list.push(perfect('again', 4, '203.0.113.5', 'u-p0'));
    expect(detectSharedNetwork(list)).toEqual([]);
  });

  it('does not flag accounts spread wider than the window', () => {
    // Any 30-minute window holds at most 4 of them.
    expect(detectSharedNetwork([0, 10, 20, 30, 40].map((m, i) => perfect(`p${i}`, m)))).toEqual([]);
  });

  it('ignores attempts without a perfect score', () => {
    const list = [0, 1, 2, 3].map((m, i) => perfect(`p${i}`, m));
    list.push(
      attempt('nearly', { ip: '203.0.113.5', score: 19, maxScore: 20, submittedAt: minutes(5) }),
    );
    expect(detectSharedNetwork(list)).toEqual([]);
  });

  it('reports separate bursts from one IP separately and treats IPv4-mapped IPv6 as IPv4', () => {
    const morning = [0, 1, 2, 3, 4].map((m, i) => perfect(`m${i}`, m));
    const evening = [300, 301, 302, 303, 304].map((m, i) =>
      perfect(`e${i}`, m, '::ffff:203.0.113.5'),
    );
    const flags = detectSharedNetwork([...evening, ...morning]);
    expect(flags.map((f) => f.attemptIds)).toEqual([
      ['m0', 'm1', 'm2', 'm3', 'm4'],
      ['e0', 'e1', 'e2', 'e3', 'e4'],
    ]);
  });

  it('keeps one flag for a burst longer than the window made of overlapping windows', () => {
    const flags = detectSharedNetwork(
      [0, 5, 10, 15, 20, 25, 30, 35, 40].map((m, i) => perfect(`p${i}`, m)),
    );
    expect(flags).toHaveLength(1);
    expect(flags[0].evidence).toMatchObject({ accounts: 9, spanMs: 40 * 60_000 });
  });
});

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

describe('second_device', () => {
  const at = (m: number) => minutes(m);

  it('writes times in Vietnam time', () => {
    expect(formatVietnamTime(new Date('2025-07-28T17:05:00Z'))).toBe('00:05 29/07/2025');
  });

  it('flags an attempt moved to another device, with the number of moves and devices', () => {
    const flags = detectSecondDevice([
      attempt('moved', {
        deviceMoves: [
          { at: at(12), fromDeviceId: 'phone-b', toDeviceId: 'phone-a' },
          { at: at(5), fromDeviceId: 'phone-a', toDeviceId: 'phone-b' },
        ],
      }),
      attempt('still', { deviceMoves: [] }),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'second_device',
      attemptIds: ['moved'],
      evidence: { moves: 2, devices: 2 },
    });
    // T0 is 13:00 UTC = 20:00 in Vietnam; moves at +5 and +12 minutes, listed in time order.
    expect(flags[0].detail).toContain('2 lần');
    expect(flags[0].detail).toContain('lúc 20:05 28/07/2025, 20:12 28/07/2025');
    expect(flags[0].detail).toContain('cần đối chiếu');
  });

  it('does not count binding an attempt that had no device yet', () => {
    expect(
      detectSecondDevice([
        attempt('legacy', { deviceMoves: [{ at: at(1), fromDeviceId: null, toDeviceId: 'x' }] }),
      ]),
    ).toEqual([]);
  });
});

describe('computeFlags', () => {
  it('maps each flagged attempt to its kinds (once each, in a fixed order) and every detail', () => {
    const round: FlagAttempt[] = [
      attempt('bot1', {
        userId: 'bot1',
        ...perQuestion(1),
        answers: answers(1, 12),
        deviceId: 'dev',
        events: events({ stored: 500, truncated: true }),
      }),
      attempt('bot2', {
        userId: 'bot2',
        ...perQuestion(1),
        answers: answers(1, 12),
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
