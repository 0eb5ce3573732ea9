import { ApiProperty } from '@nestjs/swagger';
import type { PendingImport } from '../services/question-imports.repository';
import { IMPORT_FORMATS, type ImportFormat } from '../formats/types';

/** A pending preview in a list, so that another device can pick it up again. */
export class ImportPreviewSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: IMPORT_FORMATS }) format: ImportFormat;
  @ApiProperty({ type: String, nullable: true }) filename: string | null;
  @ApiProperty({ description: 'Items still in the preview' }) itemCount: number;
  @ApiProperty({ type: String, nullable: true }) createdById: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() expiresAt: string;

  static from(row: PendingImport): ImportPreviewSummaryDto {
    return {
      id: row.id,
      format: row.format,
      filename: row.filename,
      itemCount: row.itemCount,
      createdById: row.createdById,
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
    };
  }
}
