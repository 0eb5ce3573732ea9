import * as net from 'node:net';
import * as path from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type AppConfig, AppLogger, loadOrCreateSecrets, setupApp } from '@app/core';
import { type EmbeddedDatabase, ensureDatabase, startEmbeddedPostgres } from '@app/database';
import { AppModule } from './app.module';

/** A reason not to start that the operator can act on: printed as one line, no stack. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Fails fast (before starting a database) when the HTTP port is taken. */
async function assertPortFree(port: number, host?: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(
              `Port ${port} is already in use (is HoiThi already running?). Stop the other ` +
                `program or choose another port with PORT=…`,
            )
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

export interface RunningApp {
  app: NestExpressApplication;
  embedded?: EmbeddedDatabase;
  close(): Promise<void>;
}

/**
 * Starts HoiThi: secrets, the embedded PostgreSQL when no DATABASE_URL is given, the Nest app.
 * `close()` shuts down in order: stop accepting requests and finish in-flight ones, close the
 * pool, then stop PostgreSQL.
 */
export async function bootstrap(config: AppConfig): Promise<RunningApp> {
  const logger = new AppLogger(config.env === 'production' ? 'json' : 'pretty', config.logLevel);
  Logger.overrideLogger(logger);
  const log = new Logger('Bootstrap');

  await assertPortFree(config.http.port, config.http.host);
  const needsSecrets = config.auth.jwtSecret === undefined || config.database.url === undefined;
  const secrets = needsSecrets ? loadOrCreateSecrets(config.dataDir) : undefined;
  if (config.auth.jwtSecret === undefined && secrets) config.auth.jwtSecret = secrets.jwtSecret;

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.database.url;
  if (databaseUrl === undefined && secrets) {
    const clusterDir = path.join(config.dataDir, 'pg');
    log.log(`starting the embedded PostgreSQL in ${clusterDir}`);
    embedded = await startEmbeddedPostgres({
      clusterDir,
      password: secrets.embeddedDbPassword,
      log: (line) => logger.debug(line, 'PostgreSQL'),
    });
    await ensureDatabase(embedded.url('postgres'), 'hoithi');
    databaseUrl = embedded.url('hoithi');
    log.log(`embedded PostgreSQL listening on 127.0.0.1:${embedded.port}`);
  }

  let app: NestExpressApplication;
  try {
    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, databaseUrl: databaseUrl as string }),
      { bodyParser: false, logger, abortOnError: false },
    );
    setupApp(app, config);
    // Phones answer every few seconds: keep their connections open well beyond that (Node's
    // default of 5 s races with a client reusing a connection the server is closing, which
    // surfaces as ECONNRESET), and beyond the 60 s idle timeout of the usual reverse proxy.
    const server = app.getHttpServer();
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    if (config.http.host) await app.listen(config.http.port, config.http.host);
    else await app.listen(config.http.port);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  log.log(`HoiThi is listening on ${config.http.publicUrl} (port ${config.http.port})`);

  let closing: Promise<void> | undefined;
  return {
    app,
    embedded,
    close: () =>
      (closing ??= (async () => {
        try {
          await app.close();
        } finally {
          await embedded?.stop();
        }
      })()),
  };
}
