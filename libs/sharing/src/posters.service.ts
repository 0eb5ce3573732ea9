import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { ContestAccessService } from '@app/contests';
import { qrPng, qrSvg } from '@app/documents';
import { contestDates } from './rules/page-text';
import { renderPoster, rulesInThreeLines } from './rules/poster';
import { PublicPagesService } from './public-pages.service';
import { type PublicContestRow, SharingRepository } from './sharing.repository';

/**
 * QR codes (PNG, SVG) of a contest or one of its rounds, encoding the short link; and the A4
 * poster for notice boards (docs/sharing.md). Public once published; drafts: their organizers.
 */
@Injectable()
export class PostersService {
  constructor(
    private readonly repo: SharingRepository,
    private readonly pages: PublicPagesService,
    private readonly access: ContestAccessService,
  ) {}

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
