import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** The SQL of contests and rounds that is not a plain entity read or write. */
@Injectable()
export class ContestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async userExists(userId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>('SELECT 1 FROM users WHERE id = $1', [
      userId,
    ]);
    return rows.length > 0;
  }

  /** Has anyone taken one of these rounds (attempts keep their round forever)? */
  async anyAttemptIn(manager: EntityManager, roundIds: readonly string[]): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM attempts WHERE round_id = ANY($1) LIMIT 1',
      [roundIds],
    );
    return rows.length > 0;
  }

  /** Moves the contest's round positions out of the way: (contest_id, position) is unique. */
  async shiftRoundPositions(manager: EntityManager, contestId: string): Promise<void> {
    await manager.query('UPDATE rounds SET position = position + 1000 WHERE contest_id = $1', [
      contestId,
    ]);
  }
}
