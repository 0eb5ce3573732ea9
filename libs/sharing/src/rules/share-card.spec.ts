import { cardVersion, renderCardSvg, type ShareCard, wrapText } from './share-card';

const card: ShareCard = {
  union: 'Liên đoàn Lao động tỉnh Trà Vinh',
  title: 'Tìm hiểu lịch sử Công đoàn Việt Nam <95 năm> & truyền thống',
  subtitle: 'Lịch sử Công đoàn',
  lines: ['Từ 07/12/2026 đến 27/12/2026'],
  footer: 'thi.example.vn/c/abc2345',
};

describe('share card', () => {
  it('escapes text and prints every part', () => {
    const svg = renderCardSvg(card);
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('&#60;95 năm&#62; &#38; truyền');
    expect(svg).toContain('LIÊN ĐOÀN LAO ĐỘNG TỈNH TRÀ VINH');
    expect(svg).toContain('Từ 07/12/2026 đến 27/12/2026');
    expect(svg).toContain('thi.example.vn/c/abc2345');
  });

  it('prints the highlight of a shared result', () => {
    expect(renderCardSvg({ ...card, highlight: 'Tôi đạt 18/20 — hạng 35' })).toContain(
      'Tôi đạt 18/20 — hạng 35',
    );
  });

  it('versions change with any printed change only', () => {
    expect(cardVersion(card)).toBe(cardVersion({ ...card }));
    expect(cardVersion({ ...card, title: card.title + '!' })).not.toBe(cardVersion(card));
  });

  it('wraps words within the width and marks cut text', () => {
    const lines = wrapText('một hai ba bốn năm sáu bảy tám chín mười', 50, 300, 2);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(10);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(wrapText('ngắn gọn', 50, 600, 3)).toEqual(['ngắn gọn']);
  });
});
