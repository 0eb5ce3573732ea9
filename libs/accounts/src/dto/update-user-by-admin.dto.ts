import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import type { Role } from '../users/role';
import { UserFields } from './user-fields';

/**
 * An administrator's change to an account: its roles, or disabling/enabling it. Either ends
 * the tokens already issued to the account within seconds (docs/security.md).
 */
export class UpdateUserByAdminDto {
  @UserFields.roles()
  @IsOptional()
  roles?: Role[];

  /** An administrator may move someone to another unit at any time (null: no unit). */
  @UserFields.unitId()
  unitId?: string | null;

  @ApiPropertyOptional({ description: 'true disables the account (no sign-in, tokens refused)' })
  @IsOptional()
  @IsBoolean({ message: 'disabled phải là true hoặc false' })
  disabled?: boolean;
}
