import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AppException, Public } from '@app/core';
import {
  CARD_KINDS,
  type CardKind,
  cardVersion,
  PublicPagesService,
  ShareImageService,
} from '@app/sharing';
import type { Response } from 'express';

@ApiTags('sharing')
@Controller('share-images')
export class ShareImagesController {
  constructor(
    private readonly pages: PublicPagesService,
    private readonly images: ShareImageService,
  ) {}

  @Public()
  @Get(':kind/:file')
  @ApiProduces('image/png')
  @ApiOperation({
    summary: 'The 1200×630 link-preview image of a public page (PNG)',
    description:
      'kind: contest (key = contest id), round, board, results (key = round id), result (key = share code). ' +
      'With the current ?v= the image is cached for a year (the URL changes when the picture does).',
  })
  async image(
    @Param('kind') kind: string,
    @Param('file') file: string,
    @Query('v') version: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const key = file.replace(/\.png$/, '');
    if (!(CARD_KINDS as readonly string[]).includes(kind) || key === file) {
      throw AppException.notFound('Không tìm thấy ảnh');
    }
    const card = await this.pages.card(kind as CardKind, key);
    if (!card) throw AppException.notFound('Không tìm thấy ảnh');
    const png = await this.images.png(card);
    const current = version === cardVersion(card);
    res.setHeader('Content-Type', 'image/png');
    res.setHeader(
      'Cache-Control',
      current ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    );
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('Content-Length', png.length);
    res.end(png);
  }
}
