import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** `POST /api/banks/:bankId/editors`: the organizer to add as a co-editor. */
export class AddBankEditorDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'userId phải là một mã định danh (UUID)' })
  userId: string;
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
