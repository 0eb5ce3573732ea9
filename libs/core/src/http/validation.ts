import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppException, type ErrorDetail } from '../errors/app.exception';

/** Flattens class-validator's tree into `[{ field: 'rounds.0.opensAt', message }]`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({
        field,
        message: message.replace(/^property (\S+) should not exist$/, 'unknown field'),
      });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/**
 * Some validators (isEmail → encodeURI) throw on text that is not well-formed Unicode (a lone
 * surrogate such as "\ud800" is valid JSON). That is bad input, not a server error.
 */
class SafeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof URIError) {
        throw AppException.validation('Dữ liệu không hợp lệ', [
          {
            field: metadata.data ?? metadata.type,
            message: 'văn bản chứa ký tự Unicode không hợp lệ',
          },
        ]);
      }
      throw error;
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new SafeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      return AppException.validation('Dữ liệu không hợp lệ', details);
    },
  });
}
