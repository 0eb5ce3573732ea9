import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AuthUser,
  hasRole,
  maskNationalId,
  NationalIdCipher,
  NationalIdRepository,
} from '@app/accounts';
import { AppException, formatVietnamDateTime } from '@app/core';
import { ContestAccessService } from '@app/contests';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import type { PrizeKind } from '../rules/prizes';
import { csvLine, UTF8_BOM } from './csv-line';
import { displayPhone, type ExportCell, PRIZE_LABELS } from './export-row';
import { neutralizeCell } from './neutralize-cell';
import { type WinnerIdentityRow, WinnersIdentityRepository } from './winners-identity.repository';

export const WINNERS_IDENTITY_HEADERS: readonly string[] = [
  'Tuần thi',
  'Hạng',
  'Giải',
  'Họ và tên',
  'Đơn vị',
  'E-mail',
  'Số điện thoại',
  'Số căn cước công dân',
  'Xác nhận lúc (giờ Việt Nam)',
];

/**
 * The winners' identity list of a contest (CSV, UTF-8 with BOM): the full national ID (CCCD)
 * only for administrators, decrypted here; the contest's judges get the masked form (last 4
 * digits), as everywhere else; anyone else 403 (docs/identity.md). Every download is audited.
 */
@Injectable()
export class WinnersIdentityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ContestAccessService,
    private readonly repository: WinnersIdentityRepository,
    private readonly nationalIds: NationalIdRepository,
    private readonly cipher: NationalIdCipher,
    private readonly audit: AuditLogService,
  ) {}

  async csv(
    contestId: string,
    user: AuthUser,
  ): Promise<{ fileName: string; body: string; full: boolean }> {
    const contest = await this.access.getContest(contestId);
    const full = hasRole(user, 'admin');
    if (!full && !(await this.access.canJudge(contest.id, user)))
      throw AppException.forbidden('Chỉ ban giám khảo của cuộc thi mới được tải danh sách này');
    const winners = await this.repository.winners(contest.id);
    const ciphers = full
      ? await this.nationalIds.ciphers(winners.map((w) => w.userId))
      : new Map<string, string>();
    const lines = [csvLine(WINNERS_IDENTITY_HEADERS)];
    for (const w of winners) lines.push(csvLine(this.row(w, ciphers.get(w.userId))));
    await this.dataSource.transaction((em) =>
      this.audit.record(em, {
        actorId: user.id,
        action: 'results.identity_export',
        contestId: contest.id,
        details: { rows: winners.length, fullNationalId: full },
      }),
    );
    return {
      fileName: `${contest.slug}-nguoi-dat-giai-cccd.csv`,
      body: UTF8_BOM + lines.join(''),
      full,
    };
  }

  private row(w: WinnerIdentityRow, cipher: string | undefined): ExportCell[] {
    const nationalId = cipher
      ? this.cipher.decrypt(cipher)
      : (maskNationalId(w.nationalIdLast4) ?? '');
    return [
      neutralizeCell(w.roundTitle),
      w.rank,
      PRIZE_LABELS[w.prize as PrizeKind] ?? w.prize,
      neutralizeCell(w.fullName),
      neutralizeCell(w.unitName ?? ''),
      neutralizeCell(w.email),
      displayPhone(w.phone),
      nationalId,
      w.nationalIdConfirmedAt ? formatVietnamDateTime(w.nationalIdConfirmedAt) : '',
    ];
  }
}
