import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import { Public, UuidParamPipe } from '@app/core';
import {
  CertificateLinkDto,
  CertificatesService,
  CertificateVerificationDto,
  verificationPath,
} from '@app/certificates';
import type { Response } from 'express';
import { pdfDownload } from './pdf-file';

@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Public()
  @Get('certificates/:code')
  @ApiOperation({
    summary: 'Verify a certificate by its code (public)',
    description: 'valid/revoked, for whom and what; nothing more. Unknown code: 404.',
  })
  @ApiOkResponse({ type: CertificateVerificationDto })
  verify(@Param('code') code: string): Promise<CertificateVerificationDto> {
    return this.certificates.verify(code);
  }

  @Public()
  @Get('certificates/:code/pdf')
  @ApiOperation({
    summary: 'The certificate PDF by its code (public, plain file download)',
    description: '404 when revoked.',
  })
  @ApiProduces('application/pdf')
  async pdfByCode(
    @Param('code') code: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.certificates.pdfByCode(code);
    return pdfDownload(res, file.pdf, `giay-chung-nhan-${file.code}.pdf`, file.code);
  }

  @ApiBearerAuth()
  @Get('attempts/:id/certificate')
  @ApiOperation({
    summary: 'The certificate of an attempt as a PDF (its owner, or a judge)',
    description:
      'A prize certificate once the round is finalized, or a participation certificate for the counted attempt of a closed round when the contest offers them; else 404. The code is in X-Certificate-Code.',
  })
  @ApiProduces('application/pdf')
  async pdfForAttempt(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.certificates.pdfForAttempt(id, user);
    return pdfDownload(res, file.pdf, `giay-chung-nhan-${file.code}.pdf`, file.code);
  }

  @ApiBearerAuth()
  @Get('attempts/:id/certificate/link')
  @ApiOperation({
    summary: 'Plain links to the attempt’s certificate (for phone browsers: no blob URLs)',
  })
  @ApiOkResponse({ type: CertificateLinkDto })
  async link(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<CertificateLinkDto> {
    const c = await this.certificates.forAttempt(id, user);
    return {
      code: c.code,
      kind: c.kind,
      pdfUrl: `/api/certificates/${c.code}/pdf`,
      verifyUrl: verificationPath(c.code),
    };
  }

  @ApiBearerAuth()
  @Get('rounds/:roundId/certificates.zip')
  @ApiOperation({
    summary: 'Every winner’s certificate of a finalized round as one zip (judges), streamed',
  })
  @ApiProduces('application/zip')
  async zip(
    @Param('roundId', UuidParamPipe) roundId: string,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    await this.certificates.assertCanZip(roundId, user);
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="giay-chung-nhan-${roundId.slice(0, 8)}.zip"`,
    );
    try {
      await this.certificates.writeRoundZip(roundId, res);
    } catch (error) {
      // Headers are gone: all that is left is to cut the download short so it is not mistaken
      // for a whole file.
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
