import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  FLAG_THRESHOLDS_CHANGED,
  type FlagThresholdsChangedEvent,
  RoundEntity,
} from '@app/contests';
import { AuditLogService } from '@app/judging';
import { DataSource, LessThanOrEqual, Repository } from 'typeorm';
import { FlagsService } from './flags.service';

/**
 * A contest's flag thresholds changed: the change is audited (before and after) and the flags of
 * every round that has opened are evaluated again with the new thresholds.
 */
@Injectable()
export class FlagThresholdsListener {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(RoundEntity) private readonly rounds: Repository<RoundEntity>,
    private readonly audit: AuditLogService,
    private readonly flags: FlagsService,
  ) {}

  @OnEvent(FLAG_THRESHOLDS_CHANGED, { suppressErrors: false })
  async onChanged(event: FlagThresholdsChangedEvent): Promise<void> {
    const rounds = await this.rounds.find({
      where: { contestId: event.contestId, opensAt: LessThanOrEqual(new Date()) },
      order: { position: 'ASC' },
    });
    for (const round of rounds) await this.flags.computeForRound(round.id);
    await this.dataSource.transaction((em) =>
      this.audit.record(em, {
        actorId: event.actorId,
        action: 'contest.flag_thresholds',
        contestId: event.contestId,
        details: {
          before: event.before,
          after: event.after,
          reevaluatedRounds: rounds.map((r) => r.id),
        },
      }),
    );
  }
}
