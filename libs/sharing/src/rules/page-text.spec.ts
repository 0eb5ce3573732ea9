import {
  announcementText,
  contestDates,
  formatScore,
  resultHighlight,
  roundDates,
} from './page-text';

describe('page texts', () => {
  const r1 = {
    opensAt: new Date('2026-12-07T00:00:00Z'),
    closesAt: new Date('2026-12-13T14:00:00Z'),
  };
  const r3 = {
    opensAt: new Date('2026-12-21T00:00:00Z'),
    closesAt: new Date('2026-12-27T14:00:00Z'),
  };

  it('writes dates in Vietnam time', () => {
    expect(contestDates([r3, r1])).toBe('Từ 07/12/2026 đến 27/12/2026');
    expect(contestDates([])).toBe('');
    expect(roundDates(r1)).toBe('Mở từ 07:00 07/12/2026 đến 21:00 13/12/2026');
  });

  it('says the result with the rank', () => {
    expect(resultHighlight(18, 20, 35)).toBe('Tôi đạt 18/20 — hạng 35');
    expect(resultHighlight(17.5, 20, 1234)).toBe('Tôi đạt 17,5/20 — hạng 1.234');
    expect(resultHighlight(18, 20, null)).toBe('Tôi đạt 18/20');
    expect(formatScore(9.333)).toBe('9,33');
  });

  it('writes an announcement with the short link', () => {
    const text = announcementText({
      union: 'LĐLĐ tỉnh Trà Vinh',
      title: 'Tìm hiểu lịch sử',
      theme: 'Lịch sử',
      dates: 'Từ 07/12/2026 đến 27/12/2026',
      roundCount: 3,
      shortUrl: 'https://thi.example.vn/c/abc2345',
    });
    expect(text).toContain('LĐLĐ tỉnh Trà Vinh phát động cuộc thi trực tuyến "Tìm hiểu lịch sử"');
    expect(text).toContain('Từ 07/12/2026 đến 27/12/2026, gồm 3 tuần thi.');
    expect(text).toContain('https://thi.example.vn/c/abc2345');
  });
});
