import { Injectable } from '@nestjs/common';
import { type AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { ContestAccessService } from '@app/contests';
import type { ShareKitDto, SourceCountsDto } from './dto/sharing.dto';
import { embedSnippet } from './rules/embed';
import { announcementText, contestDates } from './rules/page-text';
import { normalizeShortCode, normalizeSource } from './rules/short-code';
import { PostersService } from './posters.service';
import { PublicPagesService } from './public-pages.service';
import { type PublicContestRow, SharingRepository } from './sharing.repository';

/**
 * A contest's reach (docs/sharing.md): short links, counting the channels (`?src=`) that bring
 * people, and the organizer's "send it out" kit.
 */
@Injectable()
export class ContestReachService {
  constructor(
    private readonly repo: SharingRepository,
    private readonly pages: PublicPagesService,
    private readonly access: ContestAccessService,
    private readonly posters: PostersService,
  ) {}

  /**
   * Where `/c/:code` (optionally `/c/:code/:roundPosition`) leads, keeping `src`; null for an
   * unknown code or a draft.
   */
  async shortLinkTarget(
    rawCode: string,
    src: unknown,
    roundPosition?: string,
  ): Promise<string | null> {
    const code = normalizeShortCode(rawCode);
    const contest = code ? await this.repo.publishedContest('shortCode', code) : null;
    if (!contest) return null;
    let path = `/cuoc-thi/${encodeURIComponent(contest.slug)}`;
    if (roundPosition !== undefined) {
      const round = contest.rounds.find((r) => String(r.position) === roundPosition);
      if (!round) return null;
      path += `/vong/${round.id}`;
    }
    const source = normalizeSource(src);
    return source ? `${path}?src=${encodeURIComponent(source)}` : path;
  }

  /** A visit of a contest page that came with `?src=` (crawlers are not counted). */
  async countPageVisit(slug: string, src: unknown): Promise<void> {
    const source = normalizeSource(src);
    if (!source) return;
    const contest = await this.repo.publishedContest('slug', slug);
    if (contest) await this.repo.countVisit(contest.id, source);
  }

  /** The signed-in person arrived through `src`: the first source is kept. */
  async rememberSource(contestId: string, user: AuthUser, src: string): Promise<void> {
    const source = normalizeSource(src);
    const contest = await this.repo.publishedContest('id', contestId);
    if (!contest) throw AppException.notFound('Không tìm thấy cuộc thi');
    if (source) await this.repo.rememberPersonSource(contestId, user.id, source);
  }

  async sourceCounts(contestId: string, user: AuthUser): Promise<SourceCountsDto> {
    await this.managed(contestId, user);
    return { items: await this.repo.sourceCounts(contestId) };
  }

  /** What the organizer sends out after publishing. */
  async shareKit(contestId: string, user: AuthUser): Promise<ShareKitDto> {
    const contest = await this.managed(contestId, user);
    const base = this.pages.publicUrl;
    const shortUrl = this.pages.shortUrl(contest.shortCode);
    const pageUrl = `${base}/cuoc-thi/${contest.slug}`;
    const embedUrl = `${base}/nhung/cuoc-thi/${contest.slug}`;
    const meta = await this.pages.meta({ kind: 'contest', slug: contest.slug });
    return {
      shortCode: contest.shortCode,
      shortUrl,
      pageUrl,
      qrPngUrl: `${base}/api/contests/${contest.id}/qr.png`,
      qrSvgUrl: `${base}/api/contests/${contest.id}/qr.svg`,
      posterUrl: `${base}/api/contests/${contest.id}/poster.pdf`,
      posterDownloadUrl: this.posters.downloadUrl(contest.id),
      announcement: announcementText({
        union: await this.repo.unionName(contest.eligibleUnitIds),
        title: contest.title,
        theme: contest.theme,
        dates: contestDates(contest.rounds),
        roundCount: contest.rounds.length,
        shortUrl: `${shortUrl}?src=zalo`,
      }),
      embedCode: embedSnippet(base, contest.slug),
      embedUrl,
      imageUrl: meta?.image ?? '',
    };
  }

  private async managed(contestId: string, user: AuthUser): Promise<PublicContestRow> {
    const contest = await this.repo.contestById(contestId);
    if (!contest) throw AppException.notFound('Không tìm thấy cuộc thi');
    await this.access.assertCanManage(contestId, user);
    return contest;
  }
}
