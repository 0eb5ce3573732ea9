import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { queryRows } from '@app/database';
import type { AccessState } from './revocation-list';

/** A deleted user's tokens carry no version that is high enough. */
const DELETED_VERSION = 2_147_483_647;

/** The SQL of taking access away: token versions, the disabled flag, deleted users. */
@Injectable()
export class UserAccessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Every access change written after `since` (null: in the last `windowSec` seconds), with the
   * database's clock now, for the next call.
   */
  async changedSince(
    since: Date | null,
    windowSec: number,
  ): Promise<{ states: AccessState[]; now: Date }> {
    const [row] = await queryRows<{
      now: Date;
      states: Array<{
        user_id: string;
        token_version: number;
        revoked: boolean;
        changed_at: string;
      }>;
    }>(
      this.dataSource.manager,
      `WITH since AS (
         SELECT coalesce($1::timestamptz, now() - $2 * interval '1 second') AS at
       ), changes AS (
         SELECT u.id AS user_id, u.token_version, u.disabled_at IS NOT NULL AS revoked,
                u.access_changed_at AS changed_at
           FROM users u, since WHERE u.access_changed_at > since.at
         UNION ALL
         SELECT d.user_id, ${DELETED_VERSION}, true, d.deleted_at
           FROM deleted_users d, since WHERE d.deleted_at > since.at
       )
       SELECT now() AS now,
              coalesce((SELECT json_agg(changes) FROM changes), '[]'::json) AS states`,
      [since, windowSec],
    );
    const states = row.states.map((r) => ({
      userId: r.user_id,
      tokenVersion: Number(r.token_version),
      revoked: r.revoked,
      changedAt: new Date(r.changed_at),
    }));
    return { states, now: new Date(row.now) };
  }

  /**
   * Ends every token already issued to this user (a new version), optionally disabling or
   * enabling the account too. Returns false when the user does not exist.
   */
  async revoke(
    manager: EntityManager,
    userId: string,
    changes: { roles?: string[]; disabled?: boolean } = {},
  ): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `UPDATE users SET token_version = token_version + 1,
              roles = coalesce($2::text[], roles),
              disabled_at = CASE WHEN $3::boolean IS NULL THEN disabled_at
                                 WHEN $3 THEN coalesce(disabled_at, now()) ELSE NULL END,
              access_changed_at = clock_timestamp(), updated_at = now()
        WHERE id = $1
        RETURNING id`,
      [userId, changes.roles ?? null, changes.disabled ?? null],
    );
    return rows.length > 0;
  }
}
