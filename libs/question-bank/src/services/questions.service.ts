import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@app/accounts';
import { AppException, ErrorCode, type Page, pageOf } from '@app/core';
import type { ListQuestionsQueryDto } from '../dto/list-questions-query.dto';
import { QuestionDetailDto } from '../dto/question-detail.dto';
import { QuestionVersionDto } from '../dto/question-version.dto';
import { QuestionDto } from '../dto/question.dto';
import type { QuestionVersionEntity } from '../entities/question-version.entity';
import type { QuestionInput } from '../question-input';
import {
  mergeQuestionEdit,
  type QuestionEdit,
  sameQuestionContent,
} from '../rules/merge-question-edit';
import { normalizeTags, type PreparedQuestion, prepareQuestion } from '../rules/prepare-question';
import { searchPatterns } from '../rules/search-text';
import { BankAccessService } from './bank-access.service';
import { QuestionBanksService } from './question-banks.service';
import { QuestionsRepository } from './questions.repository';

/** Authoring one question: create, read, list, edit (a new version), archive. */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly banks: QuestionBanksService,
    private readonly repository: QuestionsRepository,
    private readonly access: BankAccessService,
  ) {}

  async createQuestion(
    bankId: string,
    input: QuestionInput,
    createdById: string | null,
  ): Promise<QuestionDetailDto> {
    await this.banks.requireBank(bankId);
    const prepared = prepareOrThrow(input);
    const [id] = await this.banks.insertPrepared(bankId, [prepared], createdById);
    return this.getQuestion(id);
  }

  async listQuestions(bankId: string, query: ListQuestionsQueryDto): Promise<Page<QuestionDto>> {
    await this.banks.requireBank(bankId);
    const status = query.status ?? 'active';
    const tags = query.tag ? normalizeTags(query.tag.split(',')) : [];
    const { items, total } = await this.repository.list(
      bankId,
      {
        status: status === 'all' ? undefined : status,
        type: query.type,
        difficulty: query.difficulty,
        tags,
        patterns: query.q ? searchPatterns(query.q) : [],
      },
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    return pageOf(
      items.map((s) => QuestionDto.from(s.question, s.version)),
      total,
      query,
    );
  }

  async getQuestion(id: string): Promise<QuestionDetailDto> {
    const stored = await this.repository.findCurrent(id);
    if (!stored) throw notFound();
    return QuestionDetailDto.fromWithVersions(stored.question, stored.version);
  }

  /** Every version, newest first. */
  async listVersions(id: string): Promise<QuestionVersionDto[]> {
    const versions = await this.repository.listVersions(id);
    if (!versions.length) throw notFound();
    return versions.map((v) => QuestionVersionDto.from(v));
  }

  /**
   * Applies an edit as a new version (n+1); earlier versions stay untouched, so attempts that
   * drew them keep showing and scoring what they drew. An edit that changes nothing creates no
   * version. Archived questions cannot be edited. A question drawn by a published, running
   * contest needs that contest's organizer rights, and the edit is audited (BankAccessService).
   */
  async updateQuestion(
    id: string,
    edit: QuestionEdit,
    editor: AuthUser,
  ): Promise<QuestionDetailDto> {
    await this.repository.transaction(async (manager) => {
      const current = await this.repository.findCurrent(id, manager, true);
      if (!current) throw notFound();
      if (current.question.status === 'archived')
        throw AppException.conflict(ErrorCode.CONFLICT, 'Câu hỏi đã được lưu trữ, không thể sửa');
      const next = prepareOrThrow(mergeQuestionEdit(asPrepared(current.version), edit));
      if (sameQuestionContent(asPrepared(current.version), next)) return;
      await this.access.authorizeQuestionEdit(manager, current.question.bankId, editor, {
        questionId: id,
        bankId: current.question.bankId,
        fromVersion: current.version.version,
      });
      await this.repository.appendVersion(manager, current, next, editor.id);
    });
    return this.getQuestion(id);
  }

  /** Archived questions leave draws and default lists but are never removed (idempotent). */
  async archiveQuestion(id: string): Promise<void> {
    const stored = await this.repository.findCurrent(id);
    if (!stored) throw notFound();
    if (stored.question.status !== 'archived') await this.repository.setStatus(id, 'archived');
  }
}

const notFound = () => AppException.notFound('Không tìm thấy câu hỏi');

function prepareOrThrow(input: QuestionInput): PreparedQuestion {
  const { question, errors } = prepareQuestion(input);
  if (!question) throw AppException.validation('Câu hỏi không hợp lệ', errors);
  return question;
}

function asPrepared(v: QuestionVersionEntity): PreparedQuestion {
  return {
    type: v.type,
    prompt: v.prompt,
    options: v.options.map((o) => ({ text: o.text, correct: o.correct })),
    acceptedAnswers: v.acceptedAnswers,
    explanation: v.explanation,
    tags: v.tags,
    difficulty: v.difficulty as PreparedQuestion['difficulty'],
    points: v.points,
  };
}
