import type { ParticipationItemDto } from '../dto/participation.dto';
import { cellText, REPORT_COLUMNS, reportFileName, vietnameseDate } from './report-table';

const row: ParticipationItemDto = {
  rank: null,
  kind: 'direct',
  unitId: null,
  unitName: 'LĐLĐ huyện Càng Long (trực thuộc)',
  parentId: null,
  memberCount: 12345,
  participants: 3,
  attempts: 4,
  participationRate: 1 / 3,
  completionRate: null,
  averageScore: 7.5,
  prizes: 0,
  prizesByKind: { first: 0, second: 0, third: 0, consolation: 0 },
  prizePoints: 0,
  collectiveScore: 33.33,
  hasChildren: false,
};
const column = (header: string) => REPORT_COLUMNS.find((c) => c.header === header)!;

describe('participation report cells as printed', () => {
  it('prints counts with the Vietnamese thousands point, rates in percent with a comma, none as a dash', () => {
    expect(cellText(column('Số đoàn viên'), row)).toBe('12.345');
    expect(cellText(column('Tỷ lệ tham gia'), row)).toBe('33,33 %');
    expect(cellText(column('Tỷ lệ hoàn thành'), row)).toBe('—');
    expect(cellText(column('Điểm trung bình'), row)).toBe('7,5');
    expect(cellText(column('Điểm giải thưởng'), row)).toBe('0');
    expect(cellText(column('Hạng'), row)).toBe('');
    expect(cellText(column('Đơn vị'), row)).toBe('LĐLĐ huyện Càng Long (trực thuộc)');
  });

  it('names files in ASCII and dates documents in Vietnam time', () => {
    expect(reportFileName('tim-hieu-BLLĐ 2019', 2, 'pdf')).toBe(
      'bao-cao-tham-gia-tim-hieu-bll-2019-tuan-2.pdf',
    );
    expect(reportFileName(null, null, 'xlsx')).toBe('bao-cao-tham-gia-cuoc-thi.xlsx');
    expect(vietnameseDate(new Date('2026-12-03T18:30:00Z'))).toBe('Ngày 04 tháng 12 năm 2026');
  });
});
