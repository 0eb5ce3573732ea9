import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** SQL of the national ID columns of `users`. */
@Injectable()
export class NationalIdRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async birthYear(userId: string): Promise<number | null | undefined> {
    const rows = await this.dataSource.query<Array<{ birth_year: number | null }>>(
      'SELECT birth_year FROM users WHERE id = $1',
      [userId],
    );
    return rows.length ? rows[0].birth_year : undefined;
  }

  async store(
    userId: string,
    value: { cipher: string; hash: string; last4: string },
  ): Promise<Date> {
    // An UPDATE … RETURNING answers [rows, affected count] through TypeORM.
    const [rows] = await this.dataSource.query<[Array<{ confirmed_at: Date }>, number]>(
      `UPDATE users SET national_id_cipher = $2, national_id_hash = $3, national_id_last4 = $4,
              national_id_confirmed_at = now(), updated_at = now()
       WHERE id = $1 RETURNING national_id_confirmed_at AS confirmed_at`,
      [userId, value.cipher, value.hash, value.last4],
    );
    return rows[0].confirmed_at;
  }

  /** The stored ciphertexts of these accounts (admins' full export). */
  async ciphers(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<{ id: string; national_id_cipher: string }>>(
      `SELECT id, national_id_cipher FROM users
       WHERE id = ANY($1::uuid[]) AND national_id_cipher IS NOT NULL`,
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, r.national_id_cipher]));
  }
}
