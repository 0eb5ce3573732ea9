import { Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/core';
import { escapeHtml } from '@app/mail';
import { EmbedService, OembedDto, OembedQueryDto, RemindersService } from '@app/sharing';
import type { Response } from 'express';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>${escapeHtml(title)}</title></head><body style="font-family:Arial,sans-serif;max-width:560px;margin:40px auto;padding:0 16px;line-height:1.5"><h1 style="font-size:22px">${escapeHtml(title)}</h1>${body}<p><a href="/">HoiThi</a></p></body></html>`;
}

@ApiTags('sharing')
@Controller()
export class PublicLinksController {
  constructor(
    private readonly embed: EmbedService,
    private readonly reminders: RemindersService,
  ) {}

  @Public()
  @Get('oembed')
  @ApiOperation({ summary: 'oEmbed (rich) for contest URLs of this site' })
  @ApiOkResponse({ type: OembedDto })
  oembed(@Query() query: OembedQueryDto): Promise<OembedDto> {
    return this.embed.oembed(query.url, query.maxwidth, query.maxheight);
  }

  @Public()
  @Get('reminders/unsubscribe')
  @ApiProduces('text/html')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "The reminder mail's unsubscribe link (no sign-in): a page with one button",
  })
  async unsubscribePage(@Query('token') token: string | undefined, @Res() res: Response) {
    const title = token ? await this.reminders.contestOfToken(String(token)) : null;
    res.type('html');
    if (!title) {
      res
        .status(404)
        .send(page('Liên kết không hợp lệ', '<p>Liên kết hủy nhận thư không đúng hoặc đã cũ.</p>'));
      return;
    }
    res.send(
      page(
        'Hủy nhận thư nhắc',
        `<p>Bạn sẽ không nhận thư nhắc khi tuần thi mới của cuộc thi "${escapeHtml(title)}" mở.</p>` +
          `<form method="post" action="/api/reminders/unsubscribe?token=${encodeURIComponent(String(token))}">` +
          '<button type="submit" style="padding:10px 20px;font-size:16px">Hủy nhận thư nhắc</button></form>',
      ),
    );
  }

  @Public()
  @Post('reminders/unsubscribe')
  @HttpCode(200)
  @ApiProduces('text/html')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Unsubscribe by the mail token (no sign-in); also List-Unsubscribe-Post',
  })
  async unsubscribe(@Query('token') token: string | undefined, @Res() res: Response) {
    const title = token ? await this.reminders.unsubscribeByToken(String(token)) : null;
    res.type('html');
    if (!title) {
      res
        .status(404)
        .send(page('Liên kết không hợp lệ', '<p>Liên kết hủy nhận thư không đúng hoặc đã cũ.</p>'));
      return;
    }
    res.send(
      page(
        'Đã hủy nhận thư nhắc',
        `<p>Bạn sẽ không nhận thư nhắc của cuộc thi "${escapeHtml(title)}" nữa.</p>`,
      ),
    );
  }
}
