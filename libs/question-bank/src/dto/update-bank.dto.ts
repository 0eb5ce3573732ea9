import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { CreateBankDto } from './create-bank.dto';

export class UpdateBankDto extends PartialType(CreateBankDto) {
  @ApiPropertyOptional({
    description: 'true hides the bank from lists (its questions stay drawable); false restores it',
  })
  @IsOptional()
  @IsBoolean({ message: 'archived phải là true hoặc false' })
  archived?: boolean;
}
