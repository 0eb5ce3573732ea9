import { certificatePreviewText } from './certificate-preview';

const facts = {
  code: 'ABCD-EFGH-JKMN',
  kind: 'prize' as const,
  prize: 'first',
  revoked: false,
  contestTitle: 'Tìm hiểu lịch sử Công đoàn Việt Nam',
  roundTitle: 'Tuần 1',
};

describe('certificate link preview', () => {
  it('names the prize, the round and the contest, and says it is valid', () => {
    const text = certificatePreviewText(facts);
    expect(text.title).toBe(
      'Giấy chứng nhận Giải Nhất Tuần 1 — Tìm hiểu lịch sử Công đoàn Việt Nam',
    );
    expect(text.description).toContain('ABCD-EFGH-JKMN: đạt Giải Nhất Tuần 1');
    expect(text.description).toContain('hợp lệ');
    expect(text.highlight).toBe('Giải Nhất');
  });

  it('says "participation" for a participation certificate', () => {
    const text = certificatePreviewText({ ...facts, kind: 'participation', prize: null });
    expect(text.title).toBe(
      'Giấy chứng nhận tham gia Tuần 1 — Tìm hiểu lịch sử Công đoàn Việt Nam',
    );
    expect(text.description).toContain(': tham gia Tuần 1');
    expect(text.highlight).toBe('Chứng nhận tham gia');
  });

  it('says when the certificate was revoked, never that it is valid', () => {
    const text = certificatePreviewText({ ...facts, revoked: true });
    expect(text.title).toBe('Giấy chứng nhận đã bị thu hồi — Tìm hiểu lịch sử Công đoàn Việt Nam');
    expect(text.description).not.toContain('hợp lệ');
    expect(text.highlight).toBe('Đã thu hồi');
  });
});
