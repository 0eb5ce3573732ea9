import {
  Body,
  Controller,
  Get,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '@app/accounts';
import { Public, UuidParamPipe } from '@app/core';
import {
  CreateUnitDto,
  UnitDto,
  UnitImportQueryDto,
  UnitImportResultDto,
  UnitImportService,
  UnitsService,
  UpdateUnitDto,
} from '@app/units';
import type { Response } from 'express';
import { memoryStorage } from 'multer';

/** Uploads are kept in memory and refused beyond 5 MB (413 PAYLOAD_TOO_LARGE). */
const UPLOAD = {
  storage: memoryStorage(),
  limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 10 },
};

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(
    private readonly units: UnitsService,
    private readonly importer: UnitImportService,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Every union unit, as a flat list ordered by code (public)' })
  @ApiOkResponse({ type: [UnitDto] })
  list(): Promise<UnitDto[]> {
    return this.units.list();
  }

  @Public()
  @Get(':id')
  @ApiOkResponse({ type: UnitDto })
  get(@Param('id', UuidParamPipe) id: string): Promise<UnitDto> {
    return this.units.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create a unit', description: '409 CONFLICT when the code is taken.' })
  @ApiCreatedResponse({ type: UnitDto })
  create(@Body() dto: CreateUnitDto): Promise<UnitDto> {
    return this.units.create(dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change a unit',
    description: '`parentId: null` makes it a root; a parent below the unit is refused (400).',
  })
  @ApiOkResponse({ type: UnitDto })
  update(@Param('id', UuidParamPipe) id: string, @Body() dto: UpdateUnitDto): Promise<UnitDto> {
    return this.units.update(id, dto);
  }

  @Post('import')
  @Roles('admin')
  @ApiBearerAuth()
  @UseInterceptors(FileInterceptor('file', UPLOAD))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'CSV (UTF-8) or XLSX, ≤ 5 MB' },
      },
    },
  })
  @ApiOperation({
    summary: 'Import units from CSV/XLSX (all or nothing)',
    description:
      'Columns code, name, parentCode, kind, memberCount (or "Mã đơn vị", "Tên đơn vị", "Mã đơn vị cấp trên", "Loại", "Số đoàn viên"); header on row 1. ' +
      'Existing codes are updated. Any bad row: 400 IMPORT_FAILED, `details: [{ row, field, message }]`, nothing written. ' +
      '`?dryRun=true`: 200 with the would-be counts and `errors`, nothing written.',
  })
  @ApiCreatedResponse({ type: UnitImportResultDto })
  async import(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Query() query: UnitImportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UnitImportResultDto> {
    if (query.dryRun) res.status(HttpStatus.OK);
    return this.importer.importFile(file?.buffer, { dryRun: query.dryRun });
  }
}
