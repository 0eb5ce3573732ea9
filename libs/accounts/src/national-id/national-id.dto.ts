import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class ConfirmNationalIdDto {
  @ApiProperty({ example: '079195001234', description: 'CCCD: 12 digits (spaces allowed)' })
  @IsString()
  @MaxLength(20)
  nationalId: string;
}

export class NationalIdStatusDto {
  @ApiProperty() confirmed: boolean;
  @ApiProperty({ example: '********1234', description: 'Only the last 4 digits' })
  nationalId: string;
  @ApiProperty() confirmedAt: string;
}
