/**
 * The participation report as XLSX, written with exceljs's streaming writer straight into the
 * response (rows are committed one by one). Sheet "Báo cáo": the title lines, one row per unit,
 * the totals, then the collective score rule and its weights; sheet "Theo tuần": people and
 * attempts per week. Numbers are written as numbers (rates as fractions shown in percent), text
 * cells are neutralised against formula injection.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutralizeCell } from '@app/judging';
import type { ParticipationItemDto, ParticipationReportDto } from '../dto/participation.dto';
import { REPORT_COLUMNS, type ReportColumn, titleLines, weightsText } from './report-table';

export const REPORT_SHEET = 'Báo cáo';
export const WEEKLY_SHEET = 'Theo tuần';
const WIDTHS = [7, 44, 13, 13, 10, 13, 13, 12, 9, 13, 13];

const FORMATS: Record<ReportColumn['kind'], Partial<ExcelJS.Style>> = {
  text: {},
  count: { numFmt: '#,##0' },
  rate: { numFmt: '0.00%' },
  decimal: { numFmt: '0.##' },
};

function cells(row: ParticipationItemDto): Array<string | number | null> {
  return REPORT_COLUMNS.map((column) => {
    const value = column.value(row);
    return typeof value === 'string' ? neutralizeCell(value) : value;
  });
}

export async function writeParticipationXlsx(
  report: ParticipationReportDto,
  out: Writable,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'HoiThi';
  workbook.created = new Date(report.generatedAt);
  const title = titleLines(report);
  const headerRow = title.length + 2;
  const sheet = workbook.addWorksheet(REPORT_SHEET, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  title.forEach((line, i) => {
    const row = sheet.addRow([neutralizeCell(line)]);
    row.font = i === 0 ? { bold: true, size: 14 } : { italic: i === title.length - 1 };
    sheet.mergeCells(i + 1, 1, i + 1, REPORT_COLUMNS.length);
    row.commit();
  });
  sheet.addRow([]).commit();
  const header = sheet.addRow(REPORT_COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  const addItem = (item: ParticipationItemDto, bold = false) => {
    const row = sheet.addRow(cells(item));
    REPORT_COLUMNS.forEach((column, i) => {
      row.getCell(i + 1).style = bold
        ? { ...FORMATS[column.kind], font: { bold: true } }
        : FORMATS[column.kind];
    });
    row.commit();
  };
  for (const item of report.items) addItem(item);
  addItem({ ...report.totals, rank: null, unitName: `Tổng cộng: ${report.totals.unitName}` }, true);
  sheet.addRow([]).commit();
  for (const line of ['Cách tính điểm tập thể', report.collectiveRule, weightsText(report)]) {
    const row = sheet.addRow([neutralizeCell(line)]);
    sheet.mergeCells(row.number, 1, row.number, REPORT_COLUMNS.length);
    row.commit();
  }
  sheet.commit();

  const weekly = workbook.addWorksheet(WEEKLY_SHEET);
  weekly.columns = [{ width: 16 }, { width: 16 }, { width: 12 }];
  weekly.addRow(['Tuần (từ thứ Hai)', 'Người tham gia', 'Lượt thi']).font = { bold: true };
  for (const week of report.weekly) {
    const [y, m, d] = week.weekStart.split('-');
    weekly.addRow([`${d}/${m}/${y}`, week.participants, week.attempts]).commit();
  }
  weekly.commit();
  await workbook.commit();
}
