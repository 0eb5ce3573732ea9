import { parseAiken } from './aiken';
import { detectFormat, looksLikeOldOffice } from './detect-format';
import { parseDocx } from './docx';
import { parseGift } from './gift';
import { parseKahoot, parseKahootSheets } from './kahoot';
import { IMPORT_LIMITS, MB } from './limits';
import { parseMoodleXml } from './moodle-xml';
import { QuestionFileError, tooManyQuestions } from './question-file-error';
import { parseQuizizz, parseQuizizzSheets } from './quizizz';
import { parseTemplateCsvText, parseTemplateXlsx, readCsvRows } from './template';
import { decodeTextFile, LEGACY_ENCODING_NAMES } from './text-encoding';
import type { ParseResult } from './types';
import { looksLikeZip, ZipArchive } from './zip';

function parseByFormat(
  buffer: Uint8Array,
  format: NonNullable<ReturnType<typeof detectFormat>>,
): ParseResult {
  const zip = looksLikeZip(buffer);
  if (format === 'docx') return parseDocx(buffer);
  if (format === 'xlsx') return parseTemplateXlsx(buffer);
  if (format === 'kahoot' && zip) return parseKahoot(buffer);
  if (format === 'quizizz' && zip) return parseQuizizz(buffer);
  const decoded = decodeTextFile(buffer);
  const text = decoded.text.replace(/^\uFEFF/, '');
  let result: ParseResult;
  switch (format) {
    case 'kahoot':
      result = parseKahootSheets([{ name: 'csv', rows: readCsvRows(text) }]);
      break;
    case 'quizizz':
      result = parseQuizizzSheets([{ name: 'csv', rows: readCsvRows(text) }]);
      break;
    case 'csv':
      result = parseTemplateCsvText(text);
      break;
    case 'aiken':
      result = parseAiken(text);
      break;
    case 'gift':
      result = parseGift(text);
      break;
    case 'moodle_xml':
      result = parseMoodleXml(text);
      break;
  }
  if (decoded.legacy) {
    const reason = `Tệp văn bản dùng bảng mã ${LEGACY_ENCODING_NAMES[decoded.legacy]}, đã chuyển sang Unicode`;
    for (const item of result.items) item.reasons.unshift(reason);
  }
  return result;
}

/**
 * Recognises the format of an uploaded question file and reads it into preview items.
 * Throws QuestionFileError (plain Vietnamese message) for an empty, too large, unrecognised or
 * broken file; problems of single questions come back as warnings and `errors` instead.
 */
export async function parseQuestionFile(
  buffer: Uint8Array,
  filename?: string,
): Promise<ParseResult> {
  if (buffer.length === 0) {
    throw new QuestionFileError('EMPTY_FILE', 'Tệp tải lên rỗng.');
  }
  if (buffer.length > IMPORT_LIMITS.maxInputBytes) {
    throw new QuestionFileError(
      'FILE_TOO_LARGE',
      `Tệp lớn hơn ${IMPORT_LIMITS.maxInputBytes / MB} MB; hãy chia thành nhiều tệp nhỏ hơn.`,
    );
  }
  if (looksLikeOldOffice(buffer)) {
    throw new QuestionFileError(
      'UNRECOGNIZED_FORMAT',
      'Tệp Word/Excel định dạng cũ (.doc, .xls) chưa được hỗ trợ. Hãy mở tệp và lưu lại thành .docx hoặc .xlsx rồi tải lên.',
    );
  }
  const format = detectFormat(buffer, filename);
  if (!format && looksLikeZip(buffer)) {
    ZipArchive.open(buffer); // a damaged archive throws CORRUPT_FILE here
  }
  if (!format) {
    throw new QuestionFileError(
      'UNRECOGNIZED_FORMAT',
      'Không nhận ra định dạng tệp. Hãy tải lên tệp Word (.docx), Excel (.xlsx) hoặc CSV theo mẫu, tệp Aiken, GIFT, Moodle XML, hoặc bảng tính mẫu của Kahoot/Quizizz.',
    );
  }
  const result = parseByFormat(buffer, format);
  if (result.items.length > IMPORT_LIMITS.maxItems) throw tooManyQuestions(IMPORT_LIMITS.maxItems);
  return result;
}
