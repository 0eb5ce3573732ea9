import { ApiProperty } from '@nestjs/swagger';

export class UnitImportErrorDto {
  @ApiProperty({ description: 'Row in the file (the header is row 1)' })
  row: number;

  @ApiProperty({ required: false, enum: ['code', 'name', 'parentCode', 'kind', 'memberCount'] })
  field?: string;

  @ApiProperty()
  message: string;
}

export class UnitImportResultDto {
  @ApiProperty({ description: 'Units created (0 on a dry run)' })
  created: number;

  @ApiProperty({ description: 'Existing units (same code) that changed (0 on a dry run)' })
  updated: number;

  @ApiProperty({ description: 'Existing units listed in the file without any change' })
  unchanged: number;

  @ApiProperty({ required: false, description: 'Dry run: units that would be created' })
  wouldCreate?: number;

  @ApiProperty({ required: false, description: 'Dry run: units that would be updated' })
  wouldUpdate?: number;

  @ApiProperty({
    type: [UnitImportErrorDto],
    description:
      'Always empty on success. When a row fails nothing is written: 400 IMPORT_FAILED with the same list in `details` (a dry run answers 200 with it here).',
  })
  errors: UnitImportErrorDto[];
}
