export { dataSourceOptions } from './data-source-options';
export { DatabaseModule } from './database.module';
export {
  EmbeddedPostgresError,
  freePort,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from './embedded-postgres';
export { runMigrationsLocked } from './run-migrations';
export { REDIS_CLIENT, RedisModule, createRedisClient } from './redis.module';
export { ensureDatabase } from './ensure-database';
export { isForeignKeyViolation, isUniqueViolation, queryRows } from './sql';
