import { Injectable } from '@nestjs/common';
import { DOCUMENT_FONT_FAMILY, documentFonts } from '@app/documents';
import { renderAsync } from '@resvg/resvg-js';
import { SHARE_IMAGE_WIDTH } from './rules/page-meta';
import { cardVersion, renderCardSvg, type ShareCard } from './rules/share-card';

const CACHE_SIZE = 200;

/**
 * Renders share cards (with the documents' DejaVu fonts: every Vietnamese glyph) to 1200×630 PNGs (SVG → resvg, off the event loop) and keeps the last
 * `CACHE_SIZE` of them in memory by version, so a crawler storm renders each card once.
 */
@Injectable()
export class ShareImageService {
  private readonly cache = new Map<string, Promise<Buffer>>();

  png(card: ShareCard): Promise<Buffer> {
    const key = cardVersion(card);
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const fonts = documentFonts();
    const rendering = renderAsync(renderCardSvg(card), {
      fitTo: { mode: 'width', value: SHARE_IMAGE_WIDTH },
      font: {
        fontFiles: [fonts.regular, fonts.bold],
        loadSystemFonts: false,
        defaultFontFamily: DOCUMENT_FONT_FAMILY,
      },
    }).then((image) => image.asPng());
    this.cache.set(key, rendering);
    rendering.catch(() => this.cache.delete(key));
    while (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value as string;
      this.cache.delete(oldest);
    }
    return rendering;
  }
}
