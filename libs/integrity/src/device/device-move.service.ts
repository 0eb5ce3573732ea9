import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AttemptDto, AttemptsService, isPastGrace } from '@app/attempts';
import { APP_CONFIG, type AppConfig, AppException, ErrorCode } from '@app/core';
import { DataSource } from 'typeorm';
import { DeviceMoveRepository } from './device-move.repository';

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
    private readonly repository: DeviceMoveRepository,
  ) {}

  async moveHere(
    attemptId: string,
    userId: string,
    deviceId: string | undefined,
    meta: MoveMeta,
  ): Promise<AttemptDto> {
    const target = deviceId ?? `t-${randomBytes(16).toString('base64url')}`;
    await this.dataSource.transaction(async (em) => {
      const row = await this.repository.lockOwned(em, attemptId, userId);
      if (!row) throw AppException.notFound('Không tìm thấy lượt thi');
      if (
        row.status !== 'in_progress' ||
        isPastGrace(new Date(row.now), new Date(row.deadline_at), this.config.attempts.graceSeconds)
      ) {
        throw AppException.conflict(ErrorCode.ATTEMPT_CLOSED, 'Lượt thi đã kết thúc');
      }
      if (row.device_id === target) return;
      await this.repository.move(em, {
        attemptId,
        from: row.device_id,
        to: target,
        ip: meta.ip?.slice(0, 100) ?? null,
        userAgent: meta.userAgent?.slice(0, 500) ?? null,
      });
    });
    const view = await this.attempts.get(attemptId, userId, target);
    if (!deviceId) view.deviceToken = target;
    return view;
  }
}
