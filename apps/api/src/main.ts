import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/core';
import { EmbeddedPostgresError } from '@app/database';
import { bootstrap, StartupError } from './bootstrap';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const running = await bootstrap(config);
  let signals = 0;
  const shutdown = (signal: string) => {
    signals++;
    if (signals > 1) {
      process.stderr.write(`${signal} again: exiting now\n`);
      process.exit(1);
    }
    process.stdout.write(`${signal} received: finishing in-flight requests, then stopping\n`);
    const force = setTimeout(() => {
      process.stderr.write('shutdown took longer than 20 s: exiting\n');
      process.exit(1);
    }, 20_000);
    force.unref();
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof EmbeddedPostgresError) {
    process.stderr.write(`Cannot start the embedded database: ${error.message}\n`);
  } else if (error instanceof StartupError) {
    process.stderr.write(`HoiThi cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(
      `HoiThi failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
