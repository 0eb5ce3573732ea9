import { Injectable, type PipeTransform } from '@nestjs/common';
import { AppException } from '../errors/app.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A malformed id can name nothing: 404, like an id the caller may not see. */
@Injectable()
export class UuidParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUuid(value)) throw AppException.notFound();
    return value.toLowerCase();
  }
}
