import { Controller, Get, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@app/accounts';
import { Public, UuidParamPipe } from '@app/core';
import { PostersService } from '@app/sharing';
import type { Response } from 'express';

const ROUND_QUERY = {
  name: 'round',
  required: false,
  description: "A round's number: the code leads to that round (/c/<code>/<round>)",
};

@ApiTags('sharing')
@ApiBearerAuth()
@Controller('contests/:id')
export class PostersController {
  constructor(private readonly posters: PostersService) {}

  @Public()
  @Get('qr.png')
  @ApiProduces('image/png')
  @ApiQuery(ROUND_QUERY)
  @ApiOperation({ summary: 'QR code of the short link (public once published)' })
  async qrPng(
    @Param('id', UuidParamPipe) id: string,
    @Query('round', new ParseIntPipe({ optional: true })) round: number | undefined,
    @CurrentUser() user: AuthUser | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const png = await this.posters.qr(id, 'png', user, round);
    res.setHeader('Content-Type', 'image/png');
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.setHeader('Content-Disposition', `inline; filename="qr-${id.slice(0, 8)}.png"`);
    res.end(png);
  }

  @Public()
  @Get('qr.svg')
  @ApiProduces('image/svg+xml')
  @ApiQuery(ROUND_QUERY)
  @ApiOperation({ summary: 'QR code of the short link as SVG (public once published)' })
  async qrSvg(
    @Param('id', UuidParamPipe) id: string,
    @Query('round', new ParseIntPipe({ optional: true })) round: number | undefined,
    @CurrentUser() user: AuthUser | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const svg = await this.posters.qr(id, 'svg', user, round);
    res.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.setHeader('Content-Disposition', `inline; filename="qr-${id.slice(0, 8)}.svg"`);
    res.end(svg);
  }

  @Get('poster.pdf')
  @Roles('organizer', 'admin')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: 'A4 poster for notice boards: title, dates, rules in three lines, QR, short link',
  })
  async poster(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const { pdf, slug } = await this.posters.poster(id, user);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Disposition', `inline; filename="ap-phich-${slug}.pdf"`);
    res.end(pdf);
  }

  @Public()
  @Get('poster-download.pdf')
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'token', required: true, description: "From the send-out kit's link" })
  @ApiOperation({
    summary:
      'The poster as a plain link (posterDownloadUrl of the share kit): no access token, 24 hours',
  })
  async posterDownload(
    @Param('id', UuidParamPipe) id: string,
    @Query('token') token: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const { pdf, slug } = await this.posters.posterByToken(id, token);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Disposition', `attachment; filename="ap-phich-${slug}.pdf"`);
    res.end(pdf);
  }
}
