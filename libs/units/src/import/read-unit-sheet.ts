import { AppException, BudgetedZip, ErrorCode, ZipReadError } from '@app/core';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { UnitImportRow } from '../rules/plan-unit-import';
import { foldText } from '../rules/fold-text';

type Field = 'code' | 'name' | 'parentCode' | 'kind' | 'memberCount';

/** Header spellings (folded: lower case, no tones, no punctuation) for each column. */
const HEADERS: Record<Field, string[]> = {
  code: ['code', 'ma don vi', 'ma', 'ma dv'],
  name: ['name', 'ten don vi', 'ten', 'ten dv'],
  parentCode: [
    'parentcode',
    'parent code',
    'ma don vi cap tren',
    'ma cap tren',
    'ma dv cap tren',
    'cap tren',
  ],
  kind: ['kind', 'loai', 'loai don vi'],
  memberCount: ['membercount', 'member count', 'so doan vien', 'so luong doan vien', 'doan vien'],
};
const REQUIRED: Field[] = ['code', 'name', 'kind'];
const HEADER_LABELS: Record<Field, string> = {
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  parentCode: 'Mã đơn vị cấp trên',
  kind: 'Loại',
  memberCount: 'Số đoàn viên',
};

const MAX_ROWS = 20_000;

/**
 * Bytes a unit workbook may hold once inflated. 20,000 rows of five columns take a few MB; the
 * spreadsheet library inflates every entry in memory before any check of its own, so a zip bomb
 * is stopped here first (docs/imports.md, "Parser safety").
 */
export const UNIT_SHEET_MAX_UNCOMPRESSED_BYTES = 40 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 1000;

/** Inflates every entry within the budget (bytes discarded) before exceljs sees the file. */
function checkZipBudget(buffer: Buffer): void {
  try {
    BudgetedZip.open(buffer, {
      budget: UNIT_SHEET_MAX_UNCOMPRESSED_BYTES,
      maxEntries: MAX_ZIP_ENTRIES,
    }).checkAll();
  } catch (error) {
    if (!(error instanceof ZipReadError)) throw error;
    if (error.reason === 'corrupt') {
      throw notASpreadsheet('Không đọc được tệp XLSX (tệp hỏng hoặc không phải bảng tính Excel)');
    }
    throw notASpreadsheet(
      `Tệp XLSX sau khi giải nén lớn hơn ${UNIT_SHEET_MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB: hãy chia danh sách thành nhiều tệp hoặc lưu lại thành CSV`,
    );
  }
}

function notASpreadsheet(message: string): AppException {
  return AppException.validation(message, [{ field: 'file', message }]);
}

function headerField(raw: string): Field | undefined {
  const folded = foldText(raw)
    .replace(/\(.*?\)|\*/g, '')
    .replace(/[_\-.:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(folded));
}

/** Turns the grid (first row = header) into rows; unknown columns are ignored. */
function toRows(
  grid: Array<{ row: number; cells: Array<string | number | null> }>,
): UnitImportRow[] {
  const header = grid[0];
  if (!header || header.row !== 1 || header.cells.every((c) => c === null || c === '')) {
    throw new AppException(400, ErrorCode.IMPORT_FAILED, 'Dòng 1 phải là dòng tiêu đề', [
      { row: 1, message: 'Dòng 1 phải là dòng tiêu đề (Mã đơn vị, Tên đơn vị, Loại, …)' },
    ]);
  }
  const columns = new Map<Field, number>();
  header.cells.forEach((cell, index) => {
    const field = headerField(String(cell ?? ''));
    if (field && !columns.has(field)) columns.set(field, index);
  });
  const missing = REQUIRED.filter((f) => !columns.has(f));
  if (missing.length) {
    const message = `Thiếu cột ${missing.map((f) => `"${HEADER_LABELS[f]}" (${f})`).join(', ')}`;
    throw new AppException(400, ErrorCode.IMPORT_FAILED, message, [{ row: 1, message }]);
  }
  if (grid.length - 1 > MAX_ROWS) {
    throw new AppException(400, ErrorCode.IMPORT_FAILED, `Tệp có quá ${MAX_ROWS} dòng`, [
      { row: MAX_ROWS + 2, message: `Tệp có quá ${MAX_ROWS} dòng` },
    ]);
  }
  const text = (cells: Array<string | number | null>, field: Field): string => {
    const index = columns.get(field);
    const value = index === undefined ? null : cells[index];
    return value === null || value === undefined ? '' : String(value);
  };
  const rows: UnitImportRow[] = [];
  for (const { row, cells } of grid.slice(1)) {
    if (cells.every((c) => c === null || String(c).trim() === '')) continue;
    const countIndex = columns.get('memberCount');
    const count = countIndex === undefined ? null : (cells[countIndex] ?? null);
    rows.push({
      row,
      code: text(cells, 'code'),
      name: text(cells, 'name'),
      parentCode: text(cells, 'parentCode'),
      kind: text(cells, 'kind'),
      memberCount: typeof count === 'number' ? count : count === null ? null : String(count),
    });
  }
  return rows;
}

function cellValue(value: ExcelJS.CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return typeof result === 'number' || typeof result === 'string' ? result : null;
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return null;
  return null;
}

async function readXlsx(buffer: Buffer): Promise<UnitImportRow[]> {
  checkZipBudget(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer);
  } catch {
    throw notASpreadsheet('Không đọc được tệp XLSX (tệp hỏng hoặc không phải bảng tính Excel)');
  }
  const sheet = workbook.worksheets.find((ws) => ws.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) throw notASpreadsheet('Tệp XLSX không có trang tính nào');
  const grid: Array<{ row: number; cells: Array<string | number | null> }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Array<string | number | null> = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
    grid.push({ row: rowNumber, cells });
  });
  return toRows(grid);
}

/** The delimiter of the header line: the most frequent of `,` `;` tab outside quotes. */
function detectDelimiter(text: string): string {
  const firstLine = text.replace(/"[^"]*"/g, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

/** Bytes no text file holds (NUL, and control characters other than tab and line breaks). */
function looksBinary(buffer: Buffer): boolean {
  const head = buffer.subarray(0, 4096);
  return head.some((b) => b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f);
}

function readCsv(buffer: Buffer): UnitImportRow[] {
  if (looksBinary(buffer)) throw notASpreadsheet('Tệp không phải bảng tính CSV hoặc XLSX');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw notASpreadsheet(
      'Tệp CSV phải được lưu với mã hoá UTF-8 (trong Excel: Lưu thành "CSV UTF-8"), hoặc dùng tệp XLSX',
    );
  }
  text = text.replace(/^\ufeff/, '');
  let records: Array<{ record: string[]; info: { records: number } }>;
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as Array<{ record: string[]; info: { records: number } }>;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const message = `Tệp CSV sai định dạng${line ? ` ở dòng ${line}` : ''}: ${(error as Error).message}`;
    throw new AppException(400, ErrorCode.IMPORT_FAILED, message, [
      { row: line ?? 1, message: 'Tệp CSV sai định dạng (dấu ngoặc kép không đóng?)' },
    ]);
  }
  return toRows(
    records.map(({ record, info }) => ({
      row: info.records,
      cells: record.map((c) => (c.trim() === '' ? null : c)),
    })),
  );
}

/**
 * Reads an uploaded unit list. The format is recognised from the content: XLSX (a ZIP) or CSV
 * in UTF-8 (with or without BOM; comma, semicolon or tab separated). Row 1 is the header, with
 * English (code, name, parentCode, kind, memberCount) or Vietnamese ("Mã đơn vị", "Tên đơn vị",
 * "Mã đơn vị cấp trên", "Loại", "Số đoàn viên") names. Anything else → 400. Runs in the
 * calling thread: uploads go through `readUnitSheetInWorker`.
 */
export async function readUnitSheet(buffer: Buffer): Promise<UnitImportRow[]> {
  if (buffer.length === 0) throw notASpreadsheet('Tệp rỗng');
  if (buffer.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readXlsx(buffer);
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw notASpreadsheet(
      'Định dạng Excel cũ (.xls) không được hỗ trợ: hãy lưu thành .xlsx hoặc CSV',
    );
  }
  return readCsv(buffer);
}
