import { Injectable } from '@nestjs/common';
import { AppException } from '@app/core';
import { LeaderboardService } from '@app/leaderboard';
import type { OembedDto } from './dto/oembed.dto';
import {
  EMBED_DEFAULT_HEIGHT,
  EMBED_DEFAULT_WIDTH,
  embedIframe,
  type EmbedPageData,
  renderEmbedPage,
} from './rules/embed';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './rules/page-meta';
import { contestDates, vnDateTime } from './rules/page-text';
import { PublicPagesService } from './public-pages.service';
import { SharingRepository } from './sharing.repository';

/** The widget page and oEmbed (docs/sharing.md). */
@Injectable()
export class EmbedService {
  constructor(
    private readonly repo: SharingRepository,
    private readonly pages: PublicPagesService,
    private readonly leaderboard: LeaderboardService,
  ) {}

  /** The widget's HTML for a published contest, or null. */
  async page(slug: string, now = new Date()): Promise<string | null> {
    const contest = await this.repo.publishedContest('slug', slug);
    if (!contest) return null;
    const t = now.getTime();
    const open = contest.rounds.find((r) => r.opensAt.getTime() <= t && t < r.closesAt.getTime());
    const next = contest.rounds.find((r) => r.opensAt.getTime() > t);
    const boardRound =
      open ?? [...contest.rounds].reverse().find((r) => r.opensAt.getTime() <= t) ?? null;
    let board: EmbedPageData['board'] = null;
    if (boardRound && contest.leaderboardPublic) {
      try {
        const b = await this.leaderboard.board(boardRound.id, undefined, { limit: 10 });
        board = { roundId: boardRound.id, roundTitle: boardRound.title, entries: b.entries };
      } catch {
        board = null;
      }
    }
    return renderEmbedPage({
      base: this.pages.publicUrl,
      slug: contest.slug,
      title: contest.title,
      theme: contest.theme,
      union: await this.repo.unionName(contest.eligibleUnitIds),
      dates: contestDates(contest.rounds),
      openRound: open
        ? { id: open.id, title: open.title, closes: vnDateTime(open.closesAt) }
        : null,
      nextRound: next ? { title: next.title, opens: vnDateTime(next.opensAt) } : null,
      board,
    });
  }

  /** `GET /api/oembed?url=` for contest URLs of this site. */
  async oembed(url: string, maxWidth?: number, maxHeight?: number): Promise<OembedDto> {
    const contest = await this.pages.contestOfUrl(url);
    if (!contest) throw AppException.notFound('Không có nội dung nhúng cho địa chỉ này');
    const width = Math.min(EMBED_DEFAULT_WIDTH, maxWidth ?? EMBED_DEFAULT_WIDTH);
    const height = Math.min(EMBED_DEFAULT_HEIGHT, maxHeight ?? EMBED_DEFAULT_HEIGHT);
    const meta = await this.pages.meta({ kind: 'contest', slug: contest.slug });
    const base = this.pages.publicUrl;
    return {
      version: '1.0',
      type: 'rich',
      title: contest.title,
      provider_name: 'HoiThi',
      provider_url: `${base}/`,
      html: embedIframe(base, contest.slug, contest.title, width, height),
      width,
      height,
      thumbnail_url: meta?.image ?? `${base}/favicon.svg`,
      thumbnail_width: SHARE_IMAGE_WIDTH,
      thumbnail_height: SHARE_IMAGE_HEIGHT,
      cache_age: 3600,
    };
  }
}
