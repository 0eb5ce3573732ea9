import { Module } from '@nestjs/common';
import { CertificatesModule } from '@app/certificates';
import { CertificateTemplateController } from './certificate-template.controller';
import { CertificatesController } from './certificates.controller';

@Module({
  imports: [CertificatesModule],
  controllers: [CertificatesController, CertificateTemplateController],
})
export class CertificatesApiModule {}
