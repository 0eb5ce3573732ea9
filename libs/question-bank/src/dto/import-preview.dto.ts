import { ApiProperty } from '@nestjs/swagger';
import type { QuestionImportEntity } from '../entities/question-import.entity';
import { IMPORT_FORMATS, type ImportFormat } from '../formats/types';
import { countImport } from '../rules/import-counts';
import type { ReviewedImportItem } from '../rules/review-import-items';
import { ImportCountsDto } from './import-counts.dto';
import { ImportPreviewItemDto } from './import-preview-item.dto';
import { ImportRowErrorDto } from './import-row-error.dto';

/** An uploaded file read into proposed questions, kept server-side until confirmed or expired. */
export class ImportPreviewDto {
  @ApiProperty() id: string;
  @ApiProperty() bankId: string;

  @ApiProperty({ enum: IMPORT_FORMATS, description: 'Recognised from the content' })
  format: ImportFormat;

  @ApiProperty({ type: String, nullable: true }) filename: string | null;

  @ApiProperty({ type: [ImportPreviewItemDto], description: 'The items still in the preview' })
  items: ImportPreviewItemDto[];

  @ApiProperty({
    type: [ImportRowErrorDto],
    description: 'Problems of the file, or of rows that gave no question',
  })
  errors: ImportRowErrorDto[];

  @ApiProperty({ type: ImportCountsDto, description: 'The preview in numbers, and as a sentence' })
  summary: ImportCountsDto;

  @ApiProperty() createdAt: string;

  @ApiProperty({ description: 'After this the preview is gone (404)' })
  expiresAt: string;

  @ApiProperty({ type: String, nullable: true, description: 'Set once imported into the bank' })
  confirmedAt: string | null;

  static from(row: QuestionImportEntity, items: ReviewedImportItem[]): ImportPreviewDto {
    return {
      id: row.id,
      bankId: row.bankId,
      format: row.format,
      filename: row.filename,
      items: items.map((i) => ImportPreviewItemDto.from(i)),
      errors: row.errors.map((e) =>
        e.row === undefined ? { message: e.message } : { row: e.row, message: e.message },
      ),
      summary: countImport(items, row.errors.length),
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
    };
  }
}
