import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContestsModule } from '@app/contests';
import { UnitsModule } from '@app/units';
import { BoardAccessService } from './board-access.service';
import { FrozenStandingEntity } from './entities/frozen-standing.entity';
import { LeaderboardFreezeEntity } from './entities/leaderboard-freeze.entity';
import { FreezeRepository } from './freeze.repository';
import { FreezeService } from './freeze.service';
import { LeaderboardSignalsService } from './leaderboard-signals.service';
import { LeaderboardService } from './leaderboard.service';
import { LiveBoardsService } from './live-boards.service';
import { RankIndexCache } from './rank-index.cache';
import { RoundInfoCache } from './round-info.cache';
import { StandingsRepository } from './standings.repository';

@Module({
  imports: [
    TypeOrmModule.forFeature([LeaderboardFreezeEntity, FrozenStandingEntity]),
    ContestsModule,
    UnitsModule,
  ],
  providers: [
    StandingsRepository,
    FreezeRepository,
    RankIndexCache,
    RoundInfoCache,
    FreezeService,
    BoardAccessService,
    LeaderboardService,
    LiveBoardsService,
    LeaderboardSignalsService,
  ],
  exports: [LeaderboardService, LiveBoardsService, LeaderboardSignalsService],
})
export class LeaderboardModule {}
