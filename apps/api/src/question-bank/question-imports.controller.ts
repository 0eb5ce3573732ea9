import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AUTHORING_ROLES, type AuthUser, CurrentUser, Roles } from '@app/accounts';
import { AppException, UuidParamPipe } from '@app/core';
import {
  BankAccessGuard,
  BankScoped,
  IMPORT_LIMITS,
  ImportConfirmResultDto,
  ImportPreviewDto,
  ImportPreviewItemDto,
  ImportPreviewSummaryDto,
  QuestionImportsService,
  UpdateImportItemDto,
  type UploadedQuestionFile,
} from '@app/question-bank';
import { ImportFileInterceptor } from './import-file.interceptor';

/** An item index that is not a number names no item. */
const ItemIndexPipe = new ParseIntPipe({
  exceptionFactory: () => AppException.notFound('Không tìm thấy câu này trong bản xem trước'),
});

/** Import with preview (docs/api.md, "Import with preview"), for every supported file format. */
@ApiTags('question banks')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not an organizer or admin' })
@Roles(...AUTHORING_ROLES)
@UseGuards(BankAccessGuard)
@BankScoped('preview')
@Controller('banks/:bankId/imports')
export class QuestionImportsController {
  constructor(private readonly imports: QuestionImportsService) {}

  @Post()
  @UseInterceptors(ImportFileInterceptor(IMPORT_LIMITS.maxInputBytes))
  @ApiOperation({
    summary: 'Upload a question file and get a preview: nothing is written to the bank',
    description:
      'The format is recognised from the content: the XLSX/CSV template, Word (.docx), Aiken, GIFT, Moodle XML, Kahoot and Quizizz sheets. ' +
      'Each item carries the proposed type and answer, the reasons for the proposal and warnings (no answer found, invalid per the bank rules — also listed in problems —, duplicate of a question in the bank or earlier in the file). ' +
      'The preview is kept for 7 days. Empty, unrecognised, broken or too large (20 MB) files, or files without any question → 400 IMPORT_FAILED.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedResponse({ type: ImportPreviewDto })
  @ApiBadRequestResponse({ description: 'IMPORT_FAILED with a plain Vietnamese message' })
  upload(
    @Param('bankId', UuidParamPipe) bankId: string,
    @UploadedFile() file: UploadedQuestionFile | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<ImportPreviewDto> {
    return this.imports.upload(bankId, file, user.id);
  }

  @Get()
  @ApiOperation({
    summary: 'The caller’s previews of this bank not yet confirmed, newest first (at most 50)',
    description: 'Lets another device pick a preview up again.',
  })
  @ApiOkResponse({ type: [ImportPreviewSummaryDto] })
  list(
    @Param('bankId', UuidParamPipe) bankId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ImportPreviewSummaryDto[]> {
    return this.imports.list(bankId, user.id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A preview with its items (warnings recomputed against the bank)' })
  @ApiOkResponse({ type: ImportPreviewDto })
  @ApiNotFoundResponse({ description: 'Unknown, of another bank, or expired' })
  get(
    @Param('bankId', UuidParamPipe) bankId: string,
    @Param('id', UuidParamPipe) id: string,
  ): Promise<ImportPreviewDto> {
    return this.imports.get(bankId, id);
  }

  @Patch(':id/items/:index')
  @ApiOperation({
    summary: 'Edit one item (any subset of a question’s fields)',
    description:
      'The item may stay invalid: its problems are listed until it is fixed or dropped. The parser’s warnings are cleared once the item is edited. 409 CONFLICT once the preview is confirmed.',
  })
  @ApiOkResponse({ type: ImportPreviewItemDto })
  @ApiConflictResponse({ description: 'The preview was already confirmed' })
  updateItem(
    @Param('bankId', UuidParamPipe) bankId: string,
    @Param('id', UuidParamPipe) id: string,
    @Param('index', ItemIndexPipe) index: number,
    @Body() dto: UpdateImportItemDto,
  ): Promise<ImportPreviewItemDto> {
    return this.imports.updateItem(bankId, id, index, dto);
  }

  @Delete(':id/items/:index')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Drop one item; the others keep their indexes' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'The preview was already confirmed' })
  async dropItem(
    @Param('bankId', UuidParamPipe) bankId: string,
    @Param('id', UuidParamPipe) id: string,
    @Param('index', ItemIndexPipe) index: number,
  ): Promise<void> {
    await this.imports.dropItem(bankId, id, index);
  }

  @Post(':id/confirm')
  @ApiOperation({
    summary: 'Write every remaining item to the bank, all or nothing',
    description:
      'While an item is invalid → 400 IMPORT_FAILED with details [{ index, field, message }] and nothing is written. Confirming twice → 409 CONFLICT.',
  })
  @ApiCreatedResponse({ type: ImportConfirmResultDto })
  @ApiBadRequestResponse({ description: 'IMPORT_FAILED with details [{ index, field, message }]' })
  @ApiConflictResponse({ description: 'Already confirmed' })
  confirm(
    @Param('bankId', UuidParamPipe) bankId: string,
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ImportConfirmResultDto> {
    return this.imports.confirm(bankId, id, user.id);
  }
}
