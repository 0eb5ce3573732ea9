import { winnerMail } from './winner-mail';

const data = {
  fullName: '<b>Lê Văn Cường</b>',
  prize: 'first' as const,
  rank: 1,
  contestTitle: 'Tìm hiểu lịch sử Công đoàn Việt Nam',
  contestSlug: 'lich-su-cong-doan',
  roundTitle: 'Tuần 2',
  roundPosition: 2,
  score: 20,
  correctCount: 20,
  questionCount: 20,
  finalizedAt: new Date('2025-08-10T15:00:00Z'),
  roundId: '3f1c2d4e-0000-4000-8000-000000000001',
  certificateCode: 'ABCD-EFGH-JKMN',
};

describe('winnerMail', () => {
  const mail = winnerMail.render(data, { publicUrl: 'https://hoithi.example.vn' });

  it('congratulates the winner in Vietnamese with the prize, the round and the contest', () => {
    expect(mail.subject).toBe(
      'Chúc mừng bạn đạt Giải Nhất Tuần 2 - Tìm hiểu lịch sử Công đoàn Việt Nam',
    );
    expect(mail.text).toContain('Chúc mừng bạn đã đạt Giải Nhất Tuần 2 (tuần thi thứ 2)');
    expect(mail.text).toContain('hạng 1, 20/20 câu đúng, 20 điểm');
    expect(mail.text).toContain('10/08/2025 22:00:00');
    expect(mail.text).toContain('https://hoithi.example.vn/cuoc-thi/lich-su-cong-doan');
  });

  it('links the certificate as a plain PDF download and the public results of the round', () => {
    expect(mail.text).toContain('https://hoithi.example.vn/api/certificates/ABCD-EFGH-JKMN/pdf');
    expect(mail.text).toContain(
      'https://hoithi.example.vn/ket-qua/3f1c2d4e-0000-4000-8000-000000000001',
    );
    expect(mail.html).toContain(
      'href="https://hoithi.example.vn/api/certificates/ABCD-EFGH-JKMN/pdf"',
    );
  });

  it('escapes the user’s name in the HTML part', () => {
    expect(mail.html).toContain('&lt;b&gt;Lê Văn Cường&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Lê');
  });
});
