import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type DrawnQuestion,
  QuestionSnapshotsService,
  scoreSubmission,
  type VersionSnapshot,
} from '@app/attempts';
import { DataSource } from 'typeorm';
import {
  type AnsweredQuestion,
  type DeviceMove,
  type FlagAttempt,
  type FlagInput,
  type FlagUser,
  type IntegrityEvent,
  summarizeEvents,
} from '../rules/flags';
import { answerRow, groupByAttempt } from '../shared/rows';

interface AttemptRow {
  id: string;
  user_id: string;
  question_count: number;
  duration_ms: number | null;
  submitted_at: Date;
  score: string | null;
  max_score: string;
  ip: string | null;
  device_id: string | null;
  questions: DrawnQuestion[];
}

/** What the flag rules need of a round, read from the database. */
@Injectable()
export class FlagInputsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly snapshots: QuestionSnapshotsService,
  ) {}

  /** The round's submitted attempts with answers, events and moves, and their accounts. */
  async load(roundId: string): Promise<{ input: FlagInput; names: Map<string, string> }> {
    const db = this.dataSource;
    const attempts = await db.query<AttemptRow[]>(
      `SELECT id, user_id, question_count, duration_ms, submitted_at, score, max_score, ip, device_id, questions
       FROM attempts WHERE round_id = $1 AND status = 'submitted'`,
      [roundId],
    );
    if (attempts.length === 0) return { input: { attempts: [], users: [] }, names: new Map() };
    const ofRound = `JOIN attempts a ON a.id = x.attempt_id WHERE a.round_id = $1 AND a.status = 'submitted'`;
    const [answers, grades, events, counts, moves] = await Promise.all([
      db.query<
        Array<{
          attempt_id: string;
          question_id: string;
          option_ids: string[] | null;
          text: string | null;
        }>
      >(
        `SELECT x.attempt_id, x.question_id, x.option_ids, x.text FROM attempt_answers x ${ofRound}
         ORDER BY x.attempt_id, x.first_saved_at, x.question_id`,
        [roundId],
      ),
      db.query<Array<{ attempt_id: string; question_id: string; points: string }>>(
        `SELECT x.attempt_id, x.question_id, x.points FROM attempt_grades x ${ofRound}`,
        [roundId],
      ),
      db.query<Array<{ attempt_id: string; type: string; client_at: Date }>>(
        `SELECT x.attempt_id, x.type, x.client_at FROM attempt_events x ${ofRound}`,
        [roundId],
      ),
      db.query<Array<{ attempt_id: string; dropped: number }>>(
        `SELECT x.attempt_id, x.dropped FROM attempt_event_counts x ${ofRound}`,
        [roundId],
      ),
      db.query<
        Array<{
          attempt_id: string;
          from_device_id: string | null;
          to_device_id: string;
          moved_at: Date;
        }>
      >(
        `SELECT x.attempt_id, x.from_device_id, x.to_device_id, x.moved_at FROM attempt_device_moves x ${ofRound}`,
        [roundId],
      ),
    ]);

    const answersOf = groupByAttempt(answers);
    const gradesOf = groupByAttempt(grades);
    const eventsOf = groupByAttempt(events);
    const movesOf = groupByAttempt(moves);
    const droppedOf = new Map(counts.map((c) => [c.attempt_id, c.dropped]));

    const flagAttempts: FlagAttempt[] = [];
    for (const a of attempts) {
      const saved = (answersOf.get(a.id) ?? []).map((r) => answerRow(a.id, r));
      const snapshots = await this.snapshots.forAttempt(a.questions);
      const scored = scoreSubmission(
        a.questions,
        snapshots,
        saved,
        new Map((gradesOf.get(a.id) ?? []).map((g) => [g.question_id, Number(g.points)])),
      );
      const correct = new Map(scored.perQuestion.map((q) => [q.questionId, q.correct]));
      const choices = new Map([...snapshots.values()].map((v) => [v.questionId, choiceCount(v)]));
      const answered: AnsweredQuestion[] = saved.map((s) => ({
        questionId: s.questionId,
        optionIds: s.optionIds ?? undefined,
        text: s.text ?? undefined,
        correct: correct.get(s.questionId) ?? null,
        optionCount: choices.get(s.questionId),
      }));
      const submittedAt = new Date(a.submitted_at);
      const attemptEvents: IntegrityEvent[] = (eventsOf.get(a.id) ?? []).map((e) => ({
        type: e.type,
        at: new Date(e.client_at),
      }));
      const deviceMoves: DeviceMove[] = (movesOf.get(a.id) ?? []).map((m) => ({
        at: new Date(m.moved_at),
        fromDeviceId: m.from_device_id,
        toDeviceId: m.to_device_id,
      }));
      flagAttempts.push({
        attemptId: a.id,
        userId: a.user_id,
        questionCount: a.question_count,
        durationMs: a.duration_ms ?? 0,
        submittedAt,
        score: Number(a.score ?? 0),
        maxScore: Number(a.max_score),
        ip: a.ip,
        deviceId: a.device_id,
        answers: answered,
        events: summarizeEvents(attemptEvents, {
          endAt: submittedAt,
          dropped: droppedOf.get(a.id) ?? 0,
        }),
        deviceMoves,
      });
    }

    const userIds = [...new Set(attempts.map((a) => a.user_id))];
    const [users, devices] = await Promise.all([
      db.query<
        Array<{
          id: string;
          full_name: string;
          phone: string | null;
          birth_year: number | null;
          unit_id: string | null;
          national_id_hash: string | null;
        }>
      >(
        'SELECT id, full_name, phone, birth_year, unit_id, national_id_hash FROM users WHERE id = ANY($1::uuid[])',
        [userIds],
      ),
      // Every device an account used, in any round, including the ones it moved away from.
      db.query<Array<{ user_id: string; devices: string[] }>>(
        `SELECT user_id, array_agg(DISTINCT device) AS devices FROM (
           SELECT user_id, device_id AS device FROM attempts WHERE user_id = ANY($1::uuid[]) AND device_id IS NOT NULL
           UNION ALL
           SELECT a.user_id, m.from_device_id FROM attempt_device_moves m JOIN attempts a ON a.id = m.attempt_id
           WHERE a.user_id = ANY($1::uuid[]) AND m.from_device_id IS NOT NULL
         ) d GROUP BY user_id`,
        [userIds],
      ),
    ]);
    const devicesOf = new Map(devices.map((d) => [d.user_id, d.devices]));
    const flagUsers: FlagUser[] = users.map((u) => ({
      userId: u.id,
      phone: u.phone,
      fullName: u.full_name,
      birthYear: u.birth_year,
      unitId: u.unit_id,
      nationalIdHash: u.national_id_hash,
      deviceIds: devicesOf.get(u.id) ?? [],
    }));
    return {
      input: { attempts: flagAttempts, users: flagUsers },
      names: new Map(users.map((u) => [u.id, u.full_name])),
    };
  }
}

/** The different answers a question allows (for the identical-answers chance estimate). */
function choiceCount(v: VersionSnapshot): number | undefined {
  if (v.options.length === 0) return undefined;
  return v.type === 'multiple' ? 2 ** Math.min(v.options.length, 20) - 1 : v.options.length;
}
