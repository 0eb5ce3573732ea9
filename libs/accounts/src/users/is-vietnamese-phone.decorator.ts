import {
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { normalizePhone, parsePhone } from './phone';

/**
 * Validates a Vietnamese mobile number in any accepted format (see `parsePhone`), with the
 * parser's Vietnamese explanation as the message. Pair with `@Transform(normalizePhoneValue)`
 * so that the service receives `+84…`.
 */
export function IsVietnamesePhone(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isVietnamesePhone',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parsePhone(value).ok,
        defaultMessage: (args?: ValidationArguments) => {
          const value: unknown = args?.value;
          if (typeof value !== 'string') return 'Số điện thoại phải là chuỗi ký tự';
          const result = parsePhone(value);
          return result.ok ? '' : result.message;
        },
      },
    });
  };
}

/** class-transformer: `0912 345 678` → `+84912345678`; invalid input is left for the validator. */
export function normalizePhoneValue({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return undefined;
  return normalizePhone(value) ?? value;
}
