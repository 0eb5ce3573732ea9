import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { currentRequestId } from '../context/request-context';
import { AppException } from './app.exception';
import { ErrorCode } from './error-code';

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  requestId: string;
  details?: unknown;
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.VALIDATION_FAILED,
  401: ErrorCode.UNAUTHORIZED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: ErrorCode.RATE_LIMITED,
  503: ErrorCode.SERVICE_UNAVAILABLE,
};

const DEFAULT_MESSAGES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.NOT_FOUND]: 'Không tìm thấy',
  [ErrorCode.UNAUTHORIZED]: 'Cần đăng nhập',
  [ErrorCode.FORBIDDEN]: 'Bạn không có quyền thực hiện thao tác này',
  [ErrorCode.RATE_LIMITED]: 'Quá nhiều yêu cầu, vui lòng thử lại sau',
  [ErrorCode.PAYLOAD_TOO_LARGE]: 'Dữ liệu gửi lên quá lớn',
  [ErrorCode.SERVICE_UNAVAILABLE]: 'Hệ thống tạm thời gián đoạn, vui lòng thử lại sau giây lát',
  [ErrorCode.INTERNAL_ERROR]: 'Đã có lỗi xảy ra phía máy chủ',
};

/** Connection-level database failures: the request can be retried once the database is back. */
const DB_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && DB_UNAVAILABLE.has(code)) return true;
  const driverError = (error as { driverError?: unknown }).driverError;
  if (driverError && driverError !== error && isDatabaseUnavailable(driverError)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i.test(
    error.message,
  );
}

/** Builds the contract's error body for any thrown value. Shared by HTTP and WebSocket. */
export function toErrorBody(exception: unknown, logger?: Logger): ErrorBody {
  const requestId = currentRequestId() ?? 'none';
  if (exception instanceof AppException) {
    return body(exception.status, exception.code, exception.message, requestId, exception.details);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const code =
      STATUS_CODES[status] ?? (status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.CONFLICT);
    let message = exception.message;
    if (typeof response === 'object' && response !== null && 'message' in response) {
      const m = response.message;
      if (typeof m === 'string') message = m;
    }
    if (status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /.test(message)) {
      message = 'Không tìm thấy đường dẫn này';
    }
    if (status === 429) message = DEFAULT_MESSAGES[ErrorCode.RATE_LIMITED] as string;
    if (status >= 500) logger?.error(exception);
    return body(status, code, message, requestId);
  }
  const bodyParserType = (exception as { type?: unknown } | null)?.type;
  if (bodyParserType === 'entity.parse.failed') {
    return body(400, ErrorCode.VALIDATION_FAILED, 'Dữ liệu JSON không hợp lệ', requestId, [
      { field: 'body', message: 'malformed JSON' },
    ]);
  }
  if (bodyParserType === 'entity.too.large') {
    return body(
      413,
      ErrorCode.PAYLOAD_TOO_LARGE,
      DEFAULT_MESSAGES.PAYLOAD_TOO_LARGE as string,
      requestId,
    );
  }
  if (typeof bodyParserType === 'string' && bodyParserType.startsWith('encoding.')) {
    return body(
      415,
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      'Kiểu mã hoá dữ liệu không được hỗ trợ',
      requestId,
    );
  }
  if (isDatabaseUnavailable(exception)) {
    logger?.warn(`database unavailable: ${(exception as Error).message}`);
    return body(
      503,
      ErrorCode.SERVICE_UNAVAILABLE,
      DEFAULT_MESSAGES.SERVICE_UNAVAILABLE as string,
      requestId,
    );
  }
  logger?.error(exception instanceof Error ? exception : String(exception));
  return body(500, ErrorCode.INTERNAL_ERROR, DEFAULT_MESSAGES.INTERNAL_ERROR as string, requestId);
}

function body(
  statusCode: number,
  code: ErrorCode,
  message: string,
  requestId: string,
  details?: unknown,
): ErrorBody {
  return details === undefined
    ? { statusCode, code, message, requestId }
    : { statusCode, code, message, requestId, details };
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const errorBody = toErrorBody(exception, this.logger);
    if (errorBody.statusCode >= 500 && errorBody.statusCode !== 503) {
      this.logger.error(`${req.method} ${req.originalUrl} failed with ${errorBody.statusCode}`);
    }
    if (errorBody.statusCode === 503 && !res.getHeader('Retry-After'))
      res.setHeader('Retry-After', '5');
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(errorBody.statusCode).json(errorBody);
  }
}
