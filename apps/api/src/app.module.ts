import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { type AppConfig, CoreModule } from '@app/core';
import { DatabaseModule, RedisModule } from '@app/database';
import { HealthController } from './health/health.controller';

export interface AppModuleOptions {
  config: AppConfig;
  /** The resolved database URL (the embedded server's when DATABASE_URL is unset). */
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        DatabaseModule.forRoot({ url: databaseUrl, poolSize: config.database.poolSize }),
        RedisModule.forRoot(config.redis.url),
        AccountsModule,
      ],
      controllers: [HealthController],
    };
  }
}
