import { UserFields } from './user-fields';

export class RegisterDto {
  @UserFields.fullName()
  fullName: string;

  @UserFields.email()
  email: string;

  @UserFields.password('At least 8 characters')
  password: string;

  @UserFields.phone()
  phone?: string;

  @UserFields.unitId()
  unitId?: string;

  @UserFields.birthYear()
  birthYear?: number;
}
