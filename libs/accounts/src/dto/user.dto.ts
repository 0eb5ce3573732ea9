import { ApiProperty } from '@nestjs/swagger';
import { UnitRefDto } from '@app/units';
import { ROLES, type Role } from '../users/role';
import type { UserEntity } from '../users/user.entity';

/** A person as the API shows them. Never carries the password hash or any token. */
export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  fullName: string;

  @ApiProperty({ example: 'lan.nguyen@example.vn' })
  email: string;

  @ApiProperty({ nullable: true, type: String, example: '+84912345678' })
  phone: string | null;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];

  @ApiProperty({ type: UnitRefDto, nullable: true })
  unit: UnitRefDto | null;

  @ApiProperty()
  emailVerified: boolean;

  @ApiProperty({ nullable: true, type: Number, example: 1990 })
  birthYear: number | null;

  @ApiProperty({ description: 'Disabled by an administrator: cannot sign in' })
  disabled: boolean;
}

/** The user with its unit loaded (`relations: { unit: true }`). */
export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    fullName: user.fullName,
    email: user.email,
    phone: user.phone,
    roles: user.roles,
    unit: user.unit ? { id: user.unit.id, code: user.unit.code, name: user.unit.name } : null,
    emailVerified: user.emailVerifiedAt !== null,
    birthYear: user.birthYear,
    disabled: user.disabledAt !== null,
  };
}
