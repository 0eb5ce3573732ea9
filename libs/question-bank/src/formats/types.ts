import type { QuestionInput } from '../question-input';

/** The formats an uploaded question file can be in (docs/api.md, "Import with preview"). */
export const IMPORT_FORMATS = [
  'xlsx',
  'csv',
  'docx',
  'aiken',
  'gift',
  'moodle_xml',
  'kahoot',
  'quizizz',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Where in the uploaded file an item came from, in the numbers the author's tool shows. */
export interface ItemSource {
  /** Text formats (Aiken, GIFT, Moodle XML): 1-based line. */
  line?: number;
  /** Spreadsheets: the row number the spreadsheet shows (header = row 1). */
  row?: number;
  /** Word documents: 1-based paragraph, counting paragraphs inside tables too. */
  paragraph?: number;
}

/**
 * One question the parser proposes. `reasons` say why it proposed this type and answer,
 * `warnings` what the organizer must check; both in plain Vietnamese.
 */
export interface ParsedItem {
  /** 0-based position in `items`. */
  index: number;
  question: QuestionInput;
  reasons: string[];
  warnings: string[];
  source?: ItemSource;
}

/** A problem that concerns the file or a row rather than one proposed question. */
export interface ParseError {
  /** Where the problem is: spreadsheet row (header = 1), text line, or Word paragraph. */
  row?: number;
  message: string;
}

export interface ParseResult {
  format: ImportFormat;
  items: ParsedItem[];
  errors: ParseError[];
}
