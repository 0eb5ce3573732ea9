import { AppException, ErrorCode } from '@app/core';
import { isForeignKeyViolation, isUniqueViolation } from '@app/database';

/**
 * Turns the database's answer to a user insert or update into the contract's errors: the
 * unique indexes decide EMAIL_TAKEN / PHONE_TAKEN (no read-then-write), the unit foreign key
 * a 400 on `unitId`. Anything else is returned unchanged.
 */
export function userWriteError(error: unknown): unknown {
  if (isUniqueViolation(error, 'uq_users_email')) {
    return AppException.conflict(
      ErrorCode.EMAIL_TAKEN,
      'Địa chỉ e-mail này đã được dùng để đăng ký',
      [{ field: 'email', message: 'Địa chỉ e-mail đã được dùng' }],
    );
  }
  if (isUniqueViolation(error, 'uq_users_phone')) {
    return AppException.conflict(
      ErrorCode.PHONE_TAKEN,
      'Số điện thoại này đã được dùng để đăng ký',
      [{ field: 'phone', message: 'Số điện thoại đã được dùng' }],
    );
  }
  if (isForeignKeyViolation(error, 'fk_users_unit')) {
    return AppException.validation('Không tìm thấy đơn vị', [
      { field: 'unitId', message: 'Không tìm thấy đơn vị' },
    ]);
  }
  return error;
}
