import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsUUID, MaxLength, ValidateIf } from 'class-validator';

/**
 * `POST /api/banks/:bankId/editors`: the organizer to add as a co-editor, by `userId`, or (as
 * the console does, since an organizer cannot list accounts) by their `email`.
 */
export class AddBankEditorDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Required unless `email` is given' })
  @ValidateIf((dto: AddBankEditorDto) => dto.email === undefined || dto.userId !== undefined)
  @IsUUID('all', { message: 'userId phải là một mã định danh (UUID)' })
  userId?: string;

  @ApiPropertyOptional({ description: 'The organizer’s e-mail, instead of `userId`' })
  @ValidateIf((dto: AddBankEditorDto) => dto.userId === undefined)
  @IsEmail({}, { message: 'Địa chỉ e-mail không hợp lệ' })
  @MaxLength(254)
  email?: string;
}

/** A co-editor of a bank. */
export class BankEditorDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  fullName: string;

  @ApiProperty({ type: String, format: 'date-time' })
  addedAt: string;
}

/** The bank's owner, as its access list shows them (a name, never an e-mail or phone). */
export class BankOwnerDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  fullName: string;
}

/** `GET /api/banks/:bankId/access`: the bank's access list, for its page in the console. */
export class BankAccessDto {
  @ApiProperty({ type: BankOwnerDto, nullable: true, description: 'null: no recorded creator' })
  owner: BankOwnerDto | null;

  @ApiProperty({ type: [BankEditorDto] })
  editors: BankEditorDto[];

  @ApiProperty({ description: 'Whether the caller may add and remove co-editors' })
  canManage: boolean;
}
