import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  /** Entity classes or globs; Nest feature modules add theirs through autoLoadEntities. */
  entities?: DataSourceOptions['entities'];
  applicationName?: string;
}

/** The options used by the app, the tests and the migration scripts alike. */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities ?? [],
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    applicationName: settings.applicationName ?? 'hoithi',
    extra: {
      max: settings.poolSize ?? 20,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      // A statement that hangs (lock wait, dead database) must not hold a request forever.
      statement_timeout: 30000,
    },
  };
}
