import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { type StoredCertificate } from '@app/judging';
import { renderCertificatePdf } from './certificate-pdf';
import { CertificateEligibilityRepository } from './certificate-eligibility.repository';
import { CertificateTemplateRepository } from './template/certificate-template.repository';

/** The public verification page of a certificate. */
export function verificationPath(code: string): string {
  return `/chung-nhan/${encodeURIComponent(code)}`;
}

/**
 * Certificate PDFs, made when first asked for and kept in DATA_DIR/certificates, keyed by the
 * code and the template's version (editing the template makes new files on the next request).
 * Nothing is generated up front; every instance keeps its own cache (files can be rebuilt).
 */
@Injectable()
export class CertificateFilesService {
  private readonly dir: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly templates: CertificateTemplateRepository,
    private readonly eligibility: CertificateEligibilityRepository,
  ) {
    this.dir = join(config.dataDir, 'certificates');
  }

  async pdf(certificate: StoredCertificate): Promise<Buffer> {
    const template = await this.templates.get(certificate.contestId);
    const file = join(this.dir, `${certificate.code}-${template.version}.pdf`);
    try {
      return await readFile(file);
    } catch {
      // Not cached yet: make it.
    }
    const pdf = await renderCertificatePdf({
      template,
      facts: certificate,
      code: certificate.code,
      issuedAt: certificate.issuedAt,
      organizationName: await this.eligibility.organizationName(certificate.contestId),
      verifyUrl: `${this.config.http.publicUrl}${verificationPath(certificate.code)}`,
    });
    await mkdir(this.dir, { recursive: true });
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temp, pdf);
    await rename(temp, file);
    return pdf;
  }
}
