import type { Role } from '../users/role';
import { UserFields } from './user-fields';

/** An account created by an administrator (organizers, judges, other administrators). */
export class CreateUserDto {
  @UserFields.fullName()
  fullName: string;

  @UserFields.email()
  email: string;

  @UserFields.password()
  password: string;

  @UserFields.roles()
  roles: Role[];

  @UserFields.phone()
  phone?: string;

  @UserFields.unitId()
  unitId?: string;
}
