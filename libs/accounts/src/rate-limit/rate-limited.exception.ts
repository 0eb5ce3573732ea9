import { AppException, ErrorCode } from '@app/core';

/** 429 RATE_LIMITED; whoever throws it (or catches it at the edge) sets `Retry-After`. */
export class RateLimitedException extends AppException {
  constructor(
    readonly retryAfterSec: number,
    message = 'Bạn đã thử quá nhiều lần, vui lòng thử lại sau ít phút',
  ) {
    super(429, ErrorCode.RATE_LIMITED, message);
  }
}
