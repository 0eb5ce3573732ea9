import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';

/** Whether the contest row `contest` (an alias) draws from the bank `bank` (an id expression). */
function drawsFromSql(contest: string, bank: string): string {
  return `EXISTS (SELECT 1 FROM jsonb_array_elements(${contest}.draw_rules) dr
                   WHERE lower(dr->>'bankId') = ${bank}::text)`;
}

/**
 * Who may read a bank besides administrators (docs/security.md), as SQL: its owner (the creator),
 * its co-editors, and the staff (organizers and judges) of every contest whose draw rules name
 * it. `bank` is the bank id expression, `user` the user id expression.
 */
export function bankReaderSql(bank: string, user: string): string {
  return `(EXISTS (SELECT 1 FROM question_banks ob WHERE ob.id = ${bank} AND ob.created_by_id = ${user})
    OR EXISTS (SELECT 1 FROM question_bank_editors be WHERE be.bank_id = ${bank} AND be.user_id = ${user})
    OR EXISTS (SELECT 1 FROM contests dc JOIN contest_staff ds ON ds.contest_id = dc.id
                WHERE ds.user_id = ${user} AND ${drawsFromSql('dc', bank)}))`;
}

export interface BankEditorRow {
  userId: string;
  fullName: string;
  addedAt: Date;
}

/** A published contest with a round open now that draws from a bank. */
export interface RunningContestRow {
  contestId: string;
  title: string;
  /** Whether the editing user is one of its organizers. */
  organizer: boolean;
}

/** The SQL of bank access lists. Rules live in BankAccessService. */
@Injectable()
export class BankAccessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The bank's owner id (null when none is recorded), or undefined when there is no such bank. */
  async owner(bankId: string): Promise<string | null | undefined> {
    const rows = await this.dataSource.query<Array<{ created_by_id: string | null }>>(
      'SELECT created_by_id FROM question_banks WHERE id = $1',
      [bankId],
    );
    return rows.length ? rows[0].created_by_id : undefined;
  }

  /** Which of these banks the user may read (administrators are not special here). */
  async readable(bankIds: readonly string[], userId: string): Promise<Set<string>> {
    if (!bankIds.length) return new Set();
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT b.id FROM unnest($1::uuid[]) AS b(id) WHERE ${bankReaderSql('b.id', '$2::uuid')}`,
      [bankIds, userId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Which of these banks exist. */
  async existing(bankIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM question_banks WHERE id = ANY($1::uuid[])',
      [bankIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** The bank of a question, or undefined. */
  async bankOfQuestion(questionId: string): Promise<string | undefined> {
    const rows = await this.dataSource.query<Array<{ bank_id: string }>>(
      'SELECT bank_id FROM questions WHERE id = $1',
      [questionId],
    );
    return rows[0]?.bank_id;
  }

  /** The uploader of an import preview of this bank, or undefined when there is none. */
  async previewUploader(bankId: string, previewId: string): Promise<string | null | undefined> {
    const rows = await this.dataSource.query<Array<{ created_by_id: string | null }>>(
      'SELECT created_by_id FROM question_imports WHERE id = $1 AND bank_id = $2',
      [previewId, bankId],
    );
    return rows.length ? rows[0].created_by_id : undefined;
  }

  /**
   * Everyone who can read any of these banks, administrators aside: owners, co-editors, and the
   * staff of every contest drawing from one of them — those of them whose role opens the bank
   * routes (organizers, administrators); a participant on a contest's staff reads no bank.
   */
  async readersOf(bankIds: readonly string[]): Promise<Set<string>> {
    if (!bankIds.length) return new Set();
    const rows = await this.dataSource.query<Array<{ user_id: string }>>(
      `WITH listed AS (
         SELECT created_by_id AS user_id FROM question_banks
          WHERE id = ANY($1::uuid[]) AND created_by_id IS NOT NULL
         UNION
         SELECT user_id FROM question_bank_editors WHERE bank_id = ANY($1::uuid[])
         UNION
         SELECT s.user_id FROM contests c JOIN contest_staff s ON s.contest_id = c.id
          WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(c.draw_rules) r
                         WHERE lower(r->>'bankId') = ANY($1::text[]))
       )
       SELECT l.user_id FROM listed l JOIN users u ON u.id = l.user_id
        WHERE u.roles && ARRAY['organizer', 'admin']::text[]`,
      [bankIds],
    );
    return new Set(rows.map((r) => r.user_id));
  }

  async editors(bankId: string): Promise<BankEditorRow[]> {
    return this.dataSource.query<BankEditorRow[]>(
      `SELECT e.user_id AS "userId", u.full_name AS "fullName", e.created_at AS "addedAt"
         FROM question_bank_editors e JOIN users u ON u.id = e.user_id
        WHERE e.bank_id = $1 ORDER BY e.created_at, e.user_id`,
      [bankId],
    );
  }

  /** The bank's owner with their name, or null when none is recorded (or the bank is unknown). */
  async ownerProfile(bankId: string): Promise<{ userId: string; fullName: string } | null> {
    const rows = await this.dataSource.query<Array<{ userId: string; fullName: string }>>(
      `SELECT u.id AS "userId", u.full_name AS "fullName"
         FROM question_banks b JOIN users u ON u.id = b.created_by_id
        WHERE b.id = $1`,
      [bankId],
    );
    return rows[0] ?? null;
  }

  /** The id of the organizer or administrator with this e-mail (any case), if there is one. */
  async organizerByEmail(email: string): Promise<string | undefined> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM users
        WHERE lower(email) = lower($1) AND roles && ARRAY['organizer', 'admin']::text[]`,
      [email.trim()],
    );
    return rows[0]?.id;
  }

  /** The user's roles, or undefined when there is no such user. */
  async userRoles(userId: string): Promise<string[] | undefined> {
    const rows = await this.dataSource.query<Array<{ roles: string[] }>>(
      'SELECT roles FROM users WHERE id = $1',
      [userId],
    );
    return rows[0]?.roles;
  }

  /** Adds a co-editor (no-op when already one). */
  async addEditor(bankId: string, userId: string, addedById: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO question_bank_editors (bank_id, user_id, added_by_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [bankId, userId, addedById],
    );
  }

  async removeEditor(bankId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM question_bank_editors WHERE bank_id = $1 AND user_id = $2',
      [bankId, userId],
    );
  }

  /**
   * The published contests drawing from this bank whose rounds have begun and not all ended
   * ("running"), and whether the user organizes each.
   */
  async runningContestsDrawing(
    manager: EntityManager,
    bankId: string,
    userId: string,
  ): Promise<RunningContestRow[]> {
    return manager.query<RunningContestRow[]>(
      `SELECT c.id AS "contestId", c.title,
              EXISTS (SELECT 1 FROM contest_staff s
                       WHERE s.contest_id = c.id AND s.user_id = $2 AND s.role = 'organizer') AS organizer
         FROM contests c
        WHERE c.status = 'published'
          AND ${drawsFromSql('c', '$1::uuid')}
          AND EXISTS (SELECT 1 FROM rounds r WHERE r.contest_id = c.id AND r.opens_at <= now())
          AND EXISTS (SELECT 1 FROM rounds r WHERE r.contest_id = c.id AND r.closes_at > now())`,
      [bankId, userId],
    );
  }

  /** An audited edit of a question that running contests draw (one row per contest). */
  async auditQuestionEdit(
    manager: EntityManager,
    actorId: string,
    contestIds: readonly string[],
    details: Record<string, unknown>,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (actor_id, action, contest_id, details)
       SELECT $1, 'question.edit', c, $3::jsonb FROM unnest($2::uuid[]) AS c`,
      [actorId, contestIds, JSON.stringify(details)],
    );
  }
}
