/** The validated configuration of one HoiThi process. Built once by `loadConfig()`. */
export type NodeEnv = 'development' | 'production' | 'test';

export interface HttpConfig {
  port: number;
  /** Bind address (HOST); undefined listens on every interface. */
  host?: string;
  publicUrl: string;
  /** `true` reflects any origin (development); otherwise the allowed origins. */
  corsOrigins: true | string[];
  /** Number of reverse proxies in front of the API (for the client IP). */
  trustProxy: number;
}

export interface DatabaseConfig {
  /** External PostgreSQL. When undefined an embedded PostgreSQL is started in `dataDir`. */
  url?: string;
  poolSize: number;
}

export interface RedisConfig {
  url?: string;
}

export interface AuthConfig {
  /** Undefined until `resolveSecrets()` fills it from DATA_DIR when JWT_SECRET is unset. */
  jwtSecret?: string;
  accessTokenTtlSec: number;
  refreshTokenTtlDays: number;
  adminEmail?: string;
  adminPassword?: string;
  /**
   * NATIONAL_ID_KEY: 32 bytes that encrypt national ID numbers at rest (AES-256-GCM) and key their
   * comparison hash. Undefined: derived from the JWT secret (docs/identity.md).
   */
  nationalIdKey?: Buffer;
}

export interface MailConfig {
  smtpUrl?: string;
  from: string;
  /** How often the background sender looks for due mail. */
  pollIntervalMs: number;
  /** Delivery attempts before a mail is marked failed. */
  maxAttempts: number;
  /** First retry delay; doubled after every failed attempt (capped at one hour). */
  retryBaseSec: number;
}

/** Per-IP limits on the sign-in endpoints, and the per-account limit on failed logins. */
export interface RateLimitConfig {
  /** Window of the per-IP limits. */
  windowSec: number;
  loginPerIp: number;
  registerPerIp: number;
  forgotPasswordPerIp: number;
  refreshPerIp: number;
  /**
   * Failed logins allowed for one account from one client (IP and device id) within
   * `loginFailureWindowSec`; beyond it across all clients, the owner's known devices are slowed.
   */
  loginFailuresPerAccount: number;
  /**
   * Failed logins of one account from all clients together after which clients the owner never
   * signed in from are refused (the owner is mailed a sign-in link that bypasses the lock).
   */
  loginFailuresPerAccountAllClients: number;
  loginFailureWindowSec: number;
  /** Attempt starts per minute: per account, and per client IP (many honest people share one). */
  attemptStartPerUser: number;
  attemptStartPerIp: number;
  /** Practice ("Thi thử") starts per minute: per account, per client IP. */
  practiceStartPerUser: number;
  practiceStartPerIp: number;
  /** Answer saves, integrity events, submit and move-here per minute: per account, per client IP. */
  attemptWritePerUser: number;
  attemptWritePerIp: number;
}

/**
 * The grace after an attempt's deadline (network latency of a phone), in seconds: the default
 * when ATTEMPT_GRACE_SECONDS is not set, and its ceiling. The rule that uses it is isPastGrace()
 * in libs/attempts/src/rules/timing.ts.
 */
export const DEFAULT_GRACE_SECONDS = 10;
export const MAX_GRACE_SECONDS = 10;

export interface AttemptsConfig {
  /** Answers are accepted this long after the deadline (network latency); at most 10 s. */
  graceSeconds: number;
  /** How often the sweeper looks for expired attempts. */
  sweepIntervalMs: number;
  /**
   * Answer-save statements in flight at once per instance; saves beyond that wait and are
   * written together in the next statement (ANSWER_SAVE_CONCURRENCY).
   */
  saveConcurrency: number;
}

/** Sharing and public pages: embedding on federation websites, round-opening reminders. */
export interface SharingConfig {
  /** Origins allowed to frame the embeddable widget (sent as CSP frame-ancestors). */
  embedOrigins: string[];
  /** How often the reminder job looks for rounds that opened. */
  reminderPollMs: number;
}

/** Prometheus metrics (docs/operations.md): off unless a token or an internal port is set. */
export interface MetricsConfig {
  /** METRICS_TOKEN: `GET /metrics` on the main port answers only `Authorization: Bearer <token>`. */
  token?: string;
  /** METRICS_PORT: a second listener on 127.0.0.1 serving `GET /metrics` without a token. */
  port?: number;
}

export interface AppConfig {
  env: NodeEnv;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  dataDir: string;
  http: HttpConfig;
  database: DatabaseConfig;
  redis: RedisConfig;
  auth: AuthConfig;
  mail: MailConfig;
  rateLimit: RateLimitConfig;
  attempts: AttemptsConfig;
  sharing: SharingConfig;
  metrics: MetricsConfig;
  seedDemo: boolean;
  /** Background jobs (mail sender, attempt sweeper) run in this process. */
  workers: boolean;
  /** Path of the built web app, served on the same port; undefined when not built. */
  webRoot?: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
