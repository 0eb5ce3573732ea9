import ExcelJS from 'exceljs';
import { detectSpreadsheet } from './spreadsheet-kind';

describe('detectSpreadsheet', () => {
  it('recognises an XLSX workbook by its content', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['a']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    expect(detectSpreadsheet(buf)).toEqual({ kind: 'xlsx' });
  });

  it('takes UTF-8 text (with or without BOM) as CSV', () => {
    expect(detectSpreadsheet(Buffer.from('\uFEFFLoại;Nội dung\n'))).toEqual({ kind: 'csv' });
    expect(detectSpreadsheet(Buffer.from('type,prompt\n'))).toEqual({ kind: 'csv' });
  });

  it.each([
    ['empty', Buffer.alloc(0), /rỗng/],
    ['PDF', Buffer.from('%PDF-1.7\n'), /không phải bảng tính/],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]), /không phải bảng tính/],
    ['old Excel', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /\.xls/],
    ['UTF-16 text', Buffer.from('\uFEFFa;b', 'utf16le'), /UTF-16/],
    ['broken zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /hỏng/],
  ])('refuses %s with a plain message', (_name, buf, message) => {
    const kind = detectSpreadsheet(buf);
    expect(kind.kind).toBe('rejected');
    expect(kind.kind === 'rejected' && kind.message).toMatch(message);
  });
});
