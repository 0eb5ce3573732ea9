import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { firstName } from './rules/page-meta';
import { PublicPagesService } from './public-pages.service';
import { SharingRepository } from './sharing.repository';
import type { ResultShareDto, SharedResultDto } from './dto/sharing.dto';

/**
 * A person's result, shared only when they choose to (docs/sharing.md): a public page and image
 * that say "Tôi đạt 18/20 — hạng 35" with their first name and nothing else about them.
 */
@Injectable()
export class ResultSharesService {
  constructor(
    private readonly repo: SharingRepository,
    private readonly pages: PublicPagesService,
  ) {}

  async share(attemptId: string, user: AuthUser): Promise<ResultShareDto> {
    const attempt = await this.repo.ownSubmittedAttempt(attemptId, user.id);
    if (!attempt) throw AppException.notFound('Không tìm thấy bài thi đã nộp của bạn');
    const code = await this.repo.share(attemptId, user.id, randomBytes(8).toString('base64url'));
    return this.shareDto(code);
  }

  async current(attemptId: string, user: AuthUser): Promise<ResultShareDto> {
    const code = await this.repo.shareOf(attemptId, user.id);
    if (!code) throw AppException.notFound('Kết quả này chưa được chia sẻ');
    return this.shareDto(code);
  }

  /** Idempotent for one's own attempt; another person's attempt is 404, like every attempt route. */
  async unshare(attemptId: string, user: AuthUser): Promise<void> {
    if (!(await this.repo.unshare(attemptId, user.id))) {
      throw AppException.notFound('Không tìm thấy bài thi của bạn');
    }
  }

  /** The public view of a shared result (404 once withdrawn or disqualified). */
  async get(code: string): Promise<SharedResultDto> {
    const shared = await this.repo.sharedResult(code);
    const contest = shared && (await this.repo.publishedContest('id', shared.contestId));
    const round = contest?.rounds.find((r) => r.id === shared?.roundId);
    if (!shared || !contest || !round) throw AppException.notFound('Không tìm thấy kết quả');
    return {
      code,
      firstName: firstName(shared.fullName),
      score: shared.score,
      maxScore: shared.maxScore,
      rank: await this.pages.rankOf(shared.roundId, shared.userId),
      contestTitle: contest.title,
      contestSlug: contest.slug,
      roundId: round.id,
      roundTitle: round.title,
    };
  }

  private async shareDto(code: string): Promise<ResultShareDto> {
    const url = `${this.pages.publicUrl}/thanh-tich/${code}`;
    const meta = await this.pages.meta({ kind: 'shared', code });
    return { code, url, imageUrl: meta?.image ?? null };
  }
}
