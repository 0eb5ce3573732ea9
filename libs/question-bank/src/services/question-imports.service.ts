import { HttpStatus, Injectable } from '@nestjs/common';
import { AppException, ErrorCode } from '@app/core';
import type { EntityManager } from 'typeorm';
import { ImportPreviewDto } from '../dto/import-preview.dto';
import { ImportPreviewItemDto } from '../dto/import-preview-item.dto';
import { ImportPreviewSummaryDto } from '../dto/import-preview-summary.dto';
import type { QuestionImportEntity, StoredImportItem } from '../entities/question-import.entity';
import { parseQuestionFileInWorker } from '../formats/parse-in-worker';
import { QuestionFileError } from '../formats/question-file-error';
import type { ParseResult } from '../formats/types';
import type { QuestionEdit } from '../rules/merge-question-edit';
import { type PreparedQuestion, prepareQuestion } from '../rules/prepare-question';
import { applyImportEdit, reviewImportItems } from '../rules/review-import-items';
import { QuestionBanksService } from './question-banks.service';
import { QuestionImportsRepository } from './question-imports.repository';
import { importFailed } from './question-transfer.service';
import { QuestionsRepository } from './questions.repository';

/** How long a preview is kept for the organizer to come back to it. */
export const IMPORT_PREVIEW_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** An uploaded file as the multipart interceptor hands it over. */
export interface UploadedQuestionFile {
  buffer: Buffer;
  size: number;
  originalname?: string;
}

const NOT_FOUND = 'Không tìm thấy bản xem trước này (có thể đã hết hạn sau 7 ngày)';
const ITEM_NOT_FOUND = 'Không tìm thấy câu này trong bản xem trước (có thể đã bị bỏ)';

/**
 * Import with preview (docs/api.md): any supported file is read into proposed questions with
 * reasons and warnings and kept server-side; the organizer edits or drops items, then
 * confirms, which writes every remaining item to the bank in one transaction. Nothing reaches
 * the bank before confirmation.
 */
@Injectable()
export class QuestionImportsService {
  constructor(
    private readonly banks: QuestionBanksService,
    private readonly imports: QuestionImportsRepository,
    private readonly questions: QuestionsRepository,
  ) {}

  async upload(
    bankId: string,
    file: UploadedQuestionFile | undefined,
    createdById: string | null,
  ): Promise<ImportPreviewDto> {
    await this.banks.requireBank(bankId);
    if (!file)
      throw importFailed('Chưa có tệp: gửi tệp trong trường "file" (multipart/form-data)', []);
    const filename = decodeFilename(file.originalname);
    const parsed = await parseOrFail(file.buffer, filename ?? undefined);
    await this.imports.purgeExpired();
    const items: StoredImportItem[] = parsed.items.map((i) => ({
      index: i.index,
      question: i.question,
      reasons: i.reasons,
      warnings: i.warnings,
      ...(i.source ? { source: i.source } : {}),
    }));
    const row = await this.imports.insert({
      bankId,
      createdById,
      format: parsed.format,
      filename,
      items,
      errors: parsed.errors,
      expiresAt: new Date(Date.now() + IMPORT_PREVIEW_TTL_MS),
      confirmedAt: null,
    });
    return this.present(row);
  }

  /** The uploader's own previews (a preview belongs to whoever uploaded it). */
  async list(bankId: string, uploaderId: string): Promise<ImportPreviewSummaryDto[]> {
    await this.banks.requireBank(bankId);
    const rows = await this.imports.listPending(bankId, uploaderId);
    return rows.map((r) => ImportPreviewSummaryDto.from(r));
  }

  async get(bankId: string, id: string): Promise<ImportPreviewDto> {
    return this.present(await this.require(bankId, id));
  }

  /** Replaces the edited fields of one item; the item may stay invalid (it is listed so). */
  async updateItem(
    bankId: string,
    id: string,
    index: number,
    edit: QuestionEdit,
  ): Promise<ImportPreviewItemDto> {
    const row = await this.imports.transaction(async (manager) => {
      const locked = await this.requirePending(manager, bankId, id);
      const item = locked.items.find((i) => i.index === index);
      if (!item) throw AppException.notFound(ITEM_NOT_FOUND);
      item.question = applyImportEdit(item.question, edit);
      item.edited = true;
      await this.imports.save(manager, locked);
      return locked;
    });
    const reviewed = reviewImportItems(row.items, await this.imports.activePrompts(bankId));
    const updated = reviewed.find((i) => i.index === index);
    if (!updated) throw AppException.notFound(ITEM_NOT_FOUND);
    return ImportPreviewItemDto.from(updated);
  }

  /** Drops one item; the others keep their indexes. */
  async dropItem(bankId: string, id: string, index: number): Promise<void> {
    await this.imports.transaction(async (manager) => {
      const locked = await this.requirePending(manager, bankId, id);
      const kept = locked.items.filter((i) => i.index !== index);
      if (kept.length === locked.items.length) throw AppException.notFound(ITEM_NOT_FOUND);
      locked.items = kept;
      await this.imports.save(manager, locked);
    });
  }

  /**
   * Writes every remaining item to the bank and marks the preview confirmed, in one
   * transaction (the preview row is locked, so two confirmations cannot both write).
   * Refused with 400 IMPORT_FAILED, details [{ index, field, message }], while an item is
   * invalid; 409 CONFLICT once confirmed.
   */
  async confirm(bankId: string, id: string, userId: string | null): Promise<{ created: number }> {
    return this.imports.transaction(async (manager) => {
      const locked = await this.requirePending(manager, bankId, id);
      if (!locked.items.length)
        throw importFailed('Bản xem trước không còn câu hỏi nào để nhập (mọi câu đã bị bỏ).', []);
      const prepared = prepareItems(locked.items);
      const ids = await this.questions.insertMany(manager, bankId, prepared, userId);
      locked.confirmedAt = new Date();
      await this.imports.save(manager, locked);
      return { created: ids.length };
    });
  }

  private async present(row: QuestionImportEntity): Promise<ImportPreviewDto> {
    const prompts = await this.imports.activePrompts(row.bankId);
    return ImportPreviewDto.from(row, reviewImportItems(row.items, prompts));
  }

  private async require(bankId: string, id: string): Promise<QuestionImportEntity> {
    const row = await this.imports.find(bankId, id);
    if (!row) throw AppException.notFound(NOT_FOUND);
    return row;
  }

  /** The preview locked for a change; 409 once it has been confirmed. */
  private async requirePending(
    manager: EntityManager,
    bankId: string,
    id: string,
  ): Promise<QuestionImportEntity> {
    const row = await this.imports.find(bankId, id, manager, true);
    if (!row) throw AppException.notFound(NOT_FOUND);
    if (row.confirmedAt)
      throw AppException.conflict(
        ErrorCode.CONFLICT,
        'Bản xem trước này đã được nhập vào ngân hàng; không thể sửa hay nhập lại.',
      );
    return row;
  }
}

/** Reads the file; a file that holds no question at all is refused with the reason. */
async function parseOrFail(buffer: Buffer, filename: string | undefined): Promise<ParseResult> {
  let parsed: ParseResult;
  try {
    parsed = await parseQuestionFileInWorker(buffer, filename);
  } catch (error) {
    if (error instanceof QuestionFileError) throw importFailed(error.message, []);
    throw error;
  }
  if (!parsed.items.length) {
    const message =
      parsed.errors.length === 1
        ? parsed.errors[0].message
        : 'Không tìm thấy câu hỏi nào trong tệp. Kiểm tra tệp có đúng là bộ câu hỏi (mỗi câu có nội dung và các phương án) rồi tải lên lại.';
    throw importFailed(message, parsed.errors);
  }
  return parsed;
}

/** Every item as it will be stored, or 400 IMPORT_FAILED listing every item's problems. */
function prepareItems(items: readonly StoredImportItem[]): PreparedQuestion[] {
  const prepared: PreparedQuestion[] = [];
  const details: Array<{ index: number; field: string; message: string }> = [];
  for (const item of items) {
    const result = prepareQuestion(item.question);
    if (result.question) prepared.push(result.question);
    for (const e of result.errors)
      details.push({ index: item.index, field: e.field, message: e.message });
  }
  if (details.length) {
    const count = new Set(details.map((d) => d.index)).size;
    throw new AppException(
      HttpStatus.BAD_REQUEST,
      ErrorCode.IMPORT_FAILED,
      `Còn ${count} câu chưa hợp lệ; chưa nhập câu nào. Sửa hoặc bỏ các câu được liệt kê rồi xác nhận lại.`,
      details,
    );
  }
  return prepared;
}

/**
 * Multipart file names arrive as Latin-1 (busboy's default); a UTF-8 name such as
 * "Bộ câu hỏi.docx" is recovered when its bytes are valid UTF-8.
 */
function decodeFilename(name: string | undefined): string | null {
  if (!name) return null;
  let decoded = name;
  if ([...name].every((c) => c.charCodeAt(0) <= 0xff)) {
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(name, 'latin1'));
    } catch {
      decoded = name;
    }
  }
  return decoded.normalize('NFC').slice(0, 255);
}
