import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { booleanQuery } from './list-banks-query.dto';

export class ImportQueryDto {
  @ApiPropertyOptional({ default: false, description: 'Check the file and report; write nothing' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'dryRun phải là true hoặc false' })
  dryRun?: boolean;
}
