import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@app/accounts';
import { type DrawnQuestion, QuestionSnapshotsService, scoreSubmission } from '@app/attempts';
import { AppException } from '@app/core';
import { ContestAccessService } from '@app/contests';
import { QuestionPoolService } from '@app/question-bank';
import type { QuestionStatsItemDto } from '../dto/question-stats-item.dto';
import type { QuestionStatsQueryDto } from '../dto/question-stats-query.dto';
import type { QuestionStatsDto } from '../dto/question-stats.dto';
import { type DrawnVersion, type MergedKey, mergeItemKey } from '../rules/item-key';
import {
  type AttemptResponses,
  computeQuestionStats,
  type ItemResponse,
  listDefective,
} from '../rules/question-stats';
import { answerRow, groupByAttempt } from '../shared/rows';
import { QuestionStatsRepository } from './question-stats.repository';

/**
 * Item analysis of a contest's questions for its organizers and judges (facility,
 * discrimination, option shares, questions that look defective), over the submitted attempts.
 * Each answer is scored against the version its attempt drew, as the attempt itself was.
 */
@Injectable()
export class QuestionStatsService {
  constructor(
    private readonly access: ContestAccessService,
    private readonly pool: QuestionPoolService,
    private readonly snapshots: QuestionSnapshotsService,
    private readonly repository: QuestionStatsRepository,
  ) {}

  async forContest(
    contestId: string,
    query: QuestionStatsQueryDto,
    user: AuthUser,
  ): Promise<QuestionStatsDto> {
    if (!(await this.repository.contestExists(contestId)))
      throw AppException.notFound('Không tìm thấy cuộc thi');
    if (!(await this.access.isStaffOrAdmin(contestId, user))) {
      throw AppException.forbidden(
        'Chỉ ban tổ chức và ban giám khảo của cuộc thi mới xem được thống kê câu hỏi',
      );
    }
    const roundId = query.roundId ?? null;
    if (roundId) {
      if (!(await this.repository.roundInContest(roundId, contestId)))
        throw AppException.notFound('Không tìm thấy tuần thi');
    }

    const { attempts, answers, grades } = await this.repository.submitted(contestId, roundId);

    const keys = await this.mergedKeys(attempts.flatMap((a) => a.questions));
    const answersOf = groupByAttempt(answers);
    const gradesOf = groupByAttempt(grades);
    const responses: AttemptResponses[] = [];
    for (const a of attempts) {
      const saved = (answersOf.get(a.id) ?? []).map((r) => answerRow(a.id, r));
      const byQuestion = new Map(saved.map((s) => [s.questionId, s]));
      const scored = scoreSubmission(
        a.questions,
        await this.snapshots.forAttempt(a.questions),
        saved,
        new Map((gradesOf.get(a.id) ?? []).map((g) => [g.question_id, Number(g.points)])),
      );
      responses.push({
        attemptId: a.id,
        responses: scored.perQuestion.map((q): ItemResponse => {
          const answer = byQuestion.get(q.questionId);
          const canonical = keys.get(q.questionId)?.merged.canonical;
          return {
            questionId: q.questionId,
            correct: q.correct,
            optionIds: (answer?.optionIds ?? []).map((id) => canonical?.get(id) ?? id),
            text: answer?.text ?? undefined,
          };
        }),
      });
    }

    const stats = computeQuestionStats(
      responses,
      [...keys.values()].map((k) => k.merged.key),
    );
    const defective = listDefective(stats);
    const defectiveIds = new Set(defective.map((s) => s.questionId));
    const ordered = [...defective, ...stats.filter((s) => !defectiveIds.has(s.questionId))];
    return {
      contestId,
      roundId,
      attempts: attempts.length,
      defective: defective.map((s) => s.questionId),
      questions: ordered.map((s): QuestionStatsItemDto => {
        const k = keys.get(s.questionId);
        return {
          questionId: s.questionId,
          prompt: k?.prompt ?? '',
          type: k?.type ?? '',
          versions: k?.versions ?? 0,
          drawn: s.drawn,
          answered: s.answered,
          scored: s.scored,
          correctCount: s.correctCount,
          facility: s.facility,
          discrimination: s.discrimination,
          options: s.options.map((o) => ({
            label: o.label,
            text: k?.merged.texts.get(o.optionId) ?? '',
            correct: o.correct,
            chosen: o.chosen,
            share: o.share,
          })),
          defects: s.defects.map((d) => ({ kind: d.kind, message: d.message })),
        };
      }),
    };
  }

  /** Per question: one key over every version drawn, and the newest version's prompt and type. */
  private async mergedKeys(
    drawn: DrawnQuestion[],
  ): Promise<Map<string, { merged: MergedKey; prompt: string; type: string; versions: number }>> {
    const versions = await this.pool.getVersions([...new Set(drawn.map((d) => d.versionId))]);
    const byQuestion = new Map<string, DrawnVersion[]>();
    for (const v of versions.values()) {
      const list = byQuestion.get(v.questionId) ?? [];
      list.push({
        versionId: v.id,
        questionId: v.questionId,
        version: v.version,
        options: v.options ?? [],
      });
      byQuestion.set(v.questionId, list);
    }
    const result = new Map<
      string,
      { merged: MergedKey; prompt: string; type: string; versions: number }
    >();
    for (const [questionId, list] of byQuestion) {
      const newest = list.reduce((m, v) => (v.version > m.version ? v : m));
      const entity = versions.get(newest.versionId);
      result.set(questionId, {
        merged: mergeItemKey(questionId, list),
        prompt: entity?.prompt ?? '',
        type: entity?.type ?? '',
        versions: list.length,
      });
    }
    return result;
  }
}
