import { looksLikeZip, ZipArchive } from '../formats/zip';

export type SpreadsheetKind =
  { kind: 'xlsx' } | { kind: 'csv' } | { kind: 'rejected'; message: string };

const NOT_A_SPREADSHEET =
  'Tệp không phải bảng tính: chỉ nhận tệp Excel (.xlsx) hoặc CSV theo mẫu nhập câu hỏi.';

const startsWith = (buf: Uint8Array, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/**
 * Decides from the content (never the file name) whether an upload is an XLSX workbook, a CSV
 * text, or something else that gets a clear refusal.
 */
export function detectSpreadsheet(buf: Uint8Array): SpreadsheetKind {
  if (buf.length === 0) return { kind: 'rejected', message: 'Tệp rỗng.' };
  if (looksLikeZip(buf)) {
    let zip: ZipArchive;
    try {
      zip = ZipArchive.open(buf);
    } catch {
      return { kind: 'rejected', message: 'Tệp nén bị hỏng, không đọc được như tệp Excel.' };
    }
    if (zip.has('xl/workbook.xml')) return { kind: 'xlsx' };
    if (zip.has('word/document.xml'))
      return {
        kind: 'rejected',
        message:
          'Đây là tệp Word. Nhập câu hỏi từ Word bằng chức năng "Nhập có xem trước" (POST /api/banks/:bankId/imports); ở đây chỉ nhận bảng tính .xlsx hoặc .csv.',
      };
    return { kind: 'rejected', message: NOT_A_SPREADSHEET };
  }
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0]))
    return {
      kind: 'rejected',
      message:
        'Tệp Excel/Word 97-2003 (.xls, .doc) chưa được hỗ trợ: hãy mở bằng Excel và lưu lại thành .xlsx hoặc CSV UTF-8.',
    };
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff]))
    return {
      kind: 'rejected',
      message:
        'Tệp văn bản dùng bảng mã UTF-16. Trong Excel hãy chọn "Lưu thành" → "CSV UTF-8 (phân cách bằng dấu phẩy)" rồi tải lên lại.',
    };
  // Text has no NUL byte; PDF, images and other binaries almost always do in their first KB.
  const head = buf.subarray(0, 8192);
  if (head.includes(0) || startsWith(buf, [0x25, 0x50, 0x44, 0x46]))
    return { kind: 'rejected', message: NOT_A_SPREADSHEET };
  return { kind: 'csv' };
}
