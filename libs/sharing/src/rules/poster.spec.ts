import { pdfQrCode, pdfText } from '../../../../test/helpers/pdf-reader';
import { renderPoster, rulesInThreeLines } from './poster';

describe('poster', () => {
  it('cuts the rules to three lines', () => {
    expect(
      rulesInThreeLines('1. Mỗi tuần 20 câu.\n- Thời gian 15 phút\n\n• Tính lượt cao nhất\nDòng 4'),
    ).toEqual(['Mỗi tuần 20 câu.', 'Thời gian 15 phút', 'Tính lượt cao nhất']);
    expect(rulesInThreeLines('Câu một. Câu hai! Câu ba? Câu bốn.')).toEqual([
      'Câu một.',
      'Câu hai!',
      'Câu ba?',
    ]);
    expect(rulesInThreeLines('')).toEqual([]);
  });

  it('prints the title, dates, rules and short link, and its QR code scans to the short link', async () => {
    const pdf = await renderPoster({
      union: 'Liên đoàn Lao động tỉnh Trà Vinh',
      title: 'Tìm hiểu lịch sử Công đoàn Việt Nam',
      theme: 'Lịch sử Công đoàn',
      dates: 'Từ 07/12/2026 đến 27/12/2026',
      rules: [
        'Mỗi tuần thi gồm 20 câu hỏi trắc nghiệm.',
        'Thời gian 15 phút.',
        'Lượt cao nhất được tính.',
      ],
      shortUrl: 'https://thi.example.vn/c/ab3x7kq',
    });
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Tìm hiểu lịch sử Công đoàn Việt Nam');
    expect(text).toContain('Từ 07/12/2026 đến 27/12/2026');
    expect(text).toContain('Thời gian 15 phút.');
    expect(text).toContain('thi.example.vn/c/ab3x7kq');
    expect(await pdfQrCode(pdf)).toBe('https://thi.example.vn/c/ab3x7kq');
  });
});
