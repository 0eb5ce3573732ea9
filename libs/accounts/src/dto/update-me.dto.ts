import { ValidateIf } from 'class-validator';
import { UserFields } from './user-fields';

/** What a person may change about themselves (`null` clears phone, unit or birth year). */
export class UpdateMeDto {
  @ValidateIf((_dto, value) => value !== undefined)
  @UserFields.fullName()
  fullName?: string;

  @UserFields.phone()
  phone?: string | null;

  @UserFields.unitId()
  unitId?: string | null;

  @UserFields.birthYear()
  birthYear?: number | null;
}
