import ExcelJS from 'exceljs';
import { readUnitSheet } from './read-unit-sheet';

const csv = (text: string, bom = false) => Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');

describe('readUnitSheet', () => {
  it('reads a CSV with BOM, semicolons and Vietnamese headers', async () => {
    const rows = await readUnitSheet(
      csv(
        'Mã đơn vị;Tên đơn vị;Mã đơn vị cấp trên;Loại;Số đoàn viên\r\nTV;"LĐLĐ tỉnh; Trà Vinh";;LĐLĐ tỉnh;46.970\r\n',
        true,
      ),
    );
    expect(rows).toEqual([
      {
        row: 2,
        code: 'TV',
        name: 'LĐLĐ tỉnh; Trà Vinh',
        parentCode: '',
        kind: 'LĐLĐ tỉnh',
        memberCount: '46.970',
      },
    ]);
  });

  it('numbers rows as a spreadsheet does, across blank lines and multi-line cells', async () => {
    const rows = await readUnitSheet(
      csv('code,name,kind\nA,"Tên\ntrên hai dòng",grassroots\n\nB,Tên B,grassroots\n'),
    );
    expect(rows.map((r) => [r.row, r.code])).toEqual([
      [2, 'A'],
      [4, 'B'],
    ]);
  });

  it('reads tab-separated text and ignores unknown columns', async () => {
    const rows = await readUnitSheet(csv('Ghi chú\tcode\tname\tkind\nxyz\tA\tTên A\tgrassroots\n'));
    expect(rows).toEqual([
      { row: 2, code: 'A', name: 'Tên A', parentCode: '', kind: 'grassroots', memberCount: null },
    ]);
  });

  it('reads the first sheet of an XLSX file, with numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đơn vị');
    sheet.addRow(['code', 'name', 'parentCode', 'kind', 'memberCount']);
    sheet.addRow(['TV', 'LĐLĐ tỉnh Trà Vinh', null, 'province_federation', 46970]);
    sheet.addRow([]);
    sheet.addRow([
      'TV-CL',
      { richText: [{ text: 'LĐLĐ huyện ' }, { text: 'Càng Long' }] },
      'TV',
      'district_federation',
      { formula: '4000+310', result: 4310 },
    ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const rows = await readUnitSheet(buffer);
    expect(rows).toEqual([
      {
        row: 2,
        code: 'TV',
        name: 'LĐLĐ tỉnh Trà Vinh',
        parentCode: '',
        kind: 'province_federation',
        memberCount: 46970,
      },
      {
        row: 4,
        code: 'TV-CL',
        name: 'LĐLĐ huyện Càng Long',
        parentCode: 'TV',
        kind: 'district_federation',
        memberCount: 4310,
      },
    ]);
  });

  it.each([
    ['a PNG image', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), /không phải bảng tính/],
    ['an old .xls file', Buffer.from('d0cf11e0a1b11ae1', 'hex'), /\.xls/],
    ['a broken ZIP', Buffer.from('504b0304deadbeef', 'hex'), /XLSX/],
    ['text in another encoding', Buffer.from([0x4d, 0xe3, 0x20, 0x64, 0x76, 0x0a]), /UTF-8/],
    ['an empty file', Buffer.alloc(0), /rỗng/],
  ])('refuses %s with a 400', async (_what, buffer, message) => {
    await expect(readUnitSheet(buffer)).rejects.toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message,
    });
  });

  it('names the missing columns, on row 1', async () => {
    await expect(readUnitSheet(csv('Mã đơn vị,Ghi chú\nA,x\n'))).rejects.toMatchObject({
      status: 400,
      code: 'IMPORT_FAILED',
      details: [{ row: 1, message: expect.stringMatching(/Tên đơn vị.*Loại/) }],
    });
  });
});
