import { csvLine } from './csv-line';
import {
  displayPhone,
  EXPORT_HEADERS,
  type ExportEntry,
  exportFileName,
  exportRow,
  titleBlock,
} from './export-row';

const entry: ExportEntry = {
  rank: 3,
  fullName: 'Trần Thị Bình',
  unitName: 'CĐCS Trường THCS An Trường',
  email: 'binh@example.vn',
  phone: '+84912345678',
  correctCount: 18,
  score: 18.5,
  prediction: 40,
  predictionError: 2,
  durationMs: 312_456,
  submittedAt: new Date('2025-07-28T14:00:01Z'),
  prize: 'second',
  excludedReason: null,
  disqualifiedReason: null,
  flags: ['too_fast', 'something_new'],
};

describe('exportRow', () => {
  it('gives one cell per header, in Vietnamese', () => {
    const row = exportRow(entry);
    expect(row).toHaveLength(EXPORT_HEADERS.length);
    expect(row).toEqual([
      3,
      'Trần Thị Bình',
      'CĐCS Trường THCS An Trường',
      'binh@example.vn',
      '0912345678',
      18,
      18.5,
      40,
      2,
      '05:12',
      312.456,
      '28/07/2025 21:00:01',
      'Giải Nhì',
      'Làm bài quá nhanh; something_new',
      '',
    ]);
  });

  it('neutralises every text cell a user controls', () => {
    const row = exportRow({
      ...entry,
      fullName: '=HYPERLINK("http://x","y")',
      unitName: '+SUM(1)',
      email: '@evil',
      phone: '-1',
    });
    expect(row.slice(1, 5)).toEqual(['\'=HYPERLINK("http://x","y")', "'+SUM(1)", "'@evil", "'-1"]);
  });

  it('explains an exclusion and leaves the rank of a disqualified person empty', () => {
    const row = exportRow({
      ...entry,
      rank: null,
      prize: null,
      excludedReason: 'disqualified',
      disqualifiedReason: '=nhiều tài khoản',
    });
    expect(row[0]).toBeNull();
    expect(row[12]).toBe('');
    expect(row[14]).toBe('Bị loại kết quả: =nhiều tài khoản');
    expect(exportRow({ ...entry, excludedReason: 'staff' })[14]).toMatch(/không xét giải/);
  });
});

describe('displayPhone', () => {
  it('writes Vietnamese numbers the national way and leaves others alone', () => {
    expect(displayPhone('+84912345678')).toBe('0912345678');
    expect(displayPhone('+14155550100')).toBe('+14155550100');
    expect(displayPhone(null)).toBe('');
  });
});

describe('titleBlock', () => {
  const meta = {
    contestTitle: '=Tìm hiểu Bộ luật Lao động',
    roundTitle: 'Tuần 1',
    roundPosition: 1,
    opensAt: new Date('2025-07-28T00:00:00Z'),
    closesAt: new Date('2025-08-03T14:00:00Z'),
    participants: 1234,
    perfectCount: 56,
    computedAt: new Date('2025-08-03T15:00:00Z'),
    finalizedAt: null,
  };

  it('names the contest and the round, with Vietnam times and figures', () => {
    const lines = titleBlock(meta);
    expect(lines[0]).toBe('KẾT QUẢ =TÌM HIỂU BỘ LUẬT LAO ĐỘNG');
    expect(lines[1]).toBe(
      'Tuần 1 (tuần thi thứ 1): từ 28/07/2025 07:00 đến 03/08/2025 21:00 (giờ Việt Nam)',
    );
    expect(lines[2]).toContain('1.234');
    expect(lines[3]).toMatch(/tạm tính/);
    expect(titleBlock({ ...meta, finalizedAt: meta.computedAt })[3]).toMatch(/chính thức/);
  });

  it('neutralises a round title that starts like a formula', () => {
    expect(titleBlock({ ...meta, roundTitle: '@Tuần 1' })[1].startsWith("'@")).toBe(true);
  });
});

describe('exportFileName', () => {
  it('is ASCII with the slug and the round position', () => {
    expect(exportFileName('tim-hieu-blld-2025', 2, 'xlsx')).toBe(
      'ket-qua-tim-hieu-blld-2025-tuan-2.xlsx',
    );
    expect(exportFileName('../../etc"x', 1, 'csv')).toBe('ket-qua-etc-x-tuan-1.csv');
  });
});

describe('csvLine', () => {
  it('quotes text, doubles quotes, leaves numbers bare and ends with CRLF', () => {
    expect(csvLine([1, 'Nguyễn "Út"', null, 2.5, 'a,b'])).toBe('1,"Nguyễn ""Út""",,2.5,"a,b"\r\n');
  });
});
