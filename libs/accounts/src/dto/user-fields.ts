import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsVietnamesePhone, normalizePhoneValue } from '../users/is-vietnamese-phone.decorator';
import { ROLES } from '../users/role';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Shared validation of the fields people type, with Vietnamese messages. */
export const UserFields = {
  roles: () =>
    applyDecorators(
      ApiProperty({ enum: ROLES, isArray: true, example: ['organizer'] }),
      IsArray({ message: 'Vai trò phải là một danh sách' }),
      ArrayMinSize(1, { message: 'Cần ít nhất một vai trò' }),
      ArrayMaxSize(ROLES.length),
      ArrayUnique({ message: 'Vai trò bị lặp' }),
      IsIn(ROLES, { each: true, message: `Vai trò phải là một trong: ${ROLES.join(', ')}` }),
    ),
  fullName: () =>
    applyDecorators(
      ApiProperty({ example: 'Nguyễn Thị Lan', maxLength: 120 }),
      Transform(trim),
      IsString({ message: 'Họ và tên phải là chuỗi ký tự' }),
      MinLength(1, { message: 'Chưa nhập họ và tên' }),
      MaxLength(120, { message: 'Họ và tên dài quá 120 ký tự' }),
      // eslint-disable-next-line no-control-regex
      Matches(/^[^\u0000-\u001f\u007f]*$/, { message: 'Họ và tên chứa ký tự không hợp lệ' }),
    ),
  email: () =>
    applyDecorators(
      ApiProperty({ example: 'lan.nguyen@example.vn', maxLength: 254 }),
      Transform(trim),
      IsString({ message: 'E-mail phải là chuỗi ký tự' }),
      MaxLength(254, { message: 'Địa chỉ e-mail quá dài' }),
      IsEmail({}, { message: 'Địa chỉ e-mail không hợp lệ' }),
    ),
  password: (description?: string) =>
    applyDecorators(
      ApiProperty({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX, description }),
      IsString({ message: 'Mật khẩu phải là chuỗi ký tự' }),
      MinLength(PASSWORD_MIN, { message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN} ký tự` }),
      MaxLength(PASSWORD_MAX, { message: `Mật khẩu dài quá ${PASSWORD_MAX} ký tự` }),
    ),
  /** Optional on create; `null` removes it on update. */
  phone: () =>
    applyDecorators(
      ApiPropertyOptional({
        example: '0912 345 678',
        nullable: true,
        type: String,
        description: 'Vietnamese mobile in any usual format; stored as +84XXXXXXXXX',
      }),
      Transform(normalizePhoneValue),
      IsOptional(),
      IsVietnamesePhone(),
    ),
  unitId: () =>
    applyDecorators(
      ApiPropertyOptional({ format: 'uuid', nullable: true, type: String }),
      IsOptional(),
      IsUUID('all', { message: 'Mã định danh đơn vị không hợp lệ' }),
    ),
  birthYear: () =>
    applyDecorators(
      ApiPropertyOptional({ nullable: true, type: Number, example: 1990 }),
      IsOptional(),
      ValidateIf((_o, v) => v !== null),
      IsInt({ message: 'Năm sinh phải là số nguyên' }),
      Min(1900, { message: 'Năm sinh không hợp lệ' }),
      Max(new Date().getUTCFullYear(), { message: 'Năm sinh không hợp lệ' }),
    ),
};
