import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type CollectiveWeights, DEFAULT_COLLECTIVE_WEIGHTS } from '../rules/collective-score';

export interface ReportSettings {
  organizationName: string;
  weights: CollectiveWeights;
}

/** A contest's report settings (table `contest_report_settings`); defaults when no row. */
@Injectable()
export class ReportSettingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(contestId: string): Promise<ReportSettings> {
    const [row]: Array<{
      organization_name: string;
      participation_weight: string;
      prize_weight: string;
      average_score_weight: string;
    }> = await this.dataSource.query(
      `SELECT organization_name, participation_weight, prize_weight, average_score_weight
       FROM contest_report_settings WHERE contest_id = $1`,
      [contestId],
    );
    if (!row) return { organizationName: '', weights: { ...DEFAULT_COLLECTIVE_WEIGHTS } };
    return {
      organizationName: row.organization_name,
      weights: {
        participation: Number(row.participation_weight),
        prizes: Number(row.prize_weight),
        averageScore: Number(row.average_score_weight),
      },
    };
  }

  async save(contestId: string, settings: ReportSettings): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO contest_report_settings
         (contest_id, organization_name, participation_weight, prize_weight, average_score_weight)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (contest_id) DO UPDATE SET organization_name = EXCLUDED.organization_name,
         participation_weight = EXCLUDED.participation_weight,
         prize_weight = EXCLUDED.prize_weight,
         average_score_weight = EXCLUDED.average_score_weight, updated_at = now()`,
      [
        contestId,
        settings.organizationName,
        settings.weights.participation,
        settings.weights.prizes,
        settings.weights.averageScore,
      ],
    );
  }
}
