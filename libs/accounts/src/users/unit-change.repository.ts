import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The SQL behind the rule that locks one's own unit while a contest one entered runs. */
@Injectable()
export class UnitChangeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The title of a published contest the user has an attempt in whose rounds are running (one
   * has opened and not every one has closed), or undefined.
   */
  async runningContestEntered(userId: string): Promise<string | undefined> {
    const rows = await this.dataSource.query<Array<{ title: string }>>(
      `SELECT c.title FROM contests c
        WHERE c.status = 'published'
          AND EXISTS (SELECT 1 FROM attempts a WHERE a.contest_id = c.id AND a.user_id = $1)
          AND EXISTS (SELECT 1 FROM rounds r WHERE r.contest_id = c.id AND r.opens_at <= now())
          AND EXISTS (SELECT 1 FROM rounds r WHERE r.contest_id = c.id AND r.closes_at > now())
        LIMIT 1`,
      [userId],
    );
    return rows[0]?.title;
  }
}
