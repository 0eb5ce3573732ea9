import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { QuestionVersionEntity } from '../entities/question-version.entity';
import { QuestionEntity, type QuestionStatus } from '../entities/question.entity';
import type { QuestionType } from '../question-input';
import { assignOptionIds } from '../rules/option-ids';
import type { PreparedQuestion } from '../rules/prepare-question';
import { questionSearchText } from '../rules/search-text';

/** A question with the version it currently shows. */
export interface StoredQuestion {
  question: QuestionEntity;
  version: QuestionVersionEntity;
}

export interface QuestionFilter {
  tags?: string[];
  difficulty?: number;
  type?: QuestionType;
  status?: QuestionStatus;
  /** LIKE patterns on `search_text`, all of which must match (`searchPatterns`). */
  patterns?: string[];
}

const INSERT_CHUNK = 1000;

/** The SQL of questions and their immutable versions. Rules live in the services. */
@Injectable()
export class QuestionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Serialises seeding of one bank title across instances, for the caller's transaction. */
  async lockSeedTitle(manager: EntityManager, title: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`question_banks:${title}`]);
  }

  /**
   * Inserts questions in bank order, each with its version 1. Must run inside a transaction
   * (`questions.current_version_id` is a deferred foreign key). One statement per table and
   * chunk (rows as a JSON array), so a 5,000-question import takes a fraction of a second.
   * Returns the question ids.
   */
  async insertMany(
    manager: EntityManager,
    bankId: string,
    questions: readonly PreparedQuestion[],
    createdById: string | null,
  ): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < questions.length; start += INSERT_CHUNK) {
      const questionRows: object[] = [];
      const versionRows: object[] = [];
      for (const p of questions.slice(start, start + INSERT_CHUNK)) {
        const id = randomUUID();
        const versionId = randomUUID();
        ids.push(id);
        const m = mirrored(p);
        questionRows.push({
          n: questionRows.length,
          id,
          bank_id: bankId,
          current_version_id: versionId,
          type: m.type,
          tags: m.tags,
          difficulty: m.difficulty,
          search_text: m.searchText,
        });
        versionRows.push({
          id: versionId,
          question_id: id,
          type: p.type,
          prompt: p.prompt,
          options: assignOptionIds(null, p.options),
          accepted_answers: p.acceptedAnswers,
          explanation: p.explanation,
          tags: p.tags,
          difficulty: p.difficulty,
          points: p.points,
          created_by_id: createdById,
        });
      }
      await manager.query(
        `INSERT INTO questions (id, bank_id, current_version_id, type, tags, difficulty, search_text)
         SELECT id, bank_id, current_version_id, type, tags, difficulty, search_text
         FROM jsonb_to_recordset($1::jsonb) AS r(
           n int, id uuid, bank_id uuid, current_version_id uuid, type text, tags text[],
           difficulty smallint, search_text text)
         ORDER BY n`,
        [JSON.stringify(questionRows)],
      );
      await manager.query(
        `INSERT INTO question_versions (id, question_id, version, type, prompt, options,
           accepted_answers, explanation, tags, difficulty, points, created_by_id)
         SELECT id, question_id, 1, type, prompt, options, accepted_answers, explanation, tags,
           difficulty, points, created_by_id
         FROM jsonb_to_recordset($1::jsonb) AS r(
           id uuid, question_id uuid, type text, prompt text, options jsonb,
           accepted_answers text[], explanation text, tags text[], difficulty smallint,
           points numeric, created_by_id uuid)`,
        [JSON.stringify(versionRows)],
      );
    }
    return ids;
  }

  /** Inserts version n+1 and makes it current. The caller holds the question's row lock. */
  async appendVersion(
    manager: EntityManager,
    current: StoredQuestion,
    next: PreparedQuestion,
    createdById: string | null,
  ): Promise<void> {
    const versionId = randomUUID();
    await manager.insert(QuestionVersionEntity, {
      id: versionId,
      questionId: current.question.id,
      version: current.version.version + 1,
      ...versionContent(next),
      options: assignOptionIds(current.version.options, next.options),
      createdById,
    });
    await manager.update(
      QuestionEntity,
      { id: current.question.id },
      { currentVersionId: versionId, ...mirrored(next) },
    );
  }

  /** The question and its current version; `lock` takes the question row FOR UPDATE. */
  async findCurrent(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<StoredQuestion | null> {
    const question = await manager.findOne(QuestionEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!question) return null;
    const version = await manager.findOneOrFail(QuestionVersionEntity, {
      where: { id: question.currentVersionId },
    });
    return { question, version };
  }

  async setStatus(id: string, status: QuestionStatus): Promise<void> {
    await this.dataSource.manager.update(QuestionEntity, { id }, { status });
  }

  async list(
    bankId: string,
    filter: QuestionFilter,
    offset: number,
    limit: number,
  ): Promise<{ items: StoredQuestion[]; total: number }> {
    const qb = this.dataSource.manager
      .createQueryBuilder(QuestionEntity, 'q')
      .innerJoinAndSelect('q.currentVersion', 'v')
      .where('q.bankId = :bankId', { bankId });
    if (filter.status) qb.andWhere('q.status = :status', { status: filter.status });
    if (filter.type) qb.andWhere('q.type = :type', { type: filter.type });
    if (filter.difficulty)
      qb.andWhere('q.difficulty = :difficulty', { difficulty: filter.difficulty });
    if (filter.tags?.length) qb.andWhere('q.tags @> CAST(:tags AS text[])', { tags: filter.tags });
    (filter.patterns ?? []).forEach((pattern, i) =>
      qb.andWhere(`q.searchText LIKE :p${i}`, { [`p${i}`]: pattern }),
    );
    const [rows, total] = await qb
      .orderBy('q.seq', 'ASC')
      .offset(offset)
      .limit(limit)
      .getManyAndCount();
    return { items: rows.map(withVersion), total };
  }

  /** Every question of a bank in bank order (exports). */
  async listAll(bankId: string, status?: QuestionStatus): Promise<StoredQuestion[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(QuestionEntity, 'q')
      .innerJoinAndSelect('q.currentVersion', 'v')
      .where('q.bankId = :bankId', { bankId });
    if (status) qb.andWhere('q.status = :status', { status });
    const rows = await qb.orderBy('q.seq', 'ASC').getMany();
    return rows.map(withVersion);
  }

  async listVersions(questionId: string): Promise<QuestionVersionEntity[]> {
    return this.dataSource.manager.find(QuestionVersionEntity, {
      where: { questionId },
      order: { version: 'DESC' },
    });
  }

  /** Active questions per bank. */
  async countActive(bankIds: readonly string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>(bankIds.map((id) => [id, 0]));
    if (!bankIds.length) return counts;
    const rows = await this.dataSource.manager
      .createQueryBuilder(QuestionEntity, 'q')
      .select('q.bankId', 'bankId')
      .addSelect('COUNT(*)::int', 'count')
      .where({ bankId: In([...bankIds]), status: 'active' })
      .groupBy('q.bankId')
      .getRawMany<{ bankId: string; count: number }>();
    for (const row of rows) counts.set(row.bankId, row.count);
    return counts;
  }
}

function withVersion(q: QuestionEntity): StoredQuestion {
  const { currentVersion, ...question } = q;
  return { question, version: currentVersion as QuestionVersionEntity };
}

/** The fields of the current version that `questions` mirrors for filtering. */
function mirrored(p: PreparedQuestion) {
  return {
    type: p.type,
    tags: p.tags,
    difficulty: p.difficulty,
    searchText: questionSearchText(p),
  };
}

function versionContent(p: PreparedQuestion) {
  return {
    type: p.type,
    prompt: p.prompt,
    acceptedAnswers: p.acceptedAnswers,
    explanation: p.explanation,
    tags: p.tags,
    difficulty: p.difficulty,
    points: p.points,
  };
}
