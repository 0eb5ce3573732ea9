export { APP_CONFIG, DEFAULT_GRACE_SECONDS, type AppConfig } from './config/app-config';
export { ConfigError } from './config/config-error';
export { loadConfig } from './config/load-config';
export { loadOrCreateSecrets } from './config/secrets';
export { BudgetedZip, ZipReadError, looksLikeZip } from './files/zip-archive';
export { CoreModule } from './core.module';
export { isDatabaseUnavailable, toErrorBody } from './errors/all-exceptions.filter';
export { AppException, type ErrorDetail } from './errors/app.exception';
export { ErrorCode } from './errors/error-code';
export { createOpenApiDocument } from './http/openapi';
export { PaginationQueryDto, pageOf, type Page } from './http/pagination.dto';
export { API_PREFIX, setupApp } from './http/setup-app';
export { UuidParamPipe, isUuid } from './http/uuid-param.pipe';
export { createValidationPipe, flattenValidationErrors } from './http/validation';
export { AppLogger } from './logging/app-logger';
export { MetricsService } from './metrics/metrics.service';
export { IS_PUBLIC_KEY, Public } from './http/public.decorator';
export {
  detectLegacyFont,
  isUpperCaseLegacyFont,
  legacyToUnicode,
  type LegacyEncoding,
} from './text/legacy-fonts';
export {
  normalizeForCompare,
  removeDiacritics,
  sameText,
  type NormalizeOptions,
} from './text/vietnamese';
export {
  formatVietnamDate,
  formatVietnamDateTime,
  fromVietnamWallClock,
  toVietnamWallClock,
  vietnamDate,
  vietnamTimeSql,
  vietnameseLongDate,
} from './text/vietnam-time';
export { serveWorkerTask } from './workers/serve-worker-task';
export {
  WorkerBudgetError,
  WorkerTaskError,
  runInWorker,
  type WorkerBudget,
} from './workers/worker-budget';
