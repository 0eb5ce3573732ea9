import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { roundOpenSql } from '@app/contests';
import { inEligibleUnitUpSql } from '@app/units';
import { DataSource } from 'typeorm';
import type { DrawnQuestion } from './entities/attempt.entity';
import { timingSql } from './rules/timing';

export interface StartInsert {
  roundId: string;
  userId: string;
  contestId: string;
  timeLimitSec: number;
  questions: DrawnQuestion[];
  maxScore: number;
  deviceId: string;
  ip: string | null;
  userAgent: string | null;
  attemptsPerRound: number;
}

export interface StartedRow {
  id: string;
  attempt_no: number;
  started_at: Date;
  deadline_at: Date;
  unit_id: string | null;
}

export interface AttemptWriteState {
  user_id: string;
  status: string;
  deadline_at: Date;
  device_id: string | null;
  now: Date;
}

/** SQL of starting and reading attempts (the start statement, eligibility, the save refusal). */
@Injectable()
export class AttemptsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The one-statement start: the database checks that the round is open and its contest
   * published (its own clock), counts the person's attempts and inserts with the next number.
   * Two concurrent starts by one person collide on the unique indexes and the loser inserts
   * nothing. The attempt records the person's unit. Null when nothing was inserted.
   */
  async insertStart(start: StartInsert): Promise<StartedRow | null> {
    const rows = await this.dataSource.query<StartedRow[]>(
      `WITH r AS (
         SELECT r.id, r.closes_at FROM rounds r JOIN contests c ON c.id = r.contest_id
         WHERE r.id = $1 AND c.id = $3 AND c.status = 'published'
           AND ${roundOpenSql('r.opens_at', 'r.closes_at', 'now()')}
       ), prev AS (
         SELECT count(*)::int AS taken,
                count(*) FILTER (WHERE status = 'in_progress')::int AS open
         FROM attempts WHERE round_id = $1 AND user_id = $2
       )
       INSERT INTO attempts (round_id, contest_id, user_id, attempt_no, status, started_at,
                             deadline_at, questions, question_count, max_score, device_id, ip,
                             user_agent, unit_id)
       SELECT r.id, $3, $2, prev.taken + 1, 'in_progress', now(),
              ${timingSql.deadline('now()', '$4', 'r.closes_at')}, $5::jsonb, $6, $7, $8, $9, $10,
              (SELECT unit_id FROM users WHERE id = $2)
       FROM r, prev
       WHERE prev.open = 0 AND prev.taken < $11
       ON CONFLICT DO NOTHING
       RETURNING id, attempt_no, started_at, deadline_at, unit_id`,
      [
        start.roundId,
        start.userId,
        start.contestId,
        start.timeLimitSec,
        JSON.stringify(start.questions),
        start.questions.length,
        start.maxScore,
        start.deviceId,
        start.ip,
        start.userAgent,
        start.attemptsPerRound,
      ],
    );
    return rows[0] ?? null;
  }

  /** The database's clock (deadlines and round windows are judged by it). */
  async databaseNow(): Promise<Date> {
    const [{ now }] = await this.dataSource.query<Array<{ now: Date }>>('SELECT now() AS now');
    return new Date(now);
  }

  /** Contest and round titles of some rounds. */
  async roundTitles(
    roundIds: string[],
  ): Promise<Array<{ round_id: string; title: string; round_title: string }>> {
    return this.dataSource.query<Array<{ round_id: string; title: string; round_title: string }>>(
      'SELECT r.id AS round_id, c.title, r.title AS round_title FROM rounds r JOIN contests c ON c.id = r.contest_id WHERE r.id = ANY($1)',
      [roundIds],
    );
  }

  /**
   * Whether the person's e-mail is verified and their unit is eligible (`inEligibleUnit`, walked
   * up from their unit); undefined for an unknown person.
   */
  async eligibility(
    userId: string,
    eligibleUnitIds: string[] | null,
  ): Promise<{ verified: boolean; in_unit: boolean } | undefined> {
    const [row] = await this.dataSource.query<Array<{ verified: boolean; in_unit: boolean }>>(
      `SELECT u.email_verified_at IS NOT NULL AS verified,
              ${inEligibleUnitUpSql('u.unit_id', 'CAST($2 AS uuid[])')} AS in_unit
       FROM users u WHERE u.id = $1`,
      [userId, eligibleUnitIds],
    );
    return row;
  }

  /** The immutable part of an attempt: its owner and drawn questions. */
  async ownerAndQuestions(
    attemptId: string,
  ): Promise<{ user_id: string; questions: DrawnQuestion[] } | undefined> {
    const rows = await this.dataSource.query<
      Array<{ user_id: string; questions: DrawnQuestion[] }>
    >('SELECT user_id, questions FROM attempts WHERE id = $1', [attemptId]);
    return rows[0];
  }

  /** What decides whether a write to the attempt may go ahead, with the database's clock. */
  async writeState(attemptId: string): Promise<AttemptWriteState | undefined> {
    const rows = await this.dataSource.query<AttemptWriteState[]>(
      'SELECT user_id, status, deadline_at, device_id, clock_timestamp() AS now FROM attempts WHERE id = $1',
      [attemptId],
    );
    return rows[0];
  }
}
