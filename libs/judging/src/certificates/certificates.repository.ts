import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { newCertificateCode } from './certificate-code';

export type CertificateKind = 'prize' | 'participation';

export interface StoredCertificate {
  code: string;
  attemptId: string;
  roundId: string;
  contestId: string;
  userId: string;
  kind: CertificateKind;
  prize: string | null;
  score: number;
  issuedAt: Date;
  /** The attempt was disqualified after the certificate was issued. */
  revoked: boolean;
  fullName: string;
  unitName: string | null;
  contestTitle: string;
  roundTitle: string;
}

interface Row {
  code: string;
  attempt_id: string;
  round_id: string;
  contest_id: string;
  user_id: string;
  kind: CertificateKind;
  prize: string | null;
  score: string;
  issued_at: Date;
  revoked: boolean;
  full_name: string;
  unit_name: string | null;
  contest_title: string;
  round_title: string;
}

const SELECT = `SELECT c.code, c.attempt_id, c.round_id, c.contest_id, c.user_id, c.kind, c.prize,
    c.score, c.issued_at, (a.disqualified_at IS NOT NULL) AS revoked, u.full_name,
    un.name AS unit_name, ct.title AS contest_title, r.title AS round_title
  FROM certificates c JOIN attempts a ON a.id = c.attempt_id JOIN users u ON u.id = c.user_id
  LEFT JOIN units un ON un.id = u.unit_id JOIN contests ct ON ct.id = c.contest_id
  JOIN rounds r ON r.id = c.round_id`;

const toStored = (r: Row): StoredCertificate => ({
  code: r.code,
  attemptId: r.attempt_id,
  roundId: r.round_id,
  contestId: r.contest_id,
  userId: r.user_id,
  kind: r.kind,
  prize: r.prize,
  score: Number(r.score),
  issuedAt: r.issued_at,
  revoked: r.revoked,
  fullName: r.full_name,
  unitName: r.unit_name,
  contestTitle: r.contest_title,
  roundTitle: r.round_title,
});

/**
 * Certificates (table `certificates`): one per attempt and kind, issued when first needed (a
 * winner's at finalization, for the link in the winner mail). A certificate is revoked while its
 * attempt is disqualified: that is read from the attempt, never copied.
 */
@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Issues the certificate of `kind` for the attempt (or returns the one already issued) and
   * returns its code. The attempt's round, contest, person and score are copied from the attempt;
   * `prize` is the prize it won (prize certificates).
   */
  async issue(
    attemptId: string,
    kind: CertificateKind,
    prize: string | null,
    score: number,
    em?: EntityManager,
  ): Promise<string> {
    const manager = em ?? this.dataSource.manager;
    for (let tries = 0; tries < 5; tries++) {
      const rows: Array<{ code: string }> = await manager.query(
        `WITH issued AS (
           INSERT INTO certificates (code, attempt_id, round_id, contest_id, user_id, kind, prize, score)
           SELECT $1, a.id, a.round_id, a.contest_id, a.user_id, $3, $4, $5 FROM attempts a WHERE a.id = $2
           ON CONFLICT DO NOTHING RETURNING code
         )
         SELECT code FROM issued
         UNION ALL
         SELECT code FROM certificates WHERE attempt_id = $2 AND kind = $3`,
        [newCertificateCode(), attemptId, kind, prize, score],
      );
      if (rows.length > 0) return rows[0].code;
      // Nothing inserted and nothing found: the random code was taken (or the attempt is gone).
    }
    throw new Error(`could not issue a certificate for attempt ${attemptId}`);
  }

  async byCode(code: string): Promise<StoredCertificate | null> {
    const rows: Row[] = await this.dataSource.query(`${SELECT} WHERE c.code = $1`, [code]);
    return rows[0] ? toStored(rows[0]) : null;
  }

  async byAttempt(attemptId: string, kind: CertificateKind): Promise<StoredCertificate | null> {
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} WHERE c.attempt_id = $1 AND c.kind = $2`,
      [attemptId, kind],
    );
    return rows[0] ? toStored(rows[0]) : null;
  }

  /** The round's prize certificates, in rank order, `limit` after position `after`. */
  async prizePage(
    roundId: string,
    after: number,
    limit: number,
  ): Promise<Array<StoredCertificate & { position: number }>> {
    const rows: Array<Row & { position: number }> = await this.dataSource.query(
      `${SELECT} JOIN round_result_entries e ON e.attempt_id = c.attempt_id AND e.round_id = c.round_id
       WHERE c.round_id = $1 AND c.kind = 'prize' AND e.position > $2
       ORDER BY e.position LIMIT $3`.replace('SELECT c.code', 'SELECT e.position, c.code'),
      [roundId, after, limit],
    );
    return rows.map((r) => ({ ...toStored(r), position: r.position }));
  }
}
