import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, MoreThan } from 'typeorm';
import { QuestionImportEntity } from '../entities/question-import.entity';

/** A preview in a list: everything but its items. */
export type PendingImport = Pick<
  QuestionImportEntity,
  'id' | 'format' | 'filename' | 'createdById' | 'createdAt' | 'expiresAt'
> & { itemCount: number };

/** Most pending previews listed for one bank. */
const LIST_LIMIT = 50;

/** The SQL of import previews (`question_imports`). Rules live in QuestionImportsService. */
@Injectable()
export class QuestionImportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Removes every preview past its expiry, confirmed or not. */
  async purgeExpired(): Promise<void> {
    await this.dataSource.query('DELETE FROM question_imports WHERE expires_at <= now()');
  }

  async insert(row: Omit<QuestionImportEntity, 'id' | 'createdAt'>): Promise<QuestionImportEntity> {
    const repo = this.dataSource.getRepository(QuestionImportEntity);
    return repo.save(repo.create(row));
  }

  /** The preview if it belongs to the bank and has not expired; `lock` takes it FOR UPDATE. */
  async find(
    bankId: string,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<QuestionImportEntity | null> {
    return manager.findOne(QuestionImportEntity, {
      where: { id, bankId, expiresAt: MoreThan(new Date()) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Unconfirmed, unexpired previews of a bank by one uploader, newest first, without their items. */
  async listPending(bankId: string, uploaderId: string): Promise<PendingImport[]> {
    const rows: Array<Omit<PendingImport, 'itemCount'> & { itemCount: string }> =
      await this.dataSource.query(
        `SELECT id, format, filename, created_by_id AS "createdById", created_at AS "createdAt",
           expires_at AS "expiresAt", jsonb_array_length(items) AS "itemCount"
         FROM question_imports
         WHERE bank_id = $1 AND created_by_id = $2 AND confirmed_at IS NULL AND expires_at > now()
         ORDER BY created_at DESC, id
         LIMIT ${LIST_LIMIT}`,
        [bankId, uploaderId],
      );
    return rows.map((r) => ({ ...r, itemCount: Number(r.itemCount) }));
  }

  async save(manager: EntityManager, row: QuestionImportEntity): Promise<void> {
    await manager.update(
      QuestionImportEntity,
      { id: row.id },
      { items: row.items, confirmedAt: row.confirmedAt },
    );
  }

  /** Prompts of the bank's active questions, in their current versions (duplicate checks). */
  async activePrompts(bankId: string): Promise<string[]> {
    const rows: Array<{ prompt: string }> = await this.dataSource.query(
      `SELECT v.prompt FROM questions q
       JOIN question_versions v ON v.id = q.current_version_id
       WHERE q.bank_id = $1 AND q.status = 'active'`,
      [bankId],
    );
    return rows.map((r) => r.prompt);
  }
}
