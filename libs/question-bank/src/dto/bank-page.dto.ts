import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '@app/core';
import { BankDto } from './bank.dto';

export class BankPageDto implements Page<BankDto> {
  @ApiProperty({ type: [BankDto] }) items: BankDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
