/**
 * Writing the results export: XLSX with exceljs's streaming writer (rows are committed one by one
 * and never held in memory) and CSV (UTF-8 with BOM). The cells come from export-row.ts, already
 * neutralised; both writers stream into a HashedFileSink.
 */
import ExcelJS from 'exceljs';
import { csvLine, UTF8_BOM } from './csv-line';
import {
  EXPORT_HEADERS,
  type ExportEntry,
  type ExportMeta,
  exportRow,
  titleBlock,
} from './export-row';
import type { HashedFileSink } from './hashed-file';

export type EntryPages = () => AsyncIterable<ExportEntry[]>;

const COLUMN_WIDTHS = [7, 28, 30, 28, 15, 11, 9, 10, 12, 12, 12, 22, 18, 28, 40];
const SECONDS_COLUMN = 11;
/**
 * Every data cell gets one of these shared objects: exceljs caches a style by object identity,
 * so 1.5 million cells cost one style lookup each instead of building 1.5 million styles (3× faster).
 */
const PLAIN_STYLE: Partial<ExcelJS.Style> = {};
const SECONDS_STYLE: Partial<ExcelJS.Style> = { numFmt: '0.000' };
export const RESULTS_SHEET = 'Kết quả';
export const WINNERS_SHEET = 'Danh sách đạt giải';

/** XLSX: sheet "Kết quả" (everyone), then sheet "Danh sách đạt giải" (winners only). Returns the rows written to the first. */
export async function writeResultsXlsx(
  sink: HashedFileSink,
  meta: ExportMeta,
  all: EntryPages,
  winners: EntryPages,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink.stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'HoiThi';
  workbook.created = meta.computedAt;
  const rows = await writeSheet(workbook, RESULTS_SHEET, meta, all);
  await writeSheet(workbook, WINNERS_SHEET, meta, winners);
  await workbook.commit();
  return rows;
}

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  meta: ExportMeta,
  pages: EntryPages,
): Promise<number> {
  const title = titleBlock(meta);
  const headerRow = title.length + 2;
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  title.forEach((line, i) => {
    const row = sheet.addRow([line]);
    row.font = i === 0 ? { bold: true, size: 14 } : { italic: i === title.length - 1 };
    sheet.mergeCells(i + 1, 1, i + 1, EXPORT_HEADERS.length);
    row.commit();
  });
  sheet.addRow([]).commit();
  const header = sheet.addRow([...EXPORT_HEADERS]);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  let count = 0;
  for await (const page of pages()) {
    for (const entry of page) {
      const row = sheet.addRow(exportRow(entry));
      for (let col = 1; col <= EXPORT_HEADERS.length; col++) {
        row.getCell(col).style = col === SECONDS_COLUMN ? SECONDS_STYLE : PLAIN_STYLE;
      }
      row.commit();
      count += 1;
    }
  }
  sheet.commit();
  return count;
}

/** CSV: BOM, the title block (one cell per line), a blank line, the header, every entry. */
export async function writeResultsCsv(
  sink: HashedFileSink,
  meta: ExportMeta,
  all: EntryPages,
): Promise<number> {
  await sink.write(
    UTF8_BOM +
      titleBlock(meta)
        .map((line) => csvLine([line]))
        .join('') +
      '\r\n' +
      csvLine(EXPORT_HEADERS),
  );
  let count = 0;
  for await (const page of all()) {
    await sink.write(page.map((entry) => csvLine(exportRow(entry))).join(''));
    count += page.length;
  }
  return count;
}
