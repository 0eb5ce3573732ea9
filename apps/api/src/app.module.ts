import { type DynamicModule, Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AccountsModule } from '@app/accounts';
import { type AppConfig, CoreModule } from '@app/core';
import { DatabaseModule, RedisModule } from '@app/database';
import { DemoModule } from '@app/demo';
import { AccountsApiModule } from './accounts/accounts-api.module';
import { AttemptsApiModule } from './attempts/attempts-api.module';
import { ContestsApiModule } from './contests/contests-api.module';
import { DatabaseHealthRepository } from './health/database-health.repository';
import { DrainState } from './health/drain-state';
import { HealthController } from './health/health.controller';
import { PingController } from './health/ping.controller';
import { IntegrityApiModule } from './integrity/integrity-api.module';
import { JudgingApiModule } from './judging/judging-api.module';
import { LeaderboardApiModule } from './leaderboard/leaderboard-api.module';
import { AppMetrics } from './metrics/app-metrics';
import { QuestionBankApiModule } from './question-bank/question-bank-api.module';
import { CertificatesApiModule } from './certificates/certificates-api.module';
import { ReportsApiModule } from './reports/reports-api.module';
import { SharingApiModule } from './sharing/sharing-api.module';
import { UnitsApiModule } from './units/units-api.module';
import { WebModule } from './web/web.module';

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
        EventEmitterModule.forRoot({ wildcard: false, ignoreErrors: false }),
        AccountsModule,
        AccountsApiModule,
        UnitsApiModule,
        QuestionBankApiModule,
        ContestsApiModule,
        AttemptsApiModule,
        JudgingApiModule,
        LeaderboardApiModule,
        IntegrityApiModule,
        ReportsApiModule,
        SharingApiModule,
        CertificatesApiModule,
        DemoModule,
        WebModule,
      ],
      controllers: [HealthController, PingController],
      providers: [DatabaseHealthRepository, DrainState, AppMetrics],
    };
  }
}
