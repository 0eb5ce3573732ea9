import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  ParseEnumPipe,
  Put,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import { AppException, UuidParamPipe } from '@app/core';
import {
  CertificateTemplateDto,
  CertificateTemplateService,
  UpdateCertificateTemplateDto,
} from '@app/certificates';
import type { Response } from 'express';
import { memoryStorage } from 'multer';
import { pdfDownload } from './pdf-file';

enum TemplateImageKind {
  logo = 'logo',
  signature = 'signature',
}

const UPLOAD = { storage: memoryStorage(), limits: { fileSize: 1024 * 1024, files: 1, fields: 5 } };

@ApiTags('certificates')
@ApiBearerAuth()
@Controller('contests/:id/certificate-template')
export class CertificateTemplateController {
  constructor(private readonly templates: CertificateTemplateService) {}

  @Get()
  @ApiOperation({ summary: 'The contest’s certificate template (organizers)' })
  @ApiOkResponse({ type: CertificateTemplateDto })
  get(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<CertificateTemplateDto> {
    return this.templates.get(id, user);
  }

  @Put()
  @ApiOperation({ summary: 'Edit the certificate template: title, text, colours, signer' })
  @ApiOkResponse({ type: CertificateTemplateDto })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateCertificateTemplateDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CertificateTemplateDto> {
    return this.templates.update(id, body, user);
  }

  @Put('images/:kind')
  @UseInterceptors(FileInterceptor('file', UPLOAD))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'PNG or JPEG ≤ 1 MB' } },
    },
  })
  @ApiOperation({ summary: 'Set the logo or the signature image (PNG or JPEG ≤ 1 MB)' })
  @ApiOkResponse({ type: CertificateTemplateDto })
  setImage(
    @Param('id', UuidParamPipe) id: string,
    @Param('kind', new ParseEnumPipe(TemplateImageKind)) kind: TemplateImageKind,
    @UploadedFile() file: Express.Multer.File | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<CertificateTemplateDto> {
    if (!file) {
      throw AppException.validation('Cần tệp ảnh', [{ field: 'file', message: 'Cần tệp ảnh' }]);
    }
    return this.templates.setImage(id, kind, file.buffer, user);
  }

  @Delete('images/:kind')
  @ApiOperation({ summary: 'Remove the logo or the signature image' })
  @ApiOkResponse({ type: CertificateTemplateDto })
  removeImage(
    @Param('id', UuidParamPipe) id: string,
    @Param('kind', new ParseEnumPipe(TemplateImageKind)) kind: TemplateImageKind,
    @CurrentUser() user: AuthUser,
  ): Promise<CertificateTemplateDto> {
    return this.templates.setImage(id, kind, null, user);
  }

  @Get('preview.pdf')
  @ApiOperation({ summary: 'A sample certificate made with the template as it is now' })
  @ApiProduces('application/pdf')
  async preview(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return pdfDownload(res, await this.templates.preview(id, user), 'giay-chung-nhan-mau.pdf');
  }
}
