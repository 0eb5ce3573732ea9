import { HttpStatus } from '@nestjs/common';
import { ErrorCode } from './error-code';

export interface ErrorDetail {
  field?: string;
  row?: number;
  message: string;
  [key: string]: unknown;
}

/**
 * The one exception domain code throws. The exception filter turns it into
 * `{ statusCode, code, message, requestId, details? }`.
 */
export class AppException extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppException';
  }

  static validation(message: string, details?: ErrorDetail[]): AppException {
    return new AppException(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_FAILED, message, details);
  }

  static notFound(what = 'Không tìm thấy'): AppException {
    return new AppException(HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND, what);
  }

  static forbidden(message = 'Bạn không có quyền thực hiện thao tác này'): AppException {
    return new AppException(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, message);
  }

  static unauthorized(message = 'Cần đăng nhập'): AppException {
    return new AppException(HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHORIZED, message);
  }

  static conflict(code: ErrorCode, message: string, details?: unknown): AppException {
    return new AppException(HttpStatus.CONFLICT, code, message, details);
  }
}
