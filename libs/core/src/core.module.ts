import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { MetricsService } from './metrics/metrics.service';

/**
 * Makes the validated configuration injectable everywhere as `@Inject(APP_CONFIG)`, and the
 * instance's metrics registry as `MetricsService`.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [{ provide: APP_CONFIG, useValue: config }, MetricsService],
      exports: [APP_CONFIG, MetricsService],
    };
  }
}
