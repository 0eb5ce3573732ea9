import { achievement, DEFAULT_TEMPLATE, fillCertificateText, imageType } from './certificate-text';

const facts = {
  fullName: 'Nguyễn Thị Ánh Tuyết',
  unitName: 'CĐCS Điện lực',
  contestTitle: 'Tìm hiểu Bộ luật Lao động',
  roundTitle: 'Tuần 2',
  kind: 'prize' as const,
  prize: 'consolation',
  score: 8.5,
};

describe('certificate text', () => {
  it('fills the placeholders, leaving unknown ones as written', () => {
    expect(fillCertificateText(DEFAULT_TEMPLATE.text, facts)).toBe(
      'Đã đạt Giải Khuyến khích Tuần 2 cuộc thi “Tìm hiểu Bộ luật Lao động”.',
    );
    expect(fillCertificateText('{hoTen} ({donVi}) {diem} điểm {khac}', facts)).toBe(
      'Nguyễn Thị Ánh Tuyết (CĐCS Điện lực) 8,5 điểm {khac}',
    );
  });

  it('says participation with the score when there is no prize', () => {
    expect(achievement({ ...facts, kind: 'participation', prize: null, score: 7 })).toBe(
      'tham gia và đạt 7 điểm',
    );
  });

  it('accepts PNG and JPEG by their bytes only', () => {
    expect(imageType(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 0]))).toBe('png');
    expect(imageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(imageType(Buffer.from('<svg></svg>'))).toBeNull();
  });
});
