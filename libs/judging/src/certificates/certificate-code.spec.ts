import { newCertificateCode, normalizeCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('makes XXXX-XXXX-XXXX codes without look-alike characters, different every time', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newCertificateCode()));
    expect(codes.size).toBe(2000);
    for (const code of codes)
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  });

  it('reads a typed code whatever its case and spacing, and refuses what cannot be a code', () => {
    expect(normalizeCertificateCode(' abcd efgh-jkmn ')).toBe('ABCD-EFGH-JKMN');
    expect(normalizeCertificateCode('ABCD-EFGH-JKM0')).toBeNull();
    expect(normalizeCertificateCode('ABCD-EFGH')).toBeNull();
    expect(normalizeCertificateCode('../../etc/passwd')).toBeNull();
  });
});
