import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * The anomaly flags of attempts, for the results' `flags` column. The fairness toolkit
 * (libs/integrity) computes them into `attempt_flags`; this reads them.
 */
@Injectable()
export class AttemptFlagsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forAttempts(
    attemptIds: readonly string[],
    em?: EntityManager,
  ): Promise<Map<string, string[]>> {
    const flags = new Map<string, string[]>();
    if (attemptIds.length === 0) return flags;
    const rows = await (em ?? this.dataSource.manager).query<
      Array<{ attempt_id: string; kind: string }>
    >(
      'SELECT DISTINCT attempt_id, kind FROM attempt_flags WHERE attempt_id = ANY($1::uuid[]) ORDER BY attempt_id, kind',
      [attemptIds],
    );
    for (const row of rows) {
      const list = flags.get(row.attempt_id);
      if (list) list.push(row.kind);
      else flags.set(row.attempt_id, [row.kind]);
    }
    return flags;
  }
}
