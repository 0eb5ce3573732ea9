import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { type AppConfig, AppLogger, loadConfig, setupApp } from '@app/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { createTestDatabase } from '../setup/test-database';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  baseUrl: string;
  dataSource: DataSource;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * The real application (same module, same `setupApp()`), on a random port, against its own fresh
 * database cloned from the migrated template. `env` overrides environment variables.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  return startTestApp(database.url, env, () => database.drop());
}

/**
 * Another instance of the application on the database of an existing test app (multi-instance
 * tests: give both the same REDIS_URL). Closing it leaves the database to its owner.
 */
export function createTestAppOn(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<TestApp> {
  return startTestApp(databaseUrl, env, async () => undefined);
}

async function startTestApp(
  databaseUrl: string,
  env: Record<string, string>,
  dropDatabase: () => Promise<void>,
): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoithi-test-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    SEED_DEMO: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    DB_POOL_SIZE: '5',
    // Every test client is 127.0.0.1: per-IP sign-in limits out of the way unless a test sets them.
    RATE_LIMIT_LOGIN: '1000000',
    RATE_LIMIT_REGISTER: '1000000',
    RATE_LIMIT_FORGOT_PASSWORD: '1000000',
    RATE_LIMIT_REFRESH: '1000000',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ config, databaseUrl })],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    logger: new AppLogger('pretty', config.logLevel),
  });
  setupApp(app, config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    config,
    baseUrl: `http://127.0.0.1:${address.port}`,
    dataSource: app.get(DataSource),
    databaseUrl,
    close: async () => {
      await app.close();
      await dropDatabase();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
