import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  mixin,
  type NestInterceptor,
  PayloadTooLargeException,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { fileTooLarge, importFailed } from '@app/question-bank';
import type { Observable } from 'rxjs';

/**
 * Receives the multipart `file` in memory (at most `maxBytes`). A larger file, a second file or
 * a file under another field name is answered with the contract's 400 IMPORT_FAILED and a plain
 * explanation instead of multer's 413 or English 400. Shared by the template import (5 MB) and
 * the import with preview (the parsers' limit).
 */
export function ImportFileInterceptor(maxBytes: number): Type<NestInterceptor> {
  const MulterFile = FileInterceptor('file', {
    limits: { fileSize: maxBytes, files: 1, fields: 10 },
  });

  @Injectable()
  class ImportFileMixinInterceptor extends MulterFile implements NestInterceptor {
    override async intercept(
      context: ExecutionContext,
      next: CallHandler,
    ): Promise<Observable<unknown>> {
      try {
        return await super.intercept(context, next);
      } catch (error) {
        if (error instanceof PayloadTooLargeException) throw fileTooLarge(maxBytes);
        if (error instanceof BadRequestException)
          throw importFailed(
            'Dữ liệu tải lên không hợp lệ: gửi đúng một tệp trong trường "file" (multipart/form-data).',
            [],
          );
        throw error;
      }
    }
  }
  return mixin(ImportFileMixinInterceptor);
}
