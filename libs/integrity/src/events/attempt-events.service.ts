import { Inject, Injectable } from '@nestjs/common';
import { AttemptsRepository, refusedWriteError } from '@app/attempts';
import { APP_CONFIG, type AppConfig } from '@app/core';
import type { RecordEventsDto } from '../dto/record-events.dto';
import type { RecordEventsResultDto } from '../dto/record-events-result.dto';
import { AttemptEventsRepository } from './attempt-events.repository';
import { EVENTS_PER_ATTEMPT } from './event-types';

/**
 * Page signals of an attempt, stored in one statement (`AttemptEventsRepository.record`) up to
 * the per-attempt cap; a refused batch answers why, as a refused save does.
 */
@Injectable()
export class AttemptEventsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly attempts: AttemptsRepository,
    private readonly repository: AttemptEventsRepository,
  ) {}

  async record(
    attemptId: string,
    userId: string,
    dto: RecordEventsDto,
    deviceId?: string,
  ): Promise<RecordEventsResultDto> {
    const types = dto.events.map((e) => e.type);
    const accepted = await this.repository.record({
      attemptId,
      userId,
      deviceId: deviceId ?? null,
      graceSeconds: this.config.attempts.graceSeconds,
      types,
      ats: dto.events.map((e) => new Date(e.at).toISOString()),
      cap: EVENTS_PER_ATTEMPT,
    });
    if (accepted === null) {
      throw await refusedWriteError(this.attempts, {
        attemptId,
        userId,
        deviceId,
        graceSeconds: this.config.attempts.graceSeconds,
      });
    }
    return { accepted, dropped: types.length - accepted };
  }
}
