import request from 'supertest';
import { type BankFixture, createBank, createPublishedContest } from './helpers/contest-fixtures';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

interface AttemptView {
  id: string;
  questions: Array<{ id: string; options: Array<{ id: string; text: string }> }>;
}

type Letter = 'A' | 'B' | 'C' | 'D';

describe('integrity: answer-key regrade and question statistics (e2e)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let judge: TestUser;

  const api = () => request(t.baseUrl);

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    organizer = await createUser(t, { roles: ['organizer'], fullName: 'Ban Tổ Chức' });
    judge = await createUser(t, { roles: ['judge'], fullName: 'Giám Khảo' });
  });
  afterAll(async () => {
    await t.close();
  });

  async function contest(bankId: string): Promise<{ id: string; roundId: string }> {
    const c = await createPublishedContest(t, organizer, bankId, {
      prediction: { enabled: false, prompt: '' },
      attemptsPerRound: 1,
    });
    await api()
      .post(`/api/contests/${c.id}/staff`)
      .set(organizer.auth)
      .send({ userId: judge.id, role: 'judge' })
      .expect(201);
    return { id: c.id, roundId: c.roundIds[0] };
  }

  /**
   * Starts and answers every question by letter (the fixture's options are "Đáp án i-A" … "i-D";
   * B is the key): `letterFor(questionId, index)` picks it. Submits unless told not to.
   */
  async function take(
    user: TestUser,
    roundId: string,
    letterFor: (questionId: string, index: number) => Letter,
    options: { submit?: boolean } = {},
  ): Promise<string> {
    const { body } = await api()
      .post(`/api/rounds/${roundId}/attempts`)
      .set(user.auth)
      .set(user.device)
      .expect(201);
    const attempt = body as AttemptView;
    for (const [i, q] of attempt.questions.entries()) {
      const letter = letterFor(q.id, i);
      const option = q.options.find((o) => o.text.endsWith(`-${letter}`))!;
      await api()
        .put(`/api/attempts/${attempt.id}/answers/${q.id}`)
        .set(user.auth)
        .set(user.device)
        .send({ optionIds: [option.id] })
        .expect(200);
    }
    if (options.submit !== false) {
      await api()
        .post(`/api/attempts/${attempt.id}/submit`)
        .set(user.auth)
        .set(user.device)
        .send({})
        .expect(200);
    }
    return attempt.id;
  }

  async function snapshot(): Promise<Record<string, unknown[]>> {
    const q = (sql: string) => t.dataSource.query(sql);
    return {
      attempts: await q('SELECT * FROM attempts ORDER BY id'),
      answers: await q('SELECT * FROM attempt_answers ORDER BY attempt_id, question_id'),
      standings: await q('SELECT * FROM round_standings ORDER BY round_id, user_id'),
      results: await q('SELECT * FROM round_results ORDER BY round_id'),
      entries: await q('SELECT * FROM round_result_entries ORDER BY round_id, position'),
      audit: await q('SELECT * FROM audit_log ORDER BY at, id'),
      versions: await q('SELECT * FROM question_versions ORDER BY id'),
    };
  }

  describe('regrade after a corrected answer key', () => {
    let bank: BankFixture;
    let planted: string;
    let open: { id: string; roundId: string };
    let finalized: { id: string; roundId: string };
    const people: Record<string, TestUser> = {};
    const attemptOf: Record<string, string> = {};

    beforeAll(async () => {
      bank = await createBank(t, organizer, 10, 'Ngân hàng chấm lại');
      planted = bank.questionIds[0]; // "Câu hỏi số 1": the key says B, it should have said A
      open = await contest(bank.id);
      finalized = await contest(bank.id);
      for (const name of ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']) {
        people[name] = await createUser(t, { fullName: `Người thi ${name}` });
      }
      const on =
        (letter: Letter, others: Letter = 'B', wrongOn?: string) =>
        (qid: string): Letter =>
          qid === planted ? letter : qid === wrongOn ? 'D' : others;

      // A round already finalized: it must never change.
      attemptOf.p5 = await take(people.p5, finalized.roundId, on('A'));
      attemptOf.p6 = await take(people.p6, finalized.roundId, on('B'));
      await t.dataSource.query(
        `UPDATE rounds SET opens_at = now() - interval '2 hours', closes_at = now() - interval '1 second' WHERE id = $1`,
        [finalized.roundId],
      );
      await api()
        .post(`/api/rounds/${finalized.roundId}/results/compute`)
        .set(judge.auth)
        .expect(200);
      await api()
        .post(`/api/rounds/${finalized.roundId}/results/finalize`)
        .set(judge.auth)
        .expect(200);

      // The open round, scored on the wrong key (B).
      attemptOf.p1 = await take(people.p1, open.roundId, on('A')); // 9 → 10
      attemptOf.p2 = await take(people.p2, open.roundId, on('A', 'B', bank.questionIds[5])); // 8 → 9 (one wrong answer besides the planted one)
      attemptOf.p3 = await take(people.p3, open.roundId, on('B')); // 10 → 9
      attemptOf.p4 = await take(people.p4, open.roundId, on('C')); // 9 → 9
      attemptOf.p8 = await take(people.p8, open.roundId, on('A'), { submit: false }); // still in progress

      // The organizer corrects the key: a new version, same option texts (so the same option ids).
      await api()
        .patch(`/api/questions/${planted}`)
        .set(organizer.auth)
        .send({
          options: ['A', 'B', 'C', 'D'].map((l) => ({ text: `Đáp án 1-${l}`, correct: l === 'A' })),
        })
        .expect(200);
      // New attempts draw the corrected version (a contest that also draws from another bank has
      // its own, fresh candidate pool: the attempt engine caches pools for a few seconds).
      const extra = await createBank(t, organizer, 1, 'Ngân hàng phụ');
      const later = await createPublishedContest(t, organizer, bank.id, {
        prediction: { enabled: false, prompt: '' },
        questionCount: 11,
        drawRules: [
          { bankId: bank.id, count: 10 },
          { bankId: extra.id, count: 1 },
        ],
      });
      attemptOf.p7 = await take(people.p7, later.roundIds[0], on('A'));
      const [drawn] = await t.dataSource.query(
        `SELECT q->>'versionId' AS version_id FROM attempts a CROSS JOIN LATERAL jsonb_array_elements(a.questions) q
         WHERE a.id = $1 AND q->>'questionId' = $2`,
        [attemptOf.p7, planted],
      );
      const [current] = await t.dataSource.query(
        'SELECT current_version_id FROM questions WHERE id = $1',
        [planted],
      );
      expect(drawn.version_id).toBe(current.current_version_id);
    });

    it('previews which attempts change, how the board and prizes move, and writes nothing', async () => {
      const before = await snapshot();
      const res = await api()
        .post(`/api/questions/${planted}/regrade/preview`)
        .set(organizer.auth)
        .send({})
        .expect(200);
      expect(await snapshot()).toEqual(before);

      const body = res.body;
      expect(body).toMatchObject({
        questionId: planted,
        applied: false,
        toVersion: { version: 2, attempts: 4 },
        fromVersions: [{ version: 1, attempts: 4 }],
        affectedAttempts: 4,
        inProgressNotRegraded: 1,
        otherContestsSkipped: [],
        warnings: [],
      });
      expect(body.finalizedRoundsSkipped).toEqual([
        expect.objectContaining({ roundId: finalized.roundId, attempts: 2 }),
      ]);
      const change = (name: string) =>
        (
          body.changes as Array<{
            attemptId: string;
            oldScore: number;
            newScore: number;
            fullName: string;
          }>
        ).find((c) => c.attemptId === attemptOf[name]);
      expect(change('p1')).toMatchObject({ oldScore: 9, newScore: 10, fullName: 'Người thi p1' });
      expect(change('p2')!.newScore).toBe(change('p2')!.oldScore + 1);
      expect(change('p3')).toMatchObject({ oldScore: 10, newScore: 9 });
      expect(change('p4')).toBeUndefined();
      expect(body.changes).toHaveLength(3);

      expect(body.rounds).toHaveLength(1);
      const round = body.rounds[0];
      expect(round).toMatchObject({ roundId: open.roundId, attempts: 4, resultsComputed: false });
      const ids = (list: Array<{ userId: string }>) => list.map((e) => e.userId);
      expect(ids(round.board.before)).toHaveLength(4);
      expect(round.board.before[0]).toMatchObject({
        rank: 1,
        userId: people.p3.id,
        score: 10,
        prize: 'first',
      });
      expect(round.board.after[0]).toMatchObject({
        rank: 1,
        userId: people.p1.id,
        score: 10,
        prize: 'first',
      });
      expect(
        round.board.after.find((e: { userId: string }) => e.userId === people.p3.id).score,
      ).toBe(9);
      // The first prize moves from p3 to p1.
      const prize = (u: TestUser) =>
        (
          round.prizeChanges as Array<{
            userId: string;
            before: string | null;
            after: string | null;
          }>
        ).find((m) => m.userId === u.id);
      expect(prize(people.p3)).toMatchObject({ before: 'first', fullName: 'Người thi p3' });
      expect(prize(people.p1)).toMatchObject({ after: 'first' });
    });

    it('lets only the contest’s organizers regrade, and asks for a reason', async () => {
      const outsider = await createUser(t, { roles: ['organizer'] });
      const participant = await createUser(t);
      // Not on the bank's access list: the question is not there at all (docs/security.md).
      await api()
        .post(`/api/questions/${planted}/regrade/preview`)
        .set(outsider.auth)
        .send({})
        .expect(404);
      // A co-editor of the bank who organizes neither contest sees both skipped.
      await api()
        .post(`/api/banks/${bank.id}/editors`)
        .set(organizer.auth)
        .send({ userId: outsider.id })
        .expect(201);
      const preview = await api()
        .post(`/api/questions/${planted}/regrade/preview`)
        .set(outsider.auth)
        .send({})
        .expect(200);
      expect(preview.body.affectedAttempts).toBe(0);
      expect(
        preview.body.otherContestsSkipped.map((r: { roundId: string }) => r.roundId).sort(),
      ).toEqual([open.roundId, finalized.roundId].sort());
      await api()
        .post(`/api/questions/${planted}/regrade/apply`)
        .set(outsider.auth)
        .send({ roundIds: [open.roundId], reason: 'Sửa đáp án' })
        .expect(403);
      await api()
        .post(`/api/questions/${planted}/regrade/preview`)
        .set(participant.auth)
        .send({})
        .expect(403);
      const noReason = await api()
        .post(`/api/questions/${planted}/regrade/apply`)
        .set(organizer.auth)
        .send({});
      expect(noReason.status).toBe(400);
      expect(noReason.body.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'reason' })]),
      );
    });

    it('refuses to regrade a finalized round', async () => {
      const before = await snapshot();
      const res = await api()
        .post(`/api/questions/${planted}/regrade/apply`)
        .set(organizer.auth)
        .send({ roundIds: [finalized.roundId], reason: 'Đáp án đúng là A' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('RESULTS_FINALIZED');
      expect(await snapshot()).toEqual(before);
    });

    it('applies in one go: the right scores change, and nothing else', async () => {
      const before = await snapshot();
      const res = await api()
        .post(`/api/questions/${planted}/regrade/apply`)
        .set(organizer.auth)
        .send({ reason: 'Đáp án đúng của câu 1 là A (Điều lệ Công đoàn 2020)' })
        .expect(200);
      expect(res.body).toMatchObject({ applied: true, affectedAttempts: 4 });
      expect(res.body.changes).toHaveLength(3);
      const after = await snapshot();

      const [current] = await t.dataSource.query(
        'SELECT current_version_id FROM questions WHERE id = $1',
        [planted],
      );
      const affected = new Set(['p1', 'p2', 'p3', 'p4'].map((n) => attemptOf[n]));
      type Row = Record<string, unknown> & {
        id: string;
        questions: Array<{ questionId: string; versionId: string }>;
      };
      const byId = (rows: unknown[]) => new Map((rows as Row[]).map((r) => [r.id, r]));
      const was = byId(before.attempts);
      for (const row of after.attempts as Row[]) {
        const old = was.get(row.id)!;
        if (!affected.has(row.id)) {
          expect(row).toEqual(old);
          continue;
        }
        // Only the drawn version of the corrected question and the score fields moved.
        const { questions, score, correct_count: correctCount, ...rest } = row;
        const {
          questions: oldQuestions,
          score: oldScore,
          correct_count: oldCorrect,
          ...oldRest
        } = old;
        expect(rest).toEqual(oldRest);
        expect(questions).toEqual(
          oldQuestions.map((q) =>
            q.questionId === planted ? { ...q, versionId: current.current_version_id } : q,
          ),
        );
        const change = (res.body.changes as Array<{ attemptId: string; newScore: number }>).find(
          (c) => c.attemptId === row.id,
        );
        expect(Number(score)).toBe(change ? change.newScore : Number(oldScore));
        expect(correctCount).toBe(change ? Number(score) : oldCorrect);
      }

      expect(after.answers).toEqual(before.answers);
      expect(after.results).toEqual(before.results);
      expect(after.entries).toEqual(before.entries);
      expect(after.versions).toEqual(before.versions);
      type Standing = { round_id: string; user_id: string; score: string };
      const standing = (rows: unknown[], u: TestUser) =>
        (rows as Standing[]).find((s) => s.round_id === open.roundId && s.user_id === u.id);
      expect(Number(standing(after.standings, people.p1)!.score)).toBe(10);
      expect(Number(standing(after.standings, people.p3)!.score)).toBe(9);
      expect(
        (after.standings as Standing[]).filter((s) => s.round_id === finalized.roundId),
      ).toEqual((before.standings as Standing[]).filter((s) => s.round_id === finalized.roundId));
      const added = (after.audit as Array<{ action: string }>).slice(before.audit.length);
      expect(added).toEqual([
        expect.objectContaining({
          action: 'question.regrade',
          actor_id: organizer.id,
          round_id: open.roundId,
          reason: 'Đáp án đúng của câu 1 là A (Điều lệ Công đoàn 2020)',
        }),
      ]);

      const view = await api().get(`/api/attempts/${attemptOf.p1}`).set(people.p1.auth).expect(200);
      expect(view.body.result).toMatchObject({ score: 10, correctCount: 10 });

      // Only the finalized round still has the old version: nothing left to apply there.
      const again = await api()
        .post(`/api/questions/${planted}/regrade/apply`)
        .set(organizer.auth)
        .send({ reason: 'Lần nữa' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('RESULTS_FINALIZED');
    });
  });

  describe('question statistics', () => {
    it('flags a planted defective question with plain reasons, for the contest’s staff only', async () => {
      const bank = await createBank(t, organizer, 10, 'Ngân hàng thống kê');
      const planted = bank.questionIds[0];
      const c = await contest(bank.id);
      for (let i = 0; i < 12; i++) {
        const user = await createUser(t);
        await take(user, c.roundId, (qid) => {
          if (qid === planted) return i < 10 ? 'A' : 'C'; // nobody picks the key (B)
          return (i + bank.questionIds.indexOf(qid)) % 4 === 0 ? 'D' : 'B';
        });
      }

      const res = await api()
        .get(`/api/contests/${c.id}/question-stats`)
        .set(organizer.auth)
        .expect(200);
      expect(res.body).toMatchObject({ contestId: c.id, roundId: null, attempts: 12 });
      expect(res.body.questions).toHaveLength(10);
      expect(res.body.defective).toContain(planted);
      const item = res.body.questions.find((q: { questionId: string }) => q.questionId === planted);
      expect(item).toMatchObject({
        prompt: 'Câu hỏi số 1: chọn phương án B?',
        type: 'single',
        versions: 1,
        drawn: 12,
        answered: 12,
        scored: 12,
        correctCount: 0,
        facility: 0,
        discrimination: null,
      });
      expect(item.options).toEqual([
        { label: 'A', text: 'Đáp án 1-A', correct: false, chosen: 10, share: 10 / 12 },
        { label: 'B', text: 'Đáp án 1-B', correct: true, chosen: 0, share: 0 },
        { label: 'C', text: 'Đáp án 1-C', correct: false, chosen: 2, share: 2 / 12 },
        { label: 'D', text: 'Đáp án 1-D', correct: false, chosen: 0, share: 0 },
      ]);
      expect(item.defects.map((d: { kind: string }) => d.kind)).toEqual([
        'nobody_correct',
        'distractor_preferred',
        'distractor_preferred',
      ]);
      expect(item.defects[0].message).toContain('Không ai trả lời đúng (0/12 lượt)');
      expect(item.defects[1].message).toBe(
        'Phương án sai A được chọn nhiều hơn đáp án B (10 so với 0 lượt): kiểm tra lại đáp án.',
      );
      const sound = res.body.questions.find(
        (q: { questionId: string }) => q.questionId === bank.questionIds[1],
      );
      expect(sound.facility).toBeCloseTo(9 / 12, 10);
      expect(sound.defects.map((d: { kind: string }) => d.kind)).not.toContain('nobody_correct');

      await api().get(`/api/contests/${c.id}/question-stats`).set(judge.auth).expect(200);
      const round = await api()
        .get(`/api/contests/${c.id}/question-stats`)
        .query({ roundId: c.roundId })
        .set(organizer.auth)
        .expect(200);
      expect(round.body.attempts).toBe(12);
      const participant = await createUser(t);
      await api().get(`/api/contests/${c.id}/question-stats`).set(participant.auth).expect(403);
      const otherContest = await contest(bank.id);
      await api()
        .get(`/api/contests/${c.id}/question-stats`)
        .query({ roundId: otherContest.roundId })
        .set(organizer.auth)
        .expect(404);
      await api()
        .get('/api/contests/00000000-0000-4000-8000-000000000000/question-stats')
        .set(organizer.auth)
        .expect(404);
    });
  });
});
