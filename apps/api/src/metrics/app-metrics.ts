import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { AnswersService } from '@app/attempts';
import { APP_CONFIG, type AppConfig, MetricsService } from '@app/core';
import { Counter, Gauge, Histogram } from 'prom-client';
import { DataSource } from 'typeorm';
import { LiveGateway } from '../leaderboard/live.gateway';

/** The part of a node-postgres pool the gauges read. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * HoiThi's own metrics beside the HTTP histogram (docs/operations.md): sockets on this instance,
 * the answer batcher (queue, statement latency and size), the database pool. Gauges are read at
 * scrape time; nothing is registered when metrics are off.
 */
@Injectable()
export class AppMetrics implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
    private readonly moduleRef: ModuleRef,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    if (!this.metrics.enabled) return;
    const registers = [this.metrics.registry];

    const gateway = this.moduleRef.get(LiveGateway, { strict: false });
    new Gauge({
      name: 'hoithi_socketio_connections',
      help: 'socket.io connections open on this instance (namespace /live)',
      registers,
      collect() {
        this.set(gateway.connectedSockets());
      },
    });

    const answers = this.moduleRef.get(AnswersService, { strict: false });
    new Gauge({
      name: 'hoithi_answer_batcher_waiting',
      help: 'Answer saves waiting for a statement on this instance',
      registers,
      collect() {
        this.set(answers.batchStats().waiting);
      },
    });
    new Gauge({
      name: 'hoithi_answer_batcher_running',
      help: 'Answer-save statements being written now on this instance',
      registers,
      collect() {
        this.set(answers.batchStats().running);
      },
    });
    const flushSeconds = new Histogram({
      name: 'hoithi_answer_batch_duration_seconds',
      help: 'Duration of one answer-save statement (queue excluded)',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    const batchSize = new Histogram({
      name: 'hoithi_answer_batch_size',
      help: 'Answer saves written by one statement',
      buckets: [1, 2, 5, 10, 20, 50, 100, 200],
      registers,
    });
    const saves = new Counter({
      name: 'hoithi_answer_saves_total',
      help: 'Answer saves sent to the database (written or refused)',
      registers,
    });
    answers.onBatch((size, seconds) => {
      flushSeconds.observe(seconds);
      batchSize.observe(size);
      saves.inc(size);
    });

    const pool = (this.dataSource.driver as unknown as { master?: PoolCounts }).master;
    const poolGauge = (name: string, help: string, read: (p: PoolCounts) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(pool ? read(pool) : 0);
        },
      });
    poolGauge(
      'hoithi_db_pool_connections',
      'PostgreSQL connections open in the pool',
      (p) => p.totalCount,
    );
    poolGauge('hoithi_db_pool_idle', 'Idle PostgreSQL connections in the pool', (p) => p.idleCount);
    poolGauge(
      'hoithi_db_pool_waiting',
      'Queries waiting for a free PostgreSQL connection',
      (p) => p.waitingCount,
    );
    new Gauge({
      name: 'hoithi_db_pool_max',
      help: 'Most PostgreSQL connections the pool may open (DB_POOL_SIZE)',
      registers,
    }).set(this.config.database.poolSize);
  }
}
