import { Module } from '@nestjs/common';
import { ContestsModule } from '@app/contests';
import { JudgingModule } from '@app/judging';
import { CertificateEligibilityRepository } from './certificate-eligibility.repository';
import { CertificateFilesService } from './certificate-files.service';
import { CertificatesService } from './certificates.service';
import { CertificateTemplateRepository } from './template/certificate-template.repository';
import { CertificateTemplateService } from './template/certificate-template.service';

@Module({
  imports: [ContestsModule, JudgingModule],
  providers: [
    CertificateEligibilityRepository,
    CertificateFilesService,
    CertificatesService,
    CertificateTemplateRepository,
    CertificateTemplateService,
  ],
  exports: [CertificatesService, CertificateTemplateService],
})
export class CertificatesModule {}
