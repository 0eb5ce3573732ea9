import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@app/accounts';
import { APP_CONFIG, type AppConfig, AppException } from '@app/core';
import { ContestAccessService } from '@app/contests';
import { qrPng, qrSvg } from '@app/documents';
import { checkDownloadToken, downloadToken } from './rules/download-token';
import { contestDates } from './rules/page-text';
import { renderPoster, rulesInThreeLines } from './rules/poster';
import { PublicPagesService } from './public-pages.service';
import { type PublicContestRow, SharingRepository } from './sharing.repository';

/**
 * QR codes (PNG, SVG) of a contest or one of its rounds, encoding the short link; and the A4
 * poster for notice boards (docs/sharing.md). Public once published; drafts: their organizers.
 */
/** How long the poster's plain download link (in the send-out kit) works. */
export const POSTER_LINK_HOURS = 24;

@Injectable()
export class PostersService {
  private readonly linkKey: Buffer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repo: SharingRepository,
    private readonly pages: PublicPagesService,
    private readonly access: ContestAccessService,
  ) {
    this.linkKey = createHmac('sha256', config.auth.jwtSecret as string)
      .update('hoithi poster download links')
      .digest();
  }

  async qr(
    contestId: string,
    format: 'png' | 'svg',
    user: AuthUser | undefined,
    roundPosition?: number,
    size = 512,
  ): Promise<Buffer | string> {
    const contest = await this.visible(contestId, user);
    let url = this.pages.shortUrl(contest.shortCode);
    if (roundPosition !== undefined) {
      if (!contest.rounds.some((r) => r.position === roundPosition)) {
        throw AppException.notFound('Không tìm thấy tuần thi');
      }
      url += `/${roundPosition}`;
    }
    return format === 'png' ? qrPng(url, size) : qrSvg(url);
  }

  async poster(contestId: string, user: AuthUser): Promise<{ pdf: Buffer; slug: string }> {
    const contest = await this.repo.contestById(contestId);
    if (!contest) throw AppException.notFound('Không tìm thấy cuộc thi');
    await this.access.assertCanManage(contestId, user);
    return this.render(contest);
  }

  /**
   * A plain HTTPS link to the poster, for the organizer's send-out panel: it works without the
   * access token (in-app browsers, "save link as", forwarding to whoever prints) for
   * POSTER_LINK_HOURS, and only for this contest (docs/sharing.md).
   */
  downloadUrl(contestId: string, now = new Date()): string {
    const expires = new Date(now.getTime() + POSTER_LINK_HOURS * 3600_000);
    const token = downloadToken(this.linkKey, `poster:${contestId}`, expires);
    return `${this.pages.publicUrl}/api/contests/${contestId}/poster-download.pdf?token=${token}`;
  }

  /** The poster by a download link's token; 404 for a wrong or expired one. */
  async posterByToken(contestId: string, token: unknown): Promise<{ pdf: Buffer; slug: string }> {
    const contest = checkDownloadToken(this.linkKey, `poster:${contestId}`, token, new Date())
      ? await this.repo.contestById(contestId)
      : null;
    if (!contest) {
      throw AppException.notFound('Liên kết tải áp phích không đúng hoặc đã hết hạn');
    }
    return this.render(contest);
  }

  private async render(contest: PublicContestRow): Promise<{ pdf: Buffer; slug: string }> {
    const pdf = await renderPoster({
      union: await this.repo.unionName(contest.eligibleUnitIds),
      title: contest.title,
      theme: contest.theme,
      dates: contestDates(contest.rounds),
      rules: rulesInThreeLines(contest.rules),
      shortUrl: this.pages.shortUrl(contest.shortCode),
    });
    return { pdf, slug: contest.slug };
  }

  private async visible(contestId: string, user: AuthUser | undefined): Promise<PublicContestRow> {
    const contest = await this.repo.contestById(contestId);
    if (!contest) throw AppException.notFound('Không tìm thấy cuộc thi');
    if (contest.status !== 'published' && !(await this.access.canManage(contestId, user))) {
      throw AppException.notFound('Không tìm thấy cuộc thi');
    }
    return contest;
  }
}
