import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { ContestAccessService } from '@app/contests';
import type { BoardView } from './rules/board-room';
import type { RoundInfo } from './round-info.cache';
import { StandingsRepository } from './standings.repository';

/**
 * Who sees which board of a round:
 * - the contest's staff (organizers, judges) and admins: the live board, never frozen;
 * - everybody else: the public board (frozen during the freeze) — anyone, signed in or not,
 *   when the contest's board is public; otherwise only people who took part in the contest
 *   (anonymous → 401, others → 403);
 * - a contest that is not published does not exist for non-staff (404).
 */
@Injectable()
export class BoardAccessService {
  constructor(
    private readonly access: ContestAccessService,
    private readonly repo: StandingsRepository,
  ) {}

  async viewFor(info: RoundInfo, user: AuthUser | undefined): Promise<BoardView> {
    const { contest } = info;
    const staff = user ? await this.access.isStaffOrAdmin(contest.id, user) : false;
    if (staff) return 'live';
    if (contest.status !== 'published') throw AppException.notFound('Không tìm thấy tuần thi');
    if (contest.leaderboard.public) return 'public';
    if (!user) {
      throw AppException.unauthorized(
        'Bảng xếp hạng của cuộc thi này chỉ dành cho người dự thi: vui lòng đăng nhập',
      );
    }
    if (await this.repo.isParticipant(contest.id, user.id)) return 'public';
    throw AppException.forbidden(
      'Bảng xếp hạng của cuộc thi này chỉ dành cho người dự thi và ban tổ chức',
    );
  }
}
