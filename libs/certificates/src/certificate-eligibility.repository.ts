import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface AttemptCertificateFacts {
  attemptId: string;
  userId: string;
  roundId: string;
  contestId: string;
  submitted: boolean;
  disqualified: boolean;
  roundClosed: boolean;
  /** This attempt is the one the contest counts for the person in the round. */
  counted: boolean;
  countedScore: number | null;
  /** The prize this attempt won in the round's finalized results, if any. */
  prize: string | null;
  prizeScore: number | null;
}

/** What decides whether an attempt earns a certificate, read in one statement. */
@Injectable()
export class CertificateEligibilityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async facts(attemptId: string): Promise<AttemptCertificateFacts | null> {
    const [row]: Array<{
      id: string;
      user_id: string;
      round_id: string;
      contest_id: string;
      submitted: boolean;
      disqualified: boolean;
      round_closed: boolean;
      counted: boolean;
      counted_score: string | null;
      prize: string | null;
      prize_score: string | null;
    }> = await this.dataSource.query(
      `SELECT a.id, a.user_id, a.round_id, a.contest_id, a.status = 'submitted' AS submitted,
              a.disqualified_at IS NOT NULL AS disqualified, r.closes_at <= now() AS round_closed,
              s.attempt_id IS NOT NULL AS counted, s.score AS counted_score,
              e.prize, e.score AS prize_score
       FROM attempts a JOIN rounds r ON r.id = a.round_id
       LEFT JOIN round_standings s ON s.attempt_id = a.id
       LEFT JOIN round_results rr ON rr.round_id = a.round_id AND rr.finalized_at IS NOT NULL
       LEFT JOIN round_result_entries e ON e.round_id = rr.round_id AND e.attempt_id = a.id
       WHERE a.id = $1`,
      [attemptId],
    );
    if (!row) return null;
    return {
      attemptId: row.id,
      userId: row.user_id,
      roundId: row.round_id,
      contestId: row.contest_id,
      submitted: row.submitted,
      disqualified: row.disqualified,
      roundClosed: row.round_closed,
      counted: row.counted,
      countedScore: row.counted_score === null ? null : Number(row.counted_score),
      prize: row.prize,
      prizeScore: row.prize_score === null ? null : Number(row.prize_score),
    };
  }

  /** Winners of a finalized round whose prize certificate was not issued yet (older rounds). */
  async winnersWithoutCertificate(
    roundId: string,
  ): Promise<Array<{ attemptId: string; prize: string; score: number }>> {
    const rows: Array<{ attempt_id: string; prize: string; score: string }> =
      await this.dataSource.query(
        `SELECT e.attempt_id, e.prize, e.score FROM round_result_entries e
         JOIN round_results rr ON rr.round_id = e.round_id AND rr.finalized_at IS NOT NULL
         WHERE e.round_id = $1 AND e.prize IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.attempt_id = e.attempt_id AND c.kind = 'prize')`,
        [roundId],
      );
    return rows.map((r) => ({ attemptId: r.attempt_id, prize: r.prize, score: Number(r.score) }));
  }

  async roundFinalized(roundId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM round_results WHERE round_id = $1 AND finalized_at IS NOT NULL',
      [roundId],
    );
    return rows.length > 0;
  }

  /** The organizing body's name from the contest's report settings ('' when unset). */
  async organizationName(contestId: string): Promise<string> {
    const [row]: Array<{ organization_name: string }> = await this.dataSource.query(
      'SELECT organization_name FROM contest_report_settings WHERE contest_id = $1',
      [contestId],
    );
    return row?.organization_name ?? '';
  }
}
