/**
 * Question files in and out: recognise an uploaded file, read it into preview items with
 * reasons and warnings, and write banks as the XLSX/CSV template, Aiken and GIFT.
 */
export * from './types';
export { QuestionFileError, type QuestionFileErrorCode } from './question-file-error';
export { IMPORT_LIMITS } from './limits';
export { detectFormat } from './detect-format';
export { parseQuestionFile } from './parse-any';
export { parseDocx } from './docx';
export { parseAiken } from './aiken';
export { parseGift } from './gift';
export { parseMoodleXml } from './moodle-xml';
export { parseKahoot } from './kahoot';
export { parseQuizizz } from './quizizz';
export { parseTemplateCsv, parseTemplateXlsx } from './template';
export { TEMPLATE_MAX_QUESTIONS } from './template-columns';
export {
  TEMPLATE_EXAMPLES,
  writeImportTemplateXlsx,
  writeTemplateCsv,
  writeTemplateXlsx,
} from './template-export';
export { exportAiken, type TextExport } from './aiken-export';
export { exportGift } from './gift-export';
export { neutralizeCell, unneutralizeCell } from './sheet-cells';
