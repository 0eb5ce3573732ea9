export { LeaderboardQueryDto } from './dto/leaderboard-query.dto';
export { LeaderboardDto } from './dto/leaderboard.dto';
export { MyRankQueryDto } from './dto/my-rank-query.dto';
export { MyRankDto } from './dto/my-rank.dto';
export { RoundStatsDto } from './dto/round-stats.dto';
export { SubscribeBoardDto } from './dto/subscribe-board.dto';
export { LeaderboardSignalsService } from './leaderboard-signals.service';
export {
  LEADERBOARD_OUTBOX,
  LEADERBOARD_RELAY,
  type LeaderboardOutboxMessage,
} from './leaderboard.events';
export { LeaderboardModule } from './leaderboard.module';
export { LeaderboardService } from './leaderboard.service';
export { LiveBoardsService } from './live-boards.service';
export { boardRoom, parseBoardRoom } from './rules/board-room';
export {
  BOARD_INDEX_COLUMNS,
  boardOrderSql,
  compareStandings,
  type StandingKey,
  tieBreakAboveSql,
} from './rules/rank-key';
