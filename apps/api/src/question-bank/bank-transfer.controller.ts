import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { AUTHORING_ROLES, type AuthUser, CurrentUser, Roles } from '@app/accounts';
import { UuidParamPipe } from '@app/core';
import {
  BankAccessGuard,
  BankScoped,
  type DownloadFile,
  ExportQueryDto,
  IMPORT_MAX_BYTES,
  ImportQueryDto,
  ImportResultDto,
  QuestionTransferService,
  type UploadedSheet,
} from '@app/question-bank';
import type { Response } from 'express';
import { ImportFailedFilter } from './import-failed.filter';
import { ImportFileInterceptor } from './import-file.interceptor';

/** Import and export of a bank in HoiThi's XLSX/CSV template layout. */
@ApiTags('question banks')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not an organizer or admin' })
@Roles(...AUTHORING_ROLES)
@UseGuards(BankAccessGuard)
@BankScoped('bank')
@Controller('banks')
export class BankTransferController {
  constructor(private readonly transfer: QuestionTransferService) {}

  /** Declared before `GET /banks/:bankId` is reached: this path is not a bank id. */
  @Get('import-template.xlsx')
  @ApiOperation({ summary: 'The empty import template (header, one example per type, guide)' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'XLSX file' })
  async template(@Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return download(res, await this.transfer.template());
  }

  @Post(':bankId/import')
  @HttpCode(HttpStatus.CREATED)
  @UseInterceptors(ImportFileInterceptor(IMPORT_MAX_BYTES))
  @UseFilters(ImportFailedFilter)
  @ApiOperation({
    summary: 'Import questions from the XLSX/CSV template: all or nothing',
    description:
      'CSV: UTF-8 with or without BOM, comma or semicolon. Any bad row → 400 IMPORT_FAILED with errors (and details) [{ row, message }] listing every bad row; nothing is written. ' +
      'dryRun=true → 200 { created: 0, wouldCreate, errors } and nothing is written. Larger than 5 MB, more than 5,000 questions, or not a spreadsheet → 400 IMPORT_FAILED.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: ImportResultDto })
  @ApiOkResponse({ type: ImportResultDto, description: 'Dry run' })
  @ApiBadRequestResponse({ description: 'IMPORT_FAILED with errors: [{ row, message }]' })
  async import(
    @Param('bankId', UuidParamPipe) bankId: string,
    @Query() query: ImportQueryDto,
    @UploadedFile() file: UploadedSheet | undefined,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportResultDto> {
    const dryRun = query.dryRun === true;
    const result = await this.transfer.importFile(bankId, file, dryRun, user.id);
    if (dryRun) res.status(HttpStatus.OK);
    return result;
  }

  @Get(':bankId/export')
  @ApiOperation({
    summary: 'Active questions in bank order, as a download in the template layout',
    description:
      'xlsx and csv import back unchanged; cells that a spreadsheet could run as a formula are prefixed with an apostrophe. ' +
      'aiken holds only one-correct-answer questions; X-Skipped-Questions says how many were left out.',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: 'The file (Content-Disposition: attachment)' })
  async export(
    @Param('bankId', UuidParamPipe) bankId: string,
    @Query() query: ExportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return download(res, await this.transfer.exportBank(bankId, query.format ?? 'xlsx'));
  }
}

function download(res: Response, file: DownloadFile): StreamableFile {
  res.setHeader('Cache-Control', 'no-store');
  if (file.skipped !== undefined) res.setHeader('X-Skipped-Questions', String(file.skipped));
  return new StreamableFile(file.body, {
    type: file.contentType,
    disposition: `attachment; filename="${file.filename}"`,
    length: file.body.length,
  });
}
