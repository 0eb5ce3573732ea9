import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import { AppException, ErrorCode, toErrorBody } from '@app/core';
import type { Response } from 'express';

/**
 * docs/api.md gives IMPORT_FAILED answers a top-level `errors: [{ row, message }]`; the shared filter
 * puts problems in `details`. This adds `errors` (the same list) for the import route only.
 */
@Catch(AppException)
export class ImportFailedFilter implements ExceptionFilter<AppException> {
  catch(exception: AppException, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = toErrorBody(exception);
    const errors = Array.isArray(body.details) ? body.details : [];
    res
      .status(body.statusCode)
      .json(
        exception.code === ErrorCode.IMPORT_FAILED ? { ...body, details: errors, errors } : body,
      );
  }
}
