import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { unitSubtreeSql } from '@app/units';
import { DataSource } from 'typeorm';
import type { PrizeKind } from '../rules/prizes';

export interface RankedUnitRow {
  id: string;
  name: string;
  parent_id: string | null;
  member_count: number;
}

/** SQL of the collective ranking: the units in scope, who took part, who won. */
@Injectable()
export class UnitRankingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hasFinalizedRound(contestId: string): Promise<boolean> {
    const [{ finalized }] = await this.dataSource.query<Array<{ finalized: boolean }>>(
      'SELECT EXISTS (SELECT 1 FROM round_results WHERE contest_id = $1 AND finalized_at IS NOT NULL) AS finalized',
      [contestId],
    );
    return finalized;
  }

  /** The eligible units and their subtrees; every unit when `eligibleUnitIds` is null. */
  async unitsInScope(eligibleUnitIds: string[] | null): Promise<RankedUnitRow[]> {
    return this.dataSource.query<RankedUnitRow[]>(
      `WITH RECURSIVE ${unitSubtreeSql('scope', '$1::uuid[] IS NULL OR id = ANY($1::uuid[])')}
       SELECT u.id, u.name, u.parent_id, u.member_count FROM units u WHERE u.id IN (SELECT id FROM scope)`,
      [eligibleUnitIds],
    );
  }

  async participants(contestId: string): Promise<Array<{ user_id: string; unit_id: string }>> {
    return this.dataSource.query<Array<{ user_id: string; unit_id: string }>>(
      `SELECT DISTINCT s.user_id, u.unit_id FROM round_standings s
       JOIN rounds r ON r.id = s.round_id JOIN users u ON u.id = s.user_id
       WHERE r.contest_id = $1 AND u.unit_id IS NOT NULL`,
      [contestId],
    );
  }

  async finalizedPrizes(contestId: string): Promise<Array<{ user_id: string; prize: PrizeKind }>> {
    return this.dataSource.query<Array<{ user_id: string; prize: PrizeKind }>>(
      `SELECT e.user_id, e.prize FROM round_result_entries e JOIN round_results r ON r.round_id = e.round_id
       WHERE r.contest_id = $1 AND r.finalized_at IS NOT NULL AND e.prize IS NOT NULL`,
      [contestId],
    );
  }
}
