export { verificationPath } from './certificate-files.service';
export { CertificatesModule } from './certificates.module';
export { CertificatesService } from './certificates.service';
export {
  CertificateTemplateDto,
  UpdateCertificateTemplateDto,
} from './dto/certificate-template.dto';
export { CertificateLinkDto, CertificateVerificationDto } from './dto/certificate.dto';
export { PRIZE_NAMES } from './rules/certificate-text';
export { CertificateTemplateService } from './template/certificate-template.service';
