import { DocxQuestionReader } from './docx-questions';
import { readDocx } from './docx-reader';
import type { ParseResult } from './types';

/**
 * Reads a Word document the way organizers write question banks: numbered questions ("Câu 1:",
 * "1.", Word auto-numbering), lettered options (several per line too), the answer marked by an
 * "Đáp án:" line, an answer table, a '*' or formatting (bold, underline, red, highlight);
 * TCVN3/VNI text converted to Unicode.
 */
export function parseDocx(buffer: Uint8Array): ParseResult {
  const { items, errors } = new DocxQuestionReader().read(readDocx(buffer));
  if (items.length === 0) {
    errors.push({
      message:
        'Không tìm thấy câu hỏi nào trong tệp Word. Câu hỏi cần bắt đầu bằng "Câu 1:", "1." … và có các phương án A., B., C. …',
    });
  }
  return { format: 'docx', items, errors };
}
