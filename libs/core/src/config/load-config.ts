import * as path from 'node:path';
import {
  type AppConfig,
  DEFAULT_GRACE_SECONDS,
  MAX_GRACE_SECONDS,
  type NodeEnv,
} from './app-config';
import { ConfigError } from './config-error';

type Env = Record<string, string | undefined>;

/**
 * Reads and validates the environment. This is the only place in HoiThi that reads
 * `process.env`; everything else receives the resulting `AppConfig`.
 * Throws `ConfigError` (one line naming the variable) on the first problem.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const read = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };

  const nodeEnv = oneOf<NodeEnv>('NODE_ENV', read('NODE_ENV') ?? 'development', [
    'development',
    'production',
    'test',
  ]);
  const port = integer('PORT', read('PORT') ?? '3000', 0, 65535);
  const dataDir = path.resolve(read('DATA_DIR') ?? './.data');
  const databaseUrl = url('DATABASE_URL', read('DATABASE_URL'), ['postgres:', 'postgresql:']);
  const redisUrl = url('REDIS_URL', read('REDIS_URL'), ['redis:', 'rediss:']);
  const smtpUrl = url('SMTP_URL', read('SMTP_URL'), ['smtp:', 'smtps:']);
  const publicUrl = (
    url('PUBLIC_URL', read('PUBLIC_URL'), ['http:', 'https:']) ?? `http://localhost:${port}`
  ).replace(/\/+$/, '');

  const jwtSecret = read('JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  }
  const nationalIdKey = key32('NATIONAL_ID_KEY', read('NATIONAL_ID_KEY'));
  const adminEmail = read('ADMIN_EMAIL');
  const adminPassword = env.ADMIN_PASSWORD === '' ? undefined : env.ADMIN_PASSWORD;
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError(
      adminEmail === undefined ? 'ADMIN_EMAIL' : 'ADMIN_PASSWORD',
      'must be set together with ' + (adminEmail === undefined ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'),
    );
  }
  if (adminEmail !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError('ADMIN_EMAIL', `is not an e-mail address (got "${adminEmail}")`);
  }
  if (adminPassword !== undefined && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be at least 8 characters long');
  }

  const host = read('HOST');
  if (host !== undefined && !/^[A-Za-z0-9.:_-]+$/.test(host)) {
    throw new ConfigError('HOST', `must be an IP address or a host name (got "${host}")`);
  }

  const corsRaw = read('CORS_ORIGINS');
  let corsOrigins: true | string[] = true;
  if (corsRaw !== undefined && corsRaw !== '*') {
    corsOrigins = corsRaw.split(',').map((o) => o.trim());
    for (const origin of corsOrigins) url('CORS_ORIGINS', origin, ['http:', 'https:']);
  } else if (corsRaw === undefined && nodeEnv === 'production') {
    corsOrigins = [new URL(publicUrl).origin];
  }

  const embedOrigins = (read('EMBED_ORIGINS') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '')
    .map((o) => {
      url('EMBED_ORIGINS', o, ['http:', 'https:']);
      return new URL(o).origin;
    });

  const metricsToken = read('METRICS_TOKEN');
  if (metricsToken !== undefined && !/^[\x21-\x7e]{16,}$/.test(metricsToken)) {
    throw new ConfigError('METRICS_TOKEN', 'must be at least 16 printable characters, no spaces');
  }
  const metricsPortRaw = read('METRICS_PORT');
  const metricsPort =
    metricsPortRaw === undefined ? undefined : integer('METRICS_PORT', metricsPortRaw, 1, 65535);
  if (metricsPort !== undefined && metricsPort === port) {
    throw new ConfigError('METRICS_PORT', `must differ from PORT (both ${port})`);
  }

  return {
    env: nodeEnv,
    logLevel: oneOf('LOG_LEVEL', read('LOG_LEVEL') ?? (nodeEnv === 'test' ? 'warn' : 'info'), [
      'debug',
      'info',
      'warn',
      'error',
    ]),
    dataDir,
    http: {
      port,
      host,
      publicUrl,
      corsOrigins,
      trustProxy: integer('TRUST_PROXY', read('TRUST_PROXY') ?? '0', 0, 10),
    },
    database: {
      url: databaseUrl,
      poolSize: integer('DB_POOL_SIZE', read('DB_POOL_SIZE') ?? '20', 1, 500),
    },
    redis: { url: redisUrl },
    auth: {
      jwtSecret,
      accessTokenTtlSec: integer(
        'ACCESS_TOKEN_TTL_SEC',
        read('ACCESS_TOKEN_TTL_SEC') ?? '900',
        10,
        86400,
      ),
      refreshTokenTtlDays: integer(
        'REFRESH_TOKEN_TTL_DAYS',
        read('REFRESH_TOKEN_TTL_DAYS') ?? '30',
        1,
        365,
      ),
      adminEmail: adminEmail?.toLowerCase(),
      adminPassword,
      nationalIdKey,
    },
    mail: {
      smtpUrl,
      from: read('MAIL_FROM') ?? 'HoiThi <no-reply@hoithi.local>',
      pollIntervalMs: integer('MAIL_POLL_MS', read('MAIL_POLL_MS') ?? '1000', 50, 60000),
      maxAttempts: integer('MAIL_MAX_ATTEMPTS', read('MAIL_MAX_ATTEMPTS') ?? '10', 1, 100),
      retryBaseSec: integer('MAIL_RETRY_BASE_SEC', read('MAIL_RETRY_BASE_SEC') ?? '10', 1, 3600),
    },
    rateLimit: {
      windowSec: integer('RATE_LIMIT_WINDOW_SEC', read('RATE_LIMIT_WINDOW_SEC') ?? '60', 1, 3600),
      loginPerIp: integer('RATE_LIMIT_LOGIN', read('RATE_LIMIT_LOGIN') ?? '300', 1, 1_000_000),
      registerPerIp: integer(
        'RATE_LIMIT_REGISTER',
        read('RATE_LIMIT_REGISTER') ?? '100',
        1,
        1_000_000,
      ),
      forgotPasswordPerIp: integer(
        'RATE_LIMIT_FORGOT_PASSWORD',
        read('RATE_LIMIT_FORGOT_PASSWORD') ?? '20',
        1,
        1_000_000,
      ),
      refreshPerIp: integer(
        'RATE_LIMIT_REFRESH',
        read('RATE_LIMIT_REFRESH') ?? '600',
        1,
        1_000_000,
      ),
      loginFailuresPerAccount: integer(
        'LOGIN_MAX_FAILURES',
        read('LOGIN_MAX_FAILURES') ?? '10',
        1,
        1000,
      ),
      loginFailuresPerAccountAllClients: integer(
        'LOGIN_MAX_ACCOUNT_FAILURES',
        read('LOGIN_MAX_ACCOUNT_FAILURES') ?? '50',
        1,
        100_000,
      ),
      loginFailureWindowSec: integer(
        'LOGIN_FAILURE_WINDOW_SEC',
        read('LOGIN_FAILURE_WINDOW_SEC') ?? '900',
        1,
        86400,
      ),
      attemptStartPerUser: integer(
        'RATE_LIMIT_ATTEMPT_START_PER_USER',
        read('RATE_LIMIT_ATTEMPT_START_PER_USER') ?? '60',
        1,
        100_000_000,
      ),
      attemptStartPerIp: integer(
        'RATE_LIMIT_ATTEMPT_START_PER_IP',
        read('RATE_LIMIT_ATTEMPT_START_PER_IP') ?? '600',
        1,
        100_000_000,
      ),
      practiceStartPerUser: integer(
        'RATE_LIMIT_PRACTICE_START_PER_USER',
        read('RATE_LIMIT_PRACTICE_START_PER_USER') ?? '10',
        1,
        100_000_000,
      ),
      practiceStartPerIp: integer(
        'RATE_LIMIT_PRACTICE_START_PER_IP',
        read('RATE_LIMIT_PRACTICE_START_PER_IP') ?? '600',
        1,
        100_000_000,
      ),
      attemptWritePerUser: integer(
        'RATE_LIMIT_ATTEMPT_WRITE_PER_USER',
        read('RATE_LIMIT_ATTEMPT_WRITE_PER_USER') ?? '120',
        1,
        100_000_000,
      ),
      attemptWritePerIp: integer(
        'RATE_LIMIT_ATTEMPT_WRITE_PER_IP',
        read('RATE_LIMIT_ATTEMPT_WRITE_PER_IP') ?? '6000',
        1,
        100_000_000,
      ),
    },
    attempts: {
      graceSeconds: integer(
        'ATTEMPT_GRACE_SECONDS',
        read('ATTEMPT_GRACE_SECONDS') ?? String(DEFAULT_GRACE_SECONDS),
        0,
        MAX_GRACE_SECONDS,
      ),
      sweepIntervalMs: integer(
        'SWEEP_INTERVAL_MS',
        read('SWEEP_INTERVAL_MS') ?? '5000',
        100,
        60000,
      ),
      saveConcurrency: integer(
        'ANSWER_SAVE_CONCURRENCY',
        read('ANSWER_SAVE_CONCURRENCY') ?? '2',
        1,
        100,
      ),
    },
    sharing: {
      embedOrigins,
      reminderPollMs: integer(
        'REMINDER_POLL_MS',
        read('REMINDER_POLL_MS') ?? '30000',
        100,
        3_600_000,
      ),
    },
    metrics: { token: metricsToken, port: metricsPort },
    seedDemo: bool('SEED_DEMO', read('SEED_DEMO'), databaseUrl === undefined),
    workers: bool('RUN_WORKERS', read('RUN_WORKERS'), true),
    webRoot: read('WEB_ROOT') ? path.resolve(read('WEB_ROOT') as string) : undefined,
  };
}

function integer(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number (got "${raw}")`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(name, `must be between ${min} and ${max} (got ${value})`);
  }
  return value;
}

function url(name: string, raw: string | undefined, protocols: string[]): string | undefined {
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL (expected ${protocols[0]}//…)`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(
      name,
      `must start with ${protocols.map((p) => p + '//').join(' or ')} (got "${parsed.protocol}//")`,
    );
  }
  return raw;
}

function bool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined) return fallback;
  const v = raw.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

/** 32 bytes given as 64 hexadecimal digits or as base64 (44 characters). */
function key32(name: string, value: string | undefined): Buffer | undefined {
  if (value === undefined) return undefined;
  const bytes = /^[0-9a-f]{64}$/i.test(value)
    ? Buffer.from(value, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(value)
      ? Buffer.from(value, 'base64')
      : undefined;
  if (!bytes || bytes.length !== 32) {
    throw new ConfigError(name, 'must be 32 bytes as 64 hex digits or base64');
  }
  return bytes;
}
