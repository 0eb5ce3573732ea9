import { Injectable } from '@nestjs/common';
import { type AuthUser, hasRole } from '@app/accounts';
import { AppException, ErrorCode } from '@app/core';
import type { EntityManager } from 'typeorm';
import { BankAccessRepository, type BankEditorRow } from './bank-access.repository';

export type { BankEditorRow } from './bank-access.repository';

/** How long the readers of a contest's banks are reused by attempt starts (per process). */
const READERS_TTL_MS = 2_000;
const READERS_MAX = 1_000;

const bankNotFound = () => AppException.notFound('Không tìm thấy ngân hàng câu hỏi');

/**
 * The access list of question banks (docs/security.md): administrators, the bank's owner (its
 * creator), its co-editors, and the staff of the contests that draw from it. Everyone else gets
 * 404 on the bank and everything in it, so bank ids cannot be probed. An import preview belongs
 * to the person who uploaded it.
 */
@Injectable()
export class BankAccessService {
  private readonly readersCache = new Map<string, { at: number; value: Promise<Set<string>> }>();

  constructor(private readonly repository: BankAccessRepository) {}

  async canRead(bankId: string, user: AuthUser): Promise<boolean> {
    if (hasRole(user, 'admin')) return (await this.repository.owner(bankId)) !== undefined;
    return (await this.repository.readable([bankId], user.id)).has(bankId);
  }

  /** 404 unless the user may read the bank (and it exists). */
  async assertRead(bankId: string, user: AuthUser): Promise<void> {
    if (!(await this.canRead(bankId.toLowerCase(), user))) throw bankNotFound();
  }

  /** Those of these banks the user may not read (unknown ones included). */
  async unreadable(bankIds: readonly string[], user: AuthUser): Promise<string[]> {
    const ids = [...new Set(bankIds.map((id) => id.toLowerCase()))];
    const readable = hasRole(user, 'admin')
      ? await this.repository.existing(ids)
      : await this.repository.readable(ids, user.id);
    return ids.filter((id) => !readable.has(id));
  }

  /** 404 unless the user may read the question's bank. */
  async assertReadQuestion(questionId: string, user: AuthUser): Promise<void> {
    const bankId = await this.repository.bankOfQuestion(questionId.toLowerCase());
    if (!bankId || !(await this.canRead(bankId, user)))
      throw AppException.notFound('Không tìm thấy câu hỏi');
  }

  /** 404 unless the user may read the bank and uploaded this preview. */
  async assertPreviewOwner(bankId: string, previewId: string, user: AuthUser): Promise<void> {
    await this.assertRead(bankId, user);
    const uploader = await this.repository.previewUploader(
      bankId.toLowerCase(),
      previewId.toLowerCase(),
    );
    if (!uploader || uploader !== user.id)
      throw AppException.notFound('Không tìm thấy bản xem trước');
  }

  /**
   * People who can read any bank of a contest (administrators aside): they may not take a
   * counted attempt in it. Reused for 2 s per process (attempt starts come in crowds).
   */
  readersOf(bankIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(bankIds.map((id) => id.toLowerCase()))].sort();
    const key = ids.join(',');
    const now = Date.now();
    const hit = this.readersCache.get(key);
    if (hit && now - hit.at < READERS_TTL_MS) return hit.value;
    if (this.readersCache.size >= READERS_MAX) this.readersCache.clear();
    const value = this.repository.readersOf(ids);
    this.readersCache.set(key, { at: now, value });
    value.catch(() => this.readersCache.delete(key));
    return value;
  }

  async listEditors(bankId: string, user: AuthUser): Promise<BankEditorRow[]> {
    await this.assertRead(bankId, user);
    return this.repository.editors(bankId.toLowerCase());
  }

  /** The access list as the bank's page shows it: owner, co-editors, and whether the caller manages them. */
  async accessList(
    bankId: string,
    user: AuthUser,
  ): Promise<{
    owner: { userId: string; fullName: string } | null;
    editors: BankEditorRow[];
    canManage: boolean;
  }> {
    await this.assertRead(bankId, user);
    const id = bankId.toLowerCase();
    const [owner, editors] = await Promise.all([
      this.repository.ownerProfile(id),
      this.repository.editors(id),
    ]);
    return { owner, editors, canManage: hasRole(user, 'admin') || owner?.userId === user.id };
  }

  /**
   * Adds a co-editor: the owner or an administrator may; the person must be an organizer or an
   * administrator (nobody else can open a bank). Unknown person → 404. Named by e-mail, a person
   * who is not an organizer gets the same 404 as an unknown address, so that the form cannot be
   * used to learn who has an account.
   */
  async addEditor(
    bankId: string,
    person: { userId?: string; email?: string },
    actor: AuthUser,
  ): Promise<void> {
    await this.assertManageEditors(bankId, actor);
    const userId = person.userId ?? (await this.repository.organizerByEmail(person.email ?? ''));
    if (!userId) throw AppException.notFound('Không có ban tổ chức nào dùng địa chỉ e-mail này');
    const roles = await this.repository.userRoles(userId.toLowerCase());
    if (!roles) throw AppException.notFound('Không tìm thấy người dùng');
    if (!roles.includes('organizer') && !roles.includes('admin'))
      throw AppException.validation('Chỉ thêm được người có vai trò ban tổ chức', [
        { field: 'userId', message: 'không phải ban tổ chức' },
      ]);
    await this.repository.addEditor(bankId.toLowerCase(), userId.toLowerCase(), actor.id);
  }

  async removeEditor(bankId: string, userId: string, actor: AuthUser): Promise<void> {
    await this.assertManageEditors(bankId, actor);
    await this.repository.removeEditor(bankId.toLowerCase(), userId.toLowerCase());
  }

  /**
   * Before a question edit (inside its transaction): a question that a published, running
   * contest draws may be changed only by that contest's organizers (or an administrator), and
   * the change is written to each such contest's audit log.
   */
  async authorizeQuestionEdit(
    manager: EntityManager,
    bankId: string,
    user: AuthUser,
    details: Record<string, unknown>,
  ): Promise<void> {
    const running = await this.repository.runningContestsDrawing(manager, bankId, user.id);
    if (!running.length) return;
    const admin = hasRole(user, 'admin');
    const refused = running.filter((c) => !c.organizer && !admin);
    if (refused.length) {
      throw new AppException(
        403,
        ErrorCode.FORBIDDEN,
        `Câu hỏi đang được dùng trong cuộc thi đang diễn ra "${refused[0].title}": chỉ ban tổ chức của cuộc thi đó mới được sửa`,
      );
    }
    await this.repository.auditQuestionEdit(
      manager,
      user.id,
      running.map((c) => c.contestId),
      details,
    );
  }

  private async assertManageEditors(bankId: string, actor: AuthUser): Promise<void> {
    await this.assertRead(bankId, actor);
    if (hasRole(actor, 'admin')) return;
    if ((await this.repository.owner(bankId.toLowerCase())) !== actor.id)
      throw AppException.forbidden('Chỉ người tạo ngân hàng hoặc quản trị viên mới được thực hiện');
  }
}
