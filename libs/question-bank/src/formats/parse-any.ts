import { parseAiken } from './aiken';
import { detectFormat, looksLikeOldOffice } from './detect-format';
import { parseDocx } from './docx';
import { parseGift } from './gift';
import { parseKahoot } from './kahoot';
import { IMPORT_LIMITS, MB } from './limits';
import { parseMoodleXml } from './moodle-xml';
import { QuestionFileError, tooManyQuestions } from './question-file-error';
import { parseQuizizz } from './quizizz';
import { decodeText, parseTemplateCsv, parseTemplateXlsx } from './template';
import type { ParseResult } from './types';
import { looksLikeZip, ZipArchive } from './zip';

function parseByFormat(
  buffer: Uint8Array,
  format: NonNullable<ReturnType<typeof detectFormat>>,
): ParseResult {
  switch (format) {
    case 'docx':
      return parseDocx(buffer);
    case 'xlsx':
      return parseTemplateXlsx(buffer);
    case 'kahoot':
      return parseKahoot(buffer);
    case 'quizizz':
      return parseQuizizz(buffer);
    case 'csv':
      return parseTemplateCsv(buffer);
    case 'aiken':
      return parseAiken(decodeText(buffer).replace(/^\uFEFF/, ''));
    case 'gift':
      return parseGift(decodeText(buffer).replace(/^\uFEFF/, ''));
    case 'moodle_xml':
      return parseMoodleXml(decodeText(buffer).replace(/^\uFEFF/, ''));
  }
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
