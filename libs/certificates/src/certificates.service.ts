import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { type AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { ContestAccessService } from '@app/contests';
import {
  CertificatesRepository,
  normalizeCertificateCode,
  type StoredCertificate,
} from '@app/judging';
import { Zip, ZipPassThrough } from 'fflate';
import type { CertificateVerificationDto } from './dto/certificate.dto';
import { CertificateEligibilityRepository } from './certificate-eligibility.repository';
import { CertificateFilesService, verificationPath } from './certificate-files.service';
import { CertificateTemplateRepository } from './template/certificate-template.repository';

const ZIP_PAGE = 50;
const notGiven = () =>
  AppException.notFound(
    'Kết quả này không có giấy chứng nhận (hoặc giấy chứng nhận đã bị thu hồi)',
  );

/**
 * Certificates ("Giấy chứng nhận"): a prize certificate for a winning attempt of a finalized
 * round; a participation certificate for the counted attempt of a closed round when the contest
 * offers them. Revoked while the attempt is disqualified. See docs/certificates.md.
 */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly eligibility: CertificateEligibilityRepository,
    private readonly templates: CertificateTemplateRepository,
    private readonly files: CertificateFilesService,
    private readonly access: ContestAccessService,
  ) {}

  /** The attempt's certificate, issued now if it is due; 404 when the result earns none. */
  async forAttempt(attemptId: string, user: AuthUser): Promise<StoredCertificate> {
    const facts = await this.eligibility.facts(attemptId);
    if (!facts) throw AppException.notFound('Không tìm thấy lượt thi');
    if (facts.userId !== user.id && !(await this.access.canJudge(facts.contestId, user))) {
      throw AppException.notFound('Không tìm thấy lượt thi');
    }
    if (!facts.submitted || facts.disqualified) throw notGiven();
    if (facts.prize !== null) {
      await this.certificates.issue(attemptId, 'prize', facts.prize, facts.prizeScore ?? 0);
      return (await this.certificates.byAttempt(attemptId, 'prize'))!;
    }
    const template = await this.templates.get(facts.contestId);
    if (!template.participationEnabled || !facts.counted || !facts.roundClosed) throw notGiven();
    await this.certificates.issue(attemptId, 'participation', null, facts.countedScore ?? 0);
    return (await this.certificates.byAttempt(attemptId, 'participation'))!;
  }

  async pdfForAttempt(attemptId: string, user: AuthUser): Promise<{ code: string; pdf: Buffer }> {
    const certificate = await this.forAttempt(attemptId, user);
    return { code: certificate.code, pdf: await this.files.pdf(certificate) };
  }

  /** The PDF by its code (public: it shows what the verification page shows). */
  async pdfByCode(input: string): Promise<{ code: string; pdf: Buffer }> {
    const certificate = await this.find(input);
    if (!certificate || certificate.revoked) throw notGiven();
    return { code: certificate.code, pdf: await this.files.pdf(certificate) };
  }

  async verify(input: string): Promise<CertificateVerificationDto> {
    const certificate = await this.find(input);
    if (!certificate) throw AppException.notFound('Không tìm thấy giấy chứng nhận với mã số này');
    return {
      code: certificate.code,
      valid: !certificate.revoked,
      revoked: certificate.revoked,
      kind: certificate.kind,
      fullName: certificate.fullName,
      unitName: certificate.unitName,
      contestTitle: certificate.contestTitle,
      roundTitle: certificate.roundTitle,
      prize: certificate.prize,
      score: certificate.score,
      issuedAt: certificate.issuedAt.toISOString(),
      pdfUrl: certificate.revoked ? null : `/api/certificates/${certificate.code}/pdf`,
      verifyUrl: verificationPath(certificate.code),
    };
  }

  private async find(input: string): Promise<StoredCertificate | null> {
    const code = normalizeCertificateCode(input);
    return code ? this.certificates.byCode(code) : null;
  }

  /** Checks the judge may download the round's certificates (before any byte is sent). */
  async assertCanZip(roundId: string, user: AuthUser): Promise<void> {
    const { contest } = await this.access.getRound(roundId);
    await this.access.assertCanJudge(contest.id, user);
    if (!(await this.eligibility.roundFinalized(roundId))) {
      throw AppException.notFound('Kết quả tuần thi này chưa được công bố chính thức');
    }
  }

  /**
   * Writes a zip of the round's prize certificates to `out`, one PDF at a time (read in pages of
   * 50, each file made or read from the cache, then pushed), waiting for `out` to drain: memory
   * stays flat however many winners there are. Revoked certificates are left out.
   */
  async writeRoundZip(roundId: string, out: Writable): Promise<number> {
    for (const w of await this.eligibility.winnersWithoutCertificate(roundId)) {
      await this.certificates.issue(w.attemptId, 'prize', w.prize, w.score);
    }
    let failed: Error | null = null;
    let pending: Promise<void> = Promise.resolve();
    const zip = new Zip((error, chunk, final) => {
      if (error) failed = error;
      else if (!out.write(Buffer.from(chunk))) {
        pending = new Promise((resolve) => out.once('drain', () => resolve()));
      }
      if (final) out.end();
    });
    let count = 0;
    let after = 0;
    for (;;) {
      const page = await this.certificates.prizePage(roundId, after, ZIP_PAGE);
      if (page.length === 0) break;
      for (const certificate of page) {
        after = certificate.position;
        if (certificate.revoked) continue;
        const pdf = await this.files.pdf(certificate);
        const file = new ZipPassThrough(zipName(certificate, count + 1));
        zip.add(file);
        file.push(pdf, true);
        count += 1;
        await pending;
        const error = failed as Error | null;
        if (error) throw error;
      }
    }
    zip.end();
    await pending;
    return count;
  }
}

/** `001-giai-nhat-nguyen-van-a-ABCD-EFGH-JKMN.pdf`: ASCII, sorted by rank. */
function zipName(c: StoredCertificate, n: number): string {
  const ascii = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 40);
  const prize = c.prize ? ascii(`giai ${c.prize}`) : 'tham-gia';
  return `${String(n).padStart(3, '0')}-${prize}-${ascii(c.fullName) || 'nguoi-thi'}-${c.code}.pdf`;
}
