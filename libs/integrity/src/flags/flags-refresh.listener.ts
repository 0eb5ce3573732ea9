import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { RESULTS_COMPUTING_EVENT, type RoundEvent } from '@app/judging';
import { FlagsService } from './flags.service';

/** Refreshes a round's flags just before its results are computed, so that they carry them. */
@Injectable()
export class FlagsRefreshListener {
  constructor(private readonly flags: FlagsService) {}

  @OnEvent(RESULTS_COMPUTING_EVENT)
  async onResultsComputing(event: RoundEvent): Promise<void> {
    await this.flags.computeForRound(event.roundId);
  }
}
