import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AttemptDto, AttemptsService, isPastGrace } from '@app/attempts';
import { APP_CONFIG, type AppConfig, AppException, ErrorCode } from '@app/core';
import { DataSource } from 'typeorm';

export interface MoveMeta {
  ip?: string;
  userAgent?: string;
}

/**
 * "Chuyển sang thiết bị này": the owner rebinds an in-progress attempt to the device calling.
 * Every move is recorded (`attempt_device_moves`) and becomes a `second_device` flag; from then
 * on the previous device's saves are refused. Moving to the device already bound changes nothing.
 */
@Injectable()
export class DeviceMoveService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attempts: AttemptsService,
  ) {}

  async moveHere(
    attemptId: string,
    userId: string,
    deviceId: string | undefined,
    meta: MoveMeta,
  ): Promise<AttemptDto> {
    const target = deviceId ?? `t-${randomBytes(16).toString('base64url')}`;
    await this.dataSource.transaction(async (em) => {
      const rows = await em.query<
        Array<{ status: string; deadline_at: Date; device_id: string | null; now: Date }>
      >(
        `SELECT status, deadline_at, device_id, clock_timestamp() AS now FROM attempts
         WHERE id = $1 AND user_id = $2 FOR UPDATE`,
        [attemptId, userId],
      );
      const row = rows[0];
      if (!row) throw AppException.notFound('Không tìm thấy lượt thi');
      if (
        row.status !== 'in_progress' ||
        isPastGrace(new Date(row.now), new Date(row.deadline_at), this.config.attempts.graceSeconds)
      ) {
        throw AppException.conflict(ErrorCode.ATTEMPT_CLOSED, 'Lượt thi đã kết thúc');
      }
      if (row.device_id === target) return;
      await em.query('UPDATE attempts SET device_id = $2 WHERE id = $1', [attemptId, target]);
      await em.query(
        `INSERT INTO attempt_device_moves (attempt_id, from_device_id, to_device_id, ip, user_agent, moved_at)
         VALUES ($1, $2, $3, $4, $5, now())`,
        [
          attemptId,
          row.device_id,
          target,
          meta.ip?.slice(0, 100) ?? null,
          meta.userAgent?.slice(0, 500) ?? null,
        ],
      );
    });
    const view = await this.attempts.get(attemptId, userId, target);
    if (!deviceId) view.deviceToken = target;
    return view;
  }
}
