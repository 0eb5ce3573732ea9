/** The validated configuration of one HoiThi process. Built once by `loadConfig()`. */
export type NodeEnv = 'development' | 'production' | 'test';

export interface HttpConfig {
  port: number;
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
}

export interface MailConfig {
  smtpUrl?: string;
  from: string;
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
  seedDemo: boolean;
  /** Background jobs (mail sender, attempt sweeper) run in this process. */
  workers: boolean;
  /** Path of the built web app, served on the same port; undefined when not built. */
  webRoot?: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
