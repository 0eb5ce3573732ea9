import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { ROLES, type Role } from '../users/role';
import { UserFields } from './user-fields';

/** An account created by an administrator (organizers, judges, other administrators). */
export class CreateUserDto {
  @UserFields.fullName()
  fullName: string;

  @UserFields.email()
  email: string;

  @UserFields.password()
  password: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['organizer'] })
  @IsArray({ message: 'Vai trò phải là một danh sách' })
  @ArrayMinSize(1, { message: 'Cần ít nhất một vai trò' })
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique({ message: 'Vai trò bị lặp' })
  @IsIn(ROLES, { each: true, message: `Vai trò phải là một trong: ${ROLES.join(', ')}` })
  roles: Role[];

  @UserFields.phone()
  phone?: string;

  @UserFields.unitId()
  unitId?: string;
}
