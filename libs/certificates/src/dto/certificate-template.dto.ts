import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** `PUT /api/contests/:id/certificate-template` (organizers); absent fields stay as they are. */
export class UpdateCertificateTemplateDto {
  @ApiPropertyOptional({ example: 'GIẤY CHỨNG NHẬN' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  title?: string;

  @ApiPropertyOptional({
    description:
      'Text under the name; placeholders {hoTen} {donVi} {cuocThi} {tuanThi} {ketQua} {diem} {giai}',
    example: 'Đã {ketQua} {tuanThi} cuộc thi “{cuocThi}”.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(600)
  text?: string;

  @ApiPropertyOptional({ example: '#8b1a1a' })
  @IsOptional()
  @Matches(COLOR, { message: 'màu dạng #rrggbb' })
  primaryColor?: string;

  @ApiPropertyOptional({ example: '#b8860b' })
  @IsOptional()
  @Matches(COLOR, { message: 'màu dạng #rrggbb' })
  accentColor?: string;

  @ApiPropertyOptional({ example: 'Nguyễn Văn A' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  signerName?: string;

  @ApiPropertyOptional({ example: 'TM. BAN TỔ CHỨC' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  signerTitle?: string;

  @ApiPropertyOptional({ description: 'Participation certificates for every counted attempt' })
  @IsOptional()
  @IsBoolean()
  participationEnabled?: boolean;
}

export class CertificateTemplateDto {
  @ApiProperty({ format: 'uuid' }) contestId: string;
  @ApiProperty() title: string;
  @ApiProperty() text: string;
  @ApiProperty() primaryColor: string;
  @ApiProperty() accentColor: string;
  @ApiProperty() signerName: string;
  @ApiProperty() signerTitle: string;
  @ApiProperty() participationEnabled: boolean;
  @ApiProperty() hasLogo: boolean;
  @ApiProperty() hasSignature: boolean;
}
