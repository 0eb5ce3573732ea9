import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { QuestionBankEntity } from '../entities/question-bank.entity';
import { QuestionVersionEntity } from '../entities/question-version.entity';
import { QuestionEntity } from '../entities/question.entity';
import type { QuestionType } from '../question-input';

/** A question that can be drawn: active, in its current version. */
export interface QuestionCandidate {
  questionId: string;
  /** What an attempt stores: it keeps showing and scoring this version whatever edits follow. */
  versionId: string;
  bankId: string;
  type: QuestionType;
  tags: string[];
  difficulty: number;
}

export interface BankSettings {
  bankId: string;
  /** Short-text answers are compared without Vietnamese tones. */
  toneInsensitive: boolean;
}

/**
 * What the other modules (contests: draw rules; attempts: draw, show, score; integrity: regrade)
 * read from the banks. Versions are immutable: a version id always means the same content.
 */
@Injectable()
export class QuestionPoolService {
  constructor(
    @InjectRepository(QuestionEntity) private readonly questions: Repository<QuestionEntity>,
    @InjectRepository(QuestionVersionEntity)
    private readonly versions: Repository<QuestionVersionEntity>,
    @InjectRepository(QuestionBankEntity) private readonly banks: Repository<QuestionBankEntity>,
  ) {}

  /** Active questions of these banks with their current versions, in bank order. */
  async listCandidates(bankIds: string[]): Promise<QuestionCandidate[]> {
    if (!bankIds.length) return [];
    const rows = await this.questions.find({
      select: ['id', 'currentVersionId', 'bankId', 'type', 'tags', 'difficulty'],
      where: { bankId: In(bankIds), status: 'active' },
      order: { bankId: 'ASC', seq: 'ASC' },
    });
    return rows.map((q) => ({
      questionId: q.id,
      versionId: q.currentVersionId,
      bankId: q.bankId,
      type: q.type,
      tags: q.tags,
      difficulty: q.difficulty,
    }));
  }

  /**
   * Full versions by id, answer key included: for server-side scoring only, never for a
   * participant's response. Unknown ids are absent from the map.
   */
  async getVersions(versionIds: string[]): Promise<Map<string, QuestionVersionEntity>> {
    const ids = [...new Set(versionIds)];
    if (!ids.length) return new Map();
    const rows = await this.versions.find({ where: { id: In(ids) } });
    return new Map(rows.map((v) => [v.id, v]));
  }

  /**
   * The version each question shows now (question id → version id), archived questions
   * included. Comparing with the version an attempt drew tells which questions were edited
   * since (answer-key regrade).
   */
  async getCurrentVersionIds(questionIds: string[]): Promise<Map<string, string>> {
    const ids = [...new Set(questionIds)];
    if (!ids.length) return new Map();
    const rows = await this.questions.find({
      select: ['id', 'currentVersionId'],
      where: { id: In(ids) },
    });
    return new Map(rows.map((q) => [q.id, q.currentVersionId]));
  }

  /** Scoring settings per bank (bank id → settings); unknown ids are absent. */
  async getBankSettings(bankIds: string[]): Promise<Map<string, BankSettings>> {
    const ids = [...new Set(bankIds)];
    if (!ids.length) return new Map();
    const rows = await this.banks.find({
      select: ['id', 'toneInsensitive'],
      where: { id: In(ids) },
    });
    return new Map(rows.map((b) => [b.id, { bankId: b.id, toneInsensitive: b.toneInsensitive }]));
  }
}
