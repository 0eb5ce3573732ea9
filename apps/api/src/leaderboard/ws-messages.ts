import type { Logger } from '@nestjs/common';
import { AppException, flattenValidationErrors, toErrorBody } from '@app/core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

export interface AckError {
  code: string;
  message: string;
  details?: unknown;
}

/** Validates a socket message like the HTTP pipe does (unknown fields refused). */
export async function parseMessage<T extends object>(type: new () => T, body: unknown): Promise<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw AppException.validation('Dữ liệu không hợp lệ', [
      { field: 'body', message: 'must be an object' },
    ]);
  }
  const dto = plainToInstance(type, body);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length)
    throw AppException.validation('Dữ liệu không hợp lệ', flattenValidationErrors(errors));
  return dto;
}

/** The error of an ack: the contract's code and message (internals never leak). */
export function ackError(error: unknown, logger: Logger): AckError {
  const body = toErrorBody(error, logger);
  return body.details === undefined
    ? { code: body.code, message: body.message }
    : { code: body.code, message: body.message, details: body.details };
}
