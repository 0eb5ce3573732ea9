import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { runMigrationsLocked } from './run-migrations';

export interface DatabaseModuleOptions {
  url: string;
  poolSize: number;
}

/** TypeORM on PostgreSQL; migrations run (under an advisory lock) before anything uses the pool. */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions({ url: options.url, poolSize: options.poolSize }),
            autoLoadEntities: true,
            retryAttempts: 3,
            retryDelay: 1000,
          }),
          dataSourceFactory: async (dsOptions?: DataSourceOptions) => {
            const dataSource = await new DataSource(dsOptions as DataSourceOptions).initialize();
            const applied = await runMigrationsLocked(dataSource);
            if (applied.length)
              new Logger('Database').log(`applied migrations: ${applied.join(', ')}`);
            return dataSource;
          },
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
