import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ImportRowErrorDto {
  @ApiPropertyOptional({
    description:
      'Row number as a spreadsheet shows it (header = row 1); absent for a problem with the whole file',
  })
  row?: number;

  @ApiProperty({ example: 'Dòng 3: thiếu đáp án đúng.' })
  message: string;
}
