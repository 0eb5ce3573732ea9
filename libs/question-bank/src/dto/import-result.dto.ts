import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ImportRowErrorDto } from './import-row-error.dto';

export class ImportResultDto {
  @ApiProperty({ description: 'Questions written (0 on a dry run)' }) created: number;

  @ApiPropertyOptional({
    description:
      'Dry run only: questions in the file that pass validation. When `errors` is not empty a real import writes nothing.',
  })
  wouldCreate?: number;

  @ApiProperty({ type: [ImportRowErrorDto] }) errors: ImportRowErrorDto[];
}
