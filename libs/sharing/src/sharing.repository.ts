import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { vietnamTimeSql } from '@app/core';
import { DataSource } from 'typeorm';

export interface PublicRoundRow {
  id: string;
  position: number;
  title: string;
  opensAt: Date;
  closesAt: Date;
}

/** A published contest as its public pages show it. */
export interface PublicContestRow {
  id: string;
  title: string;
  slug: string;
  shortCode: string;
  theme: string;
  description: string;
  rules: string;
  status: string;
  eligibleUnitIds: string[] | null;
  leaderboardPublic: boolean;
  rounds: PublicRoundRow[];
}

export interface SharedResultRow {
  code: string;
  attemptId: string;
  userId: string;
  fullName: string;
  roundId: string;
  contestId: string;
  score: number;
  maxScore: number;
}

export interface SourceCountRow {
  source: string;
  visits: number;
  people: number;
  participants: number;
}

export interface DueReminderRow {
  contestId: string;
  roundId: string;
  userId: string;
  email: string;
  fullName: string;
  token: string;
  contestTitle: string;
  contestSlug: string;
  roundTitle: string;
  opensAt: Date;
  closesAt: Date;
}

const CONTEST_COLUMNS = `c.id, c.title, c.slug, c.short_code AS "shortCode", c.theme, c.description,
  c.rules, c.status, c.eligible_unit_ids AS "eligibleUnitIds",
  coalesce((c.leaderboard ->> 'public')::boolean, false) AS "leaderboardPublic",
  coalesce((SELECT json_agg(json_build_object('id', r.id, 'position', r.position, 'title', r.title,
      'opensAt', r.opens_at, 'closesAt', r.closes_at) ORDER BY r.position)
    FROM rounds r WHERE r.contest_id = c.id), '[]'::json) AS rounds`;

interface RawContest extends Omit<PublicContestRow, 'rounds'> {
  rounds: Array<
    Omit<PublicRoundRow, 'opensAt' | 'closesAt'> & { opensAt: string; closesAt: string }
  >;
}

function toContest(row: RawContest | undefined): PublicContestRow | null {
  if (!row) return null;
  return {
    ...row,
    rounds: row.rounds.map((r) => ({
      ...r,
      opensAt: new Date(r.opensAt),
      closesAt: new Date(r.closesAt),
    })),
  };
}

/** Every SQL statement of sharing and reach (docs/sharing.md). */
@Injectable()
export class SharingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A published contest by slug, short code or id (null for drafts and unknown ones). */
  async publishedContest(
    by: 'slug' | 'shortCode' | 'id' | 'roundId',
    value: string,
  ): Promise<PublicContestRow | null> {
    const where = {
      slug: 'c.slug = $1',
      shortCode: 'c.short_code = $1',
      id: 'c.id = $1::uuid',
      roundId: 'c.id = (SELECT contest_id FROM rounds WHERE id = $1::uuid)',
    }[by];
    const rows: RawContest[] = await this.db.query(
      `SELECT ${CONTEST_COLUMNS} FROM contests c WHERE ${where} AND c.status = 'published'`,
      [value],
    );
    return toContest(rows[0]);
  }

  /** Any contest by id (drafts too): the organizer's tools (QR, poster, sources). */
  async contestById(id: string): Promise<PublicContestRow | null> {
    const rows: RawContest[] = await this.db.query(
      `SELECT ${CONTEST_COLUMNS} FROM contests c WHERE c.id = $1`,
      [id],
    );
    return toContest(rows[0]);
  }

  /**
   * The name of the union a contest belongs to: its only eligible unit, else the top of the
   * union tree (the federation running the platform); null without units.
   */
  async unionName(eligibleUnitIds: string[] | null): Promise<string | null> {
    const rows: Array<{ name: string }> =
      eligibleUnitIds && eligibleUnitIds.length === 1
        ? await this.db.query(`SELECT name FROM units WHERE id = $1`, [eligibleUnitIds[0]])
        : await this.db.query(
            `SELECT name FROM units WHERE parent_id IS NULL ORDER BY created_at, name LIMIT 1`,
          );
    return rows[0]?.name ?? null;
  }

  /** The finalized results' header of a round: null before finalisation. */
  async finalizedResults(
    roundId: string,
  ): Promise<{ participants: number; winners: number } | null> {
    const rows: Array<{ participants: number; winners: number }> = await this.db.query(
      `SELECT rr.participants,
              (SELECT count(*)::int FROM round_result_entries e
                WHERE e.round_id = rr.round_id AND e.prize IS NOT NULL) AS winners
       FROM round_results rr WHERE rr.round_id = $1 AND rr.finalized_at IS NOT NULL`,
      [roundId],
    );
    return rows[0] ?? null;
  }

  // --- shared results ---------------------------------------------------------------------

  /** The owner's submitted, not disqualified attempt (null otherwise). */
  async ownSubmittedAttempt(
    attemptId: string,
    userId: string,
  ): Promise<{ id: string; roundId: string } | null> {
    const rows: Array<{ id: string; roundId: string }> = await this.db.query(
      `SELECT id, round_id AS "roundId" FROM attempts
       WHERE id = $1 AND user_id = $2 AND status = 'submitted' AND disqualified_at IS NULL`,
      [attemptId, userId],
    );
    return rows[0] ?? null;
  }

  /** Shares the attempt under `code`, or returns the code it already has. */
  async share(attemptId: string, userId: string, code: string): Promise<string> {
    const rows: Array<{ code: string }> = await this.db.query(
      `WITH ins AS (
         INSERT INTO result_shares (code, attempt_id, user_id) VALUES ($1, $2, $3)
         ON CONFLICT (attempt_id) DO NOTHING RETURNING code)
       SELECT code FROM ins UNION ALL SELECT code FROM result_shares WHERE attempt_id = $2`,
      [code, attemptId, userId],
    );
    return rows[0].code;
  }

  async shareOf(attemptId: string, userId: string): Promise<string | null> {
    const rows: Array<{ code: string }> = await this.db.query(
      `SELECT code FROM result_shares WHERE attempt_id = $1 AND user_id = $2`,
      [attemptId, userId],
    );
    return rows[0]?.code ?? null;
  }

  /** Withdraws the share of one's own attempt; false when the attempt is not the caller's. */
  async unshare(attemptId: string, userId: string): Promise<boolean> {
    const rows: Array<{ own: number }> = await this.db.query(
      `WITH own AS (SELECT id FROM attempts WHERE id = $1 AND user_id = $2),
       del AS (DELETE FROM result_shares WHERE attempt_id IN (SELECT id FROM own) RETURNING 1)
       SELECT count(*)::int AS own FROM own`,
      [attemptId, userId],
    );
    return rows[0].own > 0;
  }

  /** A shared result (its attempt submitted and not disqualified). */
  async sharedResult(code: string): Promise<SharedResultRow | null> {
    const rows: SharedResultRow[] = await this.db.query(
      `SELECT s.code, a.id AS "attemptId", a.user_id AS "userId", u.full_name AS "fullName",
              a.round_id AS "roundId", a.contest_id AS "contestId",
              a.score::float8 AS score, a.max_score::float8 AS "maxScore"
       FROM result_shares s
       JOIN attempts a ON a.id = s.attempt_id
       JOIN users u ON u.id = a.user_id
       WHERE s.code = $1 AND a.status = 'submitted' AND a.disqualified_at IS NULL`,
      [code],
    );
    return rows[0] ?? null;
  }

  // --- sources ----------------------------------------------------------------------------

  /** One more visit from `source` today (Vietnam time). */
  async countVisit(contestId: string, source: string): Promise<void> {
    await this.db.query(
      `INSERT INTO contest_source_visits (contest_id, source, day, visits)
       VALUES ($1, $2, ${vietnamTimeSql.date('now()')}, 1)
       ON CONFLICT (contest_id, source, day) DO UPDATE
         SET visits = contest_source_visits.visits + 1`,
      [contestId, source],
    );
  }

  /** The source that first brought this person to the contest (kept: first touch wins). */
  async rememberPersonSource(contestId: string, userId: string, source: string): Promise<void> {
    await this.db.query(
      `INSERT INTO contest_participant_sources (contest_id, user_id, source) VALUES ($1, $2, $3)
       ON CONFLICT (contest_id, user_id) DO NOTHING`,
      [contestId, userId, source],
    );
  }

  /** Per source: short-link visits, people it brought, and of them those who took a round. */
  async sourceCounts(contestId: string): Promise<SourceCountRow[]> {
    return this.db.query(
      `WITH v AS (SELECT source, sum(visits)::int AS visits FROM contest_source_visits
                  WHERE contest_id = $1 GROUP BY source),
            p AS (SELECT s.source, count(*)::int AS people,
                         count(*) FILTER (WHERE EXISTS (
                           SELECT 1 FROM attempts a
                           WHERE a.contest_id = s.contest_id AND a.user_id = s.user_id))::int
                           AS participants
                  FROM contest_participant_sources s WHERE s.contest_id = $1 GROUP BY s.source)
       SELECT coalesce(v.source, p.source) AS source, coalesce(v.visits, 0) AS visits,
              coalesce(p.people, 0) AS people, coalesce(p.participants, 0) AS participants
       FROM v FULL JOIN p ON p.source = v.source
       ORDER BY participants DESC, visits DESC, source`,
      [contestId],
    );
  }

  // --- reminders --------------------------------------------------------------------------

  /** Subscribes (again) and returns the unsubscribe token. */
  async subscribe(contestId: string, userId: string, token: string): Promise<void> {
    await this.db.query(
      `INSERT INTO round_reminders (contest_id, user_id, token) VALUES ($1, $2, $3)
       ON CONFLICT (contest_id, user_id) DO UPDATE
         SET unsubscribed_at = NULL,
             created_at = CASE WHEN round_reminders.unsubscribed_at IS NULL
                               THEN round_reminders.created_at ELSE now() END`,
      [contestId, userId, token],
    );
  }

  async isSubscribed(contestId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM round_reminders
       WHERE contest_id = $1 AND user_id = $2 AND unsubscribed_at IS NULL`,
      [contestId, userId],
    );
    return rows.length > 0;
  }

  async unsubscribe(contestId: string, userId: string): Promise<void> {
    await this.db.query(
      `UPDATE round_reminders SET unsubscribed_at = now()
       WHERE contest_id = $1 AND user_id = $2 AND unsubscribed_at IS NULL`,
      [contestId, userId],
    );
  }

  /** Unsubscribes by the mail's token; the contest's title, or null for an unknown token. */
  async unsubscribeByToken(token: string): Promise<string | null> {
    const rows: Array<{ title: string }> = await this.db.query(
      `WITH u AS (
         UPDATE round_reminders SET unsubscribed_at = coalesce(unsubscribed_at, now())
         WHERE token = $1 RETURNING contest_id)
       SELECT c.title FROM u JOIN contests c ON c.id = u.contest_id`,
      [token],
    );
    return rows[0]?.title ?? null;
  }

  async contestTitleOfToken(token: string): Promise<string | null> {
    const rows: Array<{ title: string }> = await this.db.query(
      `SELECT c.title FROM round_reminders r JOIN contests c ON c.id = r.contest_id
       WHERE r.token = $1`,
      [token],
    );
    return rows[0]?.title ?? null;
  }

  /**
   * Reminders due now: rounds of published contests that are open, for people subscribed
   * before the round opened and still subscribed, whose mail (`dedupeKey`) is not queued yet.
   */
  async dueReminders(limit: number): Promise<DueReminderRow[]> {
    return this.db.query(
      `SELECT s.contest_id AS "contestId", r.id AS "roundId", s.user_id AS "userId",
              u.email, u.full_name AS "fullName", s.token, c.title AS "contestTitle",
              c.slug AS "contestSlug", r.title AS "roundTitle",
              r.opens_at AS "opensAt", r.closes_at AS "closesAt"
       FROM round_reminders s
       JOIN contests c ON c.id = s.contest_id AND c.status = 'published'
       JOIN rounds r ON r.contest_id = s.contest_id
        AND r.opens_at <= now() AND r.closes_at > now() AND r.opens_at > s.created_at
       JOIN users u ON u.id = s.user_id
       WHERE s.unsubscribed_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM mail_outbox m
                         WHERE m.dedupe_key = 'round-open:' || r.id || ':' || s.user_id)
       ORDER BY r.opens_at
       LIMIT $1`,
      [limit],
    );
  }
}
