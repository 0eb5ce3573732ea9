/**
 * What a certificate says (docs/certificates.md). Pure: the template's placeholders filled with
 * the certificate's facts.
 */
export interface CertificateTemplate {
  title: string;
  /** Free text with placeholders: {hoTen} {donVi} {cuocThi} {tuanThi} {ketQua} {diem} {giai}. */
  text: string;
  primaryColor: string;
  accentColor: string;
  signerName: string;
  signerTitle: string;
  participationEnabled: boolean;
}

export const DEFAULT_TEMPLATE: Readonly<CertificateTemplate> = {
  title: 'GIẤY CHỨNG NHẬN',
  text: 'Đã {ketQua} {tuanThi} cuộc thi “{cuocThi}”.',
  primaryColor: '#8b1a1a',
  accentColor: '#b8860b',
  signerName: '',
  signerTitle: 'TM. BAN TỔ CHỨC',
  participationEnabled: false,
};

export const PRIZE_NAMES: Readonly<Record<string, string>> = {
  first: 'Giải Nhất',
  second: 'Giải Nhì',
  third: 'Giải Ba',
  consolation: 'Giải Khuyến khích',
};

export interface CertificateFacts {
  fullName: string;
  unitName: string | null;
  contestTitle: string;
  roundTitle: string;
  kind: 'prize' | 'participation';
  prize: string | null;
  score: number;
}

/** "8" or "8,5": scores as Vietnamese write them. */
export function formatScore(score: number): string {
  return String(Math.round(score * 100) / 100).replace('.', ',');
}

/** What the certificate states the person achieved ("đạt Giải Nhất", "tham gia, đạt 8 điểm"). */
export function achievement(facts: CertificateFacts): string {
  if (facts.kind === 'prize' && facts.prize)
    return `đạt ${PRIZE_NAMES[facts.prize] ?? facts.prize}`;
  return `tham gia và đạt ${formatScore(facts.score)} điểm`;
}

export function fillCertificateText(text: string, facts: CertificateFacts): string {
  const values: Record<string, string> = {
    hoTen: facts.fullName,
    donVi: facts.unitName ?? '',
    cuocThi: facts.contestTitle,
    tuanThi: facts.roundTitle,
    ketQua: achievement(facts),
    diem: formatScore(facts.score),
    giai: facts.prize ? (PRIZE_NAMES[facts.prize] ?? '') : '',
  };
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Image types a template accepts, sniffed from the bytes (pdfkit draws PNG and JPEG). */
export function imageType(bytes: Buffer): 'png' | 'jpeg' | null {
  if (
    bytes.length > 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
  ) {
    return 'png';
  }
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'jpeg';
  return null;
}
