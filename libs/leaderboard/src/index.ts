export * from './dto/leaderboard-entry.dto';
export * from './dto/leaderboard-query.dto';
export * from './dto/leaderboard.dto';
export * from './dto/my-rank-query.dto';
export * from './dto/my-rank.dto';
export * from './dto/round-stats.dto';
export * from './dto/subscribe-board.dto';
export * from './entities/frozen-standing.entity';
export * from './entities/leaderboard-freeze.entity';
export * from './leaderboard-signals.service';
export * from './leaderboard.events';
export * from './leaderboard.module';
export * from './leaderboard.service';
export * from './live-boards.service';
export * from './rules/board-room';
export * from './rules/live-signal';
export {
  BOARD_INDEX_COLUMNS,
  boardOrderSql,
  compareStandings,
  type StandingKey,
  tieBreakAboveSql,
} from './rules/rank-key';
