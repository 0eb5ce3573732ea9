import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import { type AuthUser, type Role } from '@app/accounts';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { ContestsService, type CreateContestDto } from '@app/contests';
import { QuestionBanksService } from '@app/question-bank';
import { UnitsService } from '@app/units';
import { BANK_ELECTRICITY_SAFETY, BANK_UNION_HISTORY, DEMO_UNITS } from './data';
import { demoRounds } from './demo-schedule';
import { DemoSeedRepository } from './demo-seed.repository';

export const DEMO_PASSWORD = 'hoithi-demo-2026';
export const DEMO_ACCOUNTS: Array<{
  email: string;
  fullName: string;
  roles: Role[];
  unitCode: string | null;
}> = [
  {
    email: 'bantochuc@hoithi.local',
    fullName: 'Ban Tổ chức (demo)',
    roles: ['organizer'],
    unitCode: 'TV',
  },
  {
    email: 'giamkhao@hoithi.local',
    fullName: 'Ban Giám khảo (demo)',
    roles: ['judge'],
    unitCode: 'TV',
  },
  {
    email: 'doanvien@hoithi.local',
    fullName: 'Nguyễn Thị Đoàn Viên',
    roles: ['participant'],
    unitCode: 'TV-CL-01',
  },
];
export const DEMO_CONTEST_SLUG = 'tim-hieu-lich-su-cong-doan-viet-nam';
export const DEMO_DRAFT_SLUG = 'su-dung-dien-an-toan-tiet-kiem-hieu-qua';

/**
 * SEED_DEMO: the Trà Vinh union tree, the two themed banks, demo staff accounts and the two
 * contests. Idempotent (every piece is created only when missing) and safe when several
 * instances start together (a session advisory lock).
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: DemoSeedRepository,
    private readonly units: UnitsService,
    private readonly banks: QuestionBanksService,
    private readonly contests: ContestsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.seedDemo) await this.seed();
  }

  async seed(): Promise<void> {
    await this.repository.withSeedLock(async () => {
      await this.units.upsertTree(DEMO_UNITS);
      const organizer = await this.seedAccounts();
      // The demo organizer owns the demo banks (docs/security.md, bank access lists).
      const history = await this.banks.seedBank(BANK_UNION_HISTORY, organizer.id);
      const electricity = await this.banks.seedBank(BANK_ELECTRICITY_SAFETY, organizer.id);
      const made = await this.seedContests(organizer, history.bankId, electricity.bankId);
      // The shared demo password only where nobody else reads the log.
      if (made && this.config.env === 'development')
        this.logger.log(
          `demo data loaded; staff sign in as ${DEMO_ACCOUNTS[0].email} / ${DEMO_PASSWORD}`,
        );
      else if (made) this.logger.log('demo data loaded (demo accounts: see the README)');
    });
  }

  private async seedAccounts(): Promise<AuthUser> {
    const passwordHash = await hash(DEMO_PASSWORD, {
      algorithm: 2,
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
    });
    const units = await this.repository.unitsByCode(
      DEMO_ACCOUNTS.flatMap((a) => (a.unitCode ? [a.unitCode] : [])),
    );
    for (const account of DEMO_ACCOUNTS) {
      await this.repository.insertAccountUnlessTaken({
        email: account.email,
        fullName: account.fullName,
        passwordHash,
        roles: account.roles,
        unitId: units.find((u) => u.code === account.unitCode)?.id ?? null,
      });
    }
    const organizer = await this.repository.userByEmail(DEMO_ACCOUNTS[0].email);
    if (!organizer) throw new Error('the demo organizer account is missing');
    return { id: organizer.id, roles: organizer.roles };
  }

  private async seedContests(
    organizer: AuthUser,
    historyBankId: string,
    electricityBankId: string,
  ): Promise<boolean> {
    const has = await this.repository.existingContestSlugs([DEMO_CONTEST_SLUG, DEMO_DRAFT_SLUG]);
    const judge = await this.repository.userByEmail(DEMO_ACCOUNTS[1].email);
    let made = false;
    if (!has.has(DEMO_CONTEST_SLUG)) {
      const contest = await this.contests.create(
        contestSettings({
          title: 'Tìm hiểu lịch sử Công đoàn Việt Nam',
          slug: DEMO_CONTEST_SLUG,
          theme: 'lich-su-cong-doan',
          bankId: historyBankId,
          description:
            'Cuộc thi trực tuyến tìm hiểu lịch sử Công đoàn Việt Nam nhân kỷ niệm ngày thành lập Công đoàn Việt Nam (28/7/1929), do Liên đoàn Lao động tỉnh Trà Vinh tổ chức.',
        }),
        organizer,
      );
      await this.contests.publish(contest.id, organizer);
      if (judge)
        await this.contests.addStaff(contest.id, { userId: judge.id, role: 'judge' }, organizer);
      made = true;
    }
    if (!has.has(DEMO_DRAFT_SLUG)) {
      const draft = await this.contests.create(
        contestSettings({
          title: 'Sử dụng điện an toàn, tiết kiệm, hiệu quả',
          slug: DEMO_DRAFT_SLUG,
          theme: 'dien-an-toan',
          bankId: electricityBankId,
          description:
            'Cuộc thi tìm hiểu kiến thức sử dụng điện an toàn, tiết kiệm, hiệu quả trong gia đình và nơi làm việc.',
        }),
        organizer,
      );
      if (judge)
        await this.contests.addStaff(draft.id, { userId: judge.id, role: 'judge' }, organizer);
      made = true;
    }
    return made;
  }
}

function contestSettings(input: {
  title: string;
  slug: string;
  theme: string;
  bankId: string;
  description: string;
}): CreateContestDto {
  return {
    title: input.title,
    slug: input.slug,
    theme: input.theme,
    description: input.description,
    rules: [
      '1. Đối tượng: đoàn viên công đoàn, người lao động đang làm việc tại các đơn vị trên địa bàn tỉnh.',
      '2. Mỗi tuần thi gồm 20 câu hỏi trắc nghiệm rút ngẫu nhiên, thời gian làm bài 15 phút, kèm một câu hỏi dự đoán số người trả lời đúng tất cả các câu hỏi.',
      '3. Mỗi người được thi tối đa 2 lượt mỗi tuần; lượt có kết quả cao nhất được tính.',
      '4. Xếp hạng theo số điểm, sau đó theo dự đoán gần đúng nhất, thời gian làm bài ít hơn, nộp bài sớm hơn.',
      '5. Giải thưởng mỗi tuần: 1 giải nhất, 2 giải nhì, 3 giải ba, 5 giải khuyến khích. Mỗi người chỉ nhận một giải trong cả cuộc thi. Thành viên ban tổ chức và ban giám khảo không được nhận giải.',
    ].join('\n'),
    rounds: demoRounds(new Date(), 3),
    questionCount: 20,
    drawRules: [
      { bankId: input.bankId, count: 8, difficulty: 1 },
      { bankId: input.bankId, count: 8, difficulty: 2 },
      { bankId: input.bankId, count: 4, difficulty: 3 },
    ],
    timeLimitSec: 15 * 60,
    attemptsPerRound: 2,
    attemptPolicy: 'best',
    shuffleQuestions: true,
    shuffleOptions: true,
    prediction: {
      enabled: true,
      prompt: 'Dự đoán có bao nhiêu người trả lời đúng tất cả 20 câu hỏi của tuần thi này?',
    },
    prizes: { first: 1, second: 2, third: 3, consolation: 5, maxShareOfParticipants: 0.5 },
    onePrizePerPerson: true,
    requireVerifiedEmail: false,
    leaderboard: { public: true, freezeMinutesBeforeClose: 0 },
    revealAnswers: 'after_round',
    displayMode: 'one_per_screen',
  };
}
