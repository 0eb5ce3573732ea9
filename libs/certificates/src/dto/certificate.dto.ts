import { ApiProperty } from '@nestjs/swagger';

/** `GET /api/certificates/:code`: what the public verification page shows, nothing more. */
export class CertificateVerificationDto {
  @ApiProperty({ example: 'ABCD-EFGH-JKMN' }) code: string;
  @ApiProperty({ description: 'Issued and not revoked' }) valid: boolean;
  @ApiProperty({ description: 'The attempt was disqualified after the certificate was issued' })
  revoked: boolean;
  @ApiProperty({ enum: ['prize', 'participation'] }) kind: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ nullable: true, type: String }) unitName: string | null;
  @ApiProperty() contestTitle: string;
  @ApiProperty() roundTitle: string;
  @ApiProperty({ nullable: true, type: String, enum: ['first', 'second', 'third', 'consolation'] })
  prize: string | null;
  @ApiProperty() score: number;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ nullable: true, type: String, description: 'The PDF (null once revoked)' })
  pdfUrl: string | null;
  @ApiProperty({ example: '/chung-nhan/ABCD-EFGH-JKMN' }) verifyUrl: string;
}

/** `GET /api/attempts/:id/certificate/link`: plain links for phone browsers (no blob URLs). */
export class CertificateLinkDto {
  @ApiProperty() code: string;
  @ApiProperty({ enum: ['prize', 'participation'] }) kind: string;
  @ApiProperty({ example: '/api/certificates/ABCD-EFGH-JKMN/pdf' }) pdfUrl: string;
  @ApiProperty({ example: '/chung-nhan/ABCD-EFGH-JKMN' }) verifyUrl: string;
}
