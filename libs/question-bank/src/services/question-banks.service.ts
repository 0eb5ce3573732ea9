import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type AuthUser, hasRole } from '@app/accounts';
import { AppException, type ErrorDetail, type Page, pageOf } from '@app/core';
import { Brackets, IsNull, type Repository } from 'typeorm';
import { BankDto } from '../dto/bank.dto';
import type { ListBanksQueryDto } from '../dto/list-banks-query.dto';
import { QuestionBankEntity } from '../entities/question-bank.entity';
import type { QuestionInput } from '../question-input';
import { type PreparedQuestion, prepareQuestion } from '../rules/prepare-question';
import { likeWords } from '../rules/search-text';
import { bankReaderSql } from './bank-access.repository';
import { QuestionsRepository } from './questions.repository';

export interface BankInput {
  title: string;
  theme: string;
  description?: string;
  toneInsensitive?: boolean;
}

export interface BankChanges extends Partial<BankInput> {
  /** true archives (hides) the bank, false restores it. */
  archived?: boolean;
}

/** A bank with its questions, as the demo data describes one. */
export interface SeedBankInput extends BankInput {
  questions: QuestionInput[];
}

/**
 * Banks, and adding questions to them in bulk. Who may see which bank is the bank access list
 * (BankAccessService, docs/security.md); the list of banks shows only the caller's.
 */
@Injectable()
export class QuestionBanksService {
  constructor(
    @InjectRepository(QuestionBankEntity) private readonly banks: Repository<QuestionBankEntity>,
    private readonly questions: QuestionsRepository,
  ) {}

  async createBank(input: BankInput, createdById: string | null): Promise<BankDto> {
    const bank = await this.banks.save(this.banks.create(bankFields(input, createdById)));
    return BankDto.from(bank, 0);
  }

  async listBanks(query: ListBanksQueryDto, user: AuthUser): Promise<Page<BankDto>> {
    const qb = this.banks.createQueryBuilder('b');
    if (!query.includeArchived) qb.where({ archivedAt: IsNull() });
    if (!hasRole(user, 'admin'))
      qb.andWhere(bankReaderSql('b.id', ':readerId'), { readerId: user.id });
    // Few banks: a plain case-insensitive match on title or theme, every word.
    likeWords(query.q ?? '').forEach((pattern, i) =>
      qb.andWhere(
        new Brackets((w) => w.where(`b.title ILIKE :p${i}`).orWhere(`b.theme ILIKE :p${i}`)),
        { [`p${i}`]: pattern },
      ),
    );
    const [rows, total] = await qb
      .orderBy('b.createdAt', 'DESC')
      .addOrderBy('b.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    const counts = await this.questions.countActive(rows.map((b) => b.id));
    return pageOf(
      rows.map((b) => BankDto.from(b, counts.get(b.id) ?? 0)),
      total,
      query,
    );
  }

  async getBank(bankId: string): Promise<BankDto> {
    const bank = await this.requireBank(bankId);
    const counts = await this.questions.countActive([bank.id]);
    return BankDto.from(bank, counts.get(bank.id) ?? 0);
  }

  async updateBank(bankId: string, changes: BankChanges): Promise<BankDto> {
    const bank = await this.requireBank(bankId);
    if (changes.title !== undefined) bank.title = changes.title.trim();
    if (changes.theme !== undefined) bank.theme = changes.theme.trim();
    if (changes.description !== undefined) bank.description = changes.description.trim();
    if (changes.toneInsensitive !== undefined) bank.toneInsensitive = changes.toneInsensitive;
    if (changes.archived !== undefined)
      bank.archivedAt = changes.archived ? (bank.archivedAt ?? new Date()) : null;
    await this.banks.save(bank);
    return this.getBank(bank.id);
  }

  /** The bank, or 404. Archived banks are found (their questions stay usable). */
  async requireBank(bankId: string): Promise<QuestionBankEntity> {
    const bank = await this.banks.findOne({ where: { id: bankId } });
    if (!bank) throw AppException.notFound('Không tìm thấy ngân hàng câu hỏi');
    return bank;
  }

  /**
   * Validates every question, then writes all of them or none (one transaction), in order.
   * Problems → 400 VALIDATION_FAILED with fields such as `questions.3.options.1.text`.
   * Returns the new question ids.
   */
  async createQuestions(
    bankId: string,
    inputs: QuestionInput[],
    createdById: string | null,
  ): Promise<string[]> {
    await this.requireBank(bankId);
    const prepared = prepareAll(inputs);
    return this.questions.transaction((manager) =>
      this.questions.insertMany(manager, bankId, prepared, createdById),
    );
  }

  /** Writes already prepared questions (used by the single-question and import paths). */
  async insertPrepared(
    bankId: string,
    prepared: readonly PreparedQuestion[],
    createdById: string | null,
  ): Promise<string[]> {
    return this.questions.transaction((manager) =>
      this.questions.insertMany(manager, bankId, prepared, createdById),
    );
  }

  /**
   * Creates the bank with its questions unless a bank with this title already exists (then
   * nothing happens). Safe when several instances seed at once: the title is locked for the
   * transaction, and bank and questions are committed together.
   */
  async seedBank(
    input: SeedBankInput,
    createdById: string | null = null,
  ): Promise<{ bankId: string; created: boolean }> {
    const prepared = prepareAll(input.questions);
    const title = input.title.trim();
    return this.questions.transaction(async (manager) => {
      await this.questions.lockSeedTitle(manager, title);
      const existing = await manager.findOne(QuestionBankEntity, { where: { title } });
      if (existing) return { bankId: existing.id, created: false };
      const bank = await manager.save(
        manager.create(QuestionBankEntity, bankFields(input, createdById)),
      );
      await this.questions.insertMany(manager, bank.id, prepared, createdById);
      return { bankId: bank.id, created: true };
    });
  }
}

function bankFields(input: BankInput, createdById: string | null): Partial<QuestionBankEntity> {
  return {
    title: input.title.trim(),
    theme: input.theme.trim(),
    description: input.description?.trim() ?? '',
    toneInsensitive: input.toneInsensitive ?? true,
    createdById,
  };
}

function prepareAll(inputs: readonly QuestionInput[]): PreparedQuestion[] {
  const prepared: PreparedQuestion[] = [];
  const details: ErrorDetail[] = [];
  inputs.forEach((input, i) => {
    const result = prepareQuestion(input);
    if (result.question) prepared.push(result.question);
    for (const e of result.errors)
      details.push({ field: `questions.${i}.${e.field}`, message: e.message });
  });
  if (details.length) throw AppException.validation('Có câu hỏi không hợp lệ', details);
  return prepared;
}
