import { HttpStatus, Injectable } from '@nestjs/common';
import { AppException, ErrorCode } from '@app/core';
import type { ExportFormat } from '../dto/export-query.dto';
import type { ImportResultDto } from '../dto/import-result.dto';
import { exportAiken } from '../formats/aiken-export';
import { exportGift } from '../formats/gift-export';
import { QuestionFileError } from '../formats/question-file-error';
import { parseTemplateFileInWorker } from '../formats/parse-in-worker';
import {
  writeImportTemplateXlsx,
  writeTemplateCsv,
  writeTemplateXlsx,
} from '../formats/template-export';
import type { ParseResult } from '../formats/types';
import type { QuestionInput } from '../question-input';
import { buildImportReport, type ImportRowError } from '../rules/import-report';
import { QuestionBanksService } from './question-banks.service';
import { QuestionsRepository } from './questions.repository';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_QUESTIONS = 5000;

export interface UploadedSheet {
  buffer: Buffer;
  size: number;
}

export interface DownloadFile {
  filename: string;
  contentType: string;
  body: Buffer;
  /** Questions the format cannot hold (Aiken: anything but one-correct-answer choices). */
  skipped?: number;
}

const FILE_SUFFIX: Record<ExportFormat, string> = {
  xlsx: '.xlsx',
  csv: '.csv',
  aiken: '.aiken.txt',
  gift: '.gift.txt',
};

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  aiken: 'text/plain; charset=utf-8',
  gift: 'text/plain; charset=utf-8',
};

/** 400 IMPORT_FAILED; `details` lists the problems (`[{ row?, message }]`). */
export function importFailed(message: string, errors: ImportRowError[]): AppException {
  return new AppException(HttpStatus.BAD_REQUEST, ErrorCode.IMPORT_FAILED, message, errors);
}

/**
 * The bank as a file and back: import of HoiThi's XLSX/CSV template (all or nothing), export in
 * the same layout (so export → import round-trips), and the empty template.
 */
@Injectable()
export class QuestionTransferService {
  constructor(
    private readonly banks: QuestionBanksService,
    private readonly repository: QuestionsRepository,
  ) {}

  /**
   * Checks every row; writes every question in one transaction, or nothing when any row is
   * bad (400 IMPORT_FAILED listing every bad row). A dry run writes nothing and reports.
   */
  async importFile(
    bankId: string,
    file: UploadedSheet | undefined,
    dryRun: boolean,
    createdById: string | null,
  ): Promise<ImportResultDto> {
    await this.banks.requireBank(bankId);
    if (!file)
      throw importFailed('Chưa có tệp: gửi tệp trong trường "file" (multipart/form-data)', []);
    if (file.size > IMPORT_MAX_BYTES) throw fileTooLarge();

    const parsed = await parseUpload(file.buffer);
    const fileLevel = parsed.errors.filter((e) => e.row === undefined);
    if (fileLevel.length) throw importFailed(fileLevel[0].message, parsed.errors);
    if (!parsed.items.length) throw importFailed(nothingToImport(parsed), parsed.errors);
    if (parsed.items.length > IMPORT_MAX_QUESTIONS)
      throw importFailed(
        `Tệp có ${parsed.items.length} câu hỏi, vượt quá giới hạn ${IMPORT_MAX_QUESTIONS} câu mỗi lần nhập; hãy chia thành nhiều tệp.`,
        [],
      );
    const report = buildImportReport(parsed);

    if (dryRun) return { created: 0, wouldCreate: report.questions.length, errors: report.errors };
    if (report.errors.length) {
      const rows = new Set(report.errors.map((e) => e.row)).size;
      throw importFailed(
        `Có ${rows} dòng không hợp lệ; chưa nhập câu hỏi nào. Sửa các dòng được liệt kê rồi tải lên lại.`,
        report.errors,
      );
    }
    const ids = await this.banks.insertPrepared(bankId, report.questions, createdById);
    return { created: ids.length, errors: [] };
  }

  /** Active questions of the bank, in bank order, in the requested format. */
  async exportBank(bankId: string, format: ExportFormat): Promise<DownloadFile> {
    const bank = await this.banks.requireBank(bankId);
    const stored = await this.repository.listAll(bankId, 'active');
    const questions: QuestionInput[] = stored.map(({ version: v }) => ({
      type: v.type,
      prompt: v.prompt,
      options: v.options.map((o) => ({ text: o.text, correct: o.correct })),
      ...(v.acceptedAnswers ? { acceptedAnswers: v.acceptedAnswers } : {}),
      ...(v.explanation ? { explanation: v.explanation } : {}),
      tags: v.tags,
      difficulty: v.difficulty as QuestionInput['difficulty'],
      points: v.points,
    }));
    const { body, skipped } = await writeExport(questions, format);
    return {
      filename: `${fileSlug(bank.title)}${FILE_SUFFIX[format]}`,
      contentType: CONTENT_TYPES[format],
      body,
      skipped,
    };
  }

  /** The empty template (header row, one example of each type, instructions sheet). */
  async template(): Promise<DownloadFile> {
    return {
      filename: 'mau-nhap-cau-hoi.xlsx',
      contentType: CONTENT_TYPES.xlsx,
      body: await writeImportTemplateXlsx(),
    };
  }
}

export function fileTooLarge(maxBytes: number = IMPORT_MAX_BYTES): AppException {
  return importFailed(
    `Tệp lớn hơn ${maxBytes / 1024 / 1024} MB; hãy chia thành nhiều tệp nhỏ hơn.`,
    [],
  );
}

/** Why a file without a single readable question cannot be imported. */
function nothingToImport(parsed: ParseResult): string {
  if (parsed.errors.length === 1) return parsed.errors[0].message; // e.g. no template header
  if (parsed.errors.length)
    return `Tệp không có câu hỏi nào đọc được (${parsed.errors.length} lỗi).`;
  return 'Tệp không có câu hỏi nào (chỉ có dòng tiêu đề).';
}

/** The template read in a worker thread (docs/imports.md, "Parser safety"). */
async function parseUpload(buffer: Buffer): Promise<ParseResult> {
  try {
    return await parseTemplateFileInWorker(buffer);
  } catch (error) {
    if (error instanceof QuestionFileError) throw importFailed(error.message, []);
    throw error;
  }
}

async function writeExport(
  questions: QuestionInput[],
  format: ExportFormat,
): Promise<{ body: Buffer; skipped: number }> {
  switch (format) {
    case 'xlsx':
      return { body: await writeTemplateXlsx(questions), skipped: 0 };
    case 'csv':
      return { body: writeTemplateCsv(questions), skipped: 0 };
    case 'aiken':
    case 'gift': {
      const out = format === 'aiken' ? exportAiken(questions) : exportGift(questions);
      return { body: Buffer.from(out.text, 'utf8'), skipped: out.skipped.length };
    }
  }
}

/** "Lịch sử Công đoàn Việt Nam" → "lich-su-cong-doan-viet-nam" (safe in any header). */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'ngan-hang-cau-hoi';
}
