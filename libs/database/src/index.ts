export * from './data-source-options';
export * from './database.module';
export * from './embedded-postgres';
export * from './run-migrations';
export * from './snake-naming.strategy';
export * from './redis.module';
export * from './ensure-database';
export * from './sql';
