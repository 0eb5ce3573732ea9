import { ApiPropertyOptional } from '@nestjs/swagger';

/** Where in the uploaded file an item came from, in the numbers the author's tool shows. */
export class ImportItemSourceDto {
  @ApiPropertyOptional({ description: 'Text formats (Aiken, GIFT, Moodle XML): 1-based line' })
  line?: number;

  @ApiPropertyOptional({ description: 'Spreadsheets: row number (header = row 1)' })
  row?: number;

  @ApiPropertyOptional({ description: 'Word documents: 1-based paragraph' })
  paragraph?: number;
}
