export * from './certificate-files.service';
export * from './certificate-pdf';
export * from './certificates.module';
export * from './certificates.service';
export * from './dto/certificate-template.dto';
export * from './dto/certificate.dto';
export * from './rules/certificate-text';
export * from './template/certificate-template.service';
