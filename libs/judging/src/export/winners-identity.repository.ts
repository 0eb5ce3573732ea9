import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface WinnerIdentityRow {
  roundPosition: number;
  roundTitle: string;
  rank: number | null;
  prize: string;
  userId: string;
  fullName: string;
  unitName: string | null;
  email: string;
  phone: string | null;
  nationalIdLast4: string | null;
  nationalIdConfirmedAt: Date | null;
}

/** SQL of the winners' identity list (docs/identity.md). */
@Injectable()
export class WinnersIdentityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The prize winners of every round of the contest with computed results, in round and rank order. */
  async winners(contestId: string): Promise<WinnerIdentityRow[]> {
    const rows = await this.dataSource.query<
      Array<{
        position: number;
        title: string;
        rank: number | null;
        prize: string;
        user_id: string;
        full_name: string;
        unit_name: string | null;
        email: string;
        phone: string | null;
        national_id_last4: string | null;
        national_id_confirmed_at: Date | null;
      }>
    >(
      `SELECT r.position, r.title, e.rank, e.prize, e.user_id, u.full_name, un.name AS unit_name,
              u.email, u.phone, u.national_id_last4, u.national_id_confirmed_at
       FROM round_result_entries e
       JOIN rounds r ON r.id = e.round_id
       JOIN users u ON u.id = e.user_id
       LEFT JOIN units un ON un.id = u.unit_id
       WHERE r.contest_id = $1 AND e.prize IS NOT NULL
       ORDER BY r.position, e.position`,
      [contestId],
    );
    return rows.map((r) => ({
      roundPosition: r.position,
      roundTitle: r.title,
      rank: r.rank,
      prize: r.prize,
      userId: r.user_id,
      fullName: r.full_name,
      unitName: r.unit_name,
      email: r.email,
      phone: r.phone,
      nationalIdLast4: r.national_id_last4,
      nationalIdConfirmedAt: r.national_id_confirmed_at
        ? new Date(r.national_id_confirmed_at)
        : null,
    }));
  }
}
