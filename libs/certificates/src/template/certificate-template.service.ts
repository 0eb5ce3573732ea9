import { Injectable } from '@nestjs/common';
import { type AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { ContestAccessService } from '@app/contests';
import type {
  CertificateTemplateDto,
  UpdateCertificateTemplateDto,
} from '../dto/certificate-template.dto';
import { renderCertificatePdf } from '../certificate-pdf';
import { CertificateEligibilityRepository } from '../certificate-eligibility.repository';
import { imageType } from '../rules/certificate-text';
import {
  CertificateTemplateRepository,
  type StoredTemplate,
  type TemplateImage,
} from './certificate-template.repository';

const MAX_IMAGE_BYTES = 1024 * 1024;

/** Editing a contest's certificate template (organizers of the contest, admins). */
@Injectable()
export class CertificateTemplateService {
  constructor(
    private readonly repository: CertificateTemplateRepository,
    private readonly eligibility: CertificateEligibilityRepository,
    private readonly access: ContestAccessService,
  ) {}

  async get(contestId: string, user: AuthUser): Promise<CertificateTemplateDto> {
    await this.authorize(contestId, user);
    return toDto(contestId, await this.repository.get(contestId));
  }

  async update(
    contestId: string,
    body: UpdateCertificateTemplateDto,
    user: AuthUser,
  ): Promise<CertificateTemplateDto> {
    await this.authorize(contestId, user);
    const current = await this.repository.get(contestId);
    await this.repository.save(contestId, {
      title: body.title ?? current.title,
      text: body.text ?? current.text,
      primaryColor: body.primaryColor ?? current.primaryColor,
      accentColor: body.accentColor ?? current.accentColor,
      signerName: body.signerName ?? current.signerName,
      signerTitle: body.signerTitle ?? current.signerTitle,
      participationEnabled: body.participationEnabled ?? current.participationEnabled,
    });
    return toDto(contestId, await this.repository.get(contestId));
  }

  /** Sets the logo or signature image (PNG or JPEG up to 1 MB); null removes it. */
  async setImage(
    contestId: string,
    kind: TemplateImage,
    image: Buffer | null,
    user: AuthUser,
  ): Promise<CertificateTemplateDto> {
    await this.authorize(contestId, user);
    if (image) {
      if (image.length > MAX_IMAGE_BYTES || imageType(image) === null) {
        throw AppException.validation('Ảnh phải là tệp PNG hoặc JPEG, tối đa 1 MB', [
          { field: 'file', message: 'Chỉ nhận PNG hoặc JPEG, tối đa 1 MB' },
        ]);
      }
    }
    await this.repository.setImage(contestId, kind, image);
    return toDto(contestId, await this.repository.get(contestId));
  }

  private async authorize(contestId: string, user: AuthUser): Promise<void> {
    if (!(await this.repository.contestExists(contestId))) {
      throw AppException.notFound('Không tìm thấy cuộc thi');
    }
    await this.access.assertCanManage(contestId, user);
  }

  /** A sample certificate with the template as it is now (for the organizer's preview). */
  async preview(contestId: string, user: AuthUser): Promise<Buffer> {
    await this.authorize(contestId, user);
    const template = await this.repository.get(contestId);
    return renderCertificatePdf({
      template,
      facts: {
        fullName: 'Nguyễn Thị Mẫu',
        unitName: 'Công đoàn cơ sở mẫu',
        contestTitle: 'Cuộc thi',
        roundTitle: 'Tuần 1',
        kind: 'prize',
        prize: 'first',
        score: 20,
      },
      code: 'MAU0-MAU0-MAU0',
      issuedAt: new Date(),
      organizationName: await this.eligibility.organizationName(contestId),
      verifyUrl: 'https://example.invalid/chung-nhan/MAU0-MAU0-MAU0',
    });
  }
}

function toDto(contestId: string, t: StoredTemplate): CertificateTemplateDto {
  return {
    contestId,
    title: t.title,
    text: t.text,
    primaryColor: t.primaryColor,
    accentColor: t.accentColor,
    signerName: t.signerName,
    signerTitle: t.signerTitle,
    participationEnabled: t.participationEnabled,
    hasLogo: t.logo !== null,
    hasSignature: t.signature !== null,
  };
}
