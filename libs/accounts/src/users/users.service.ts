import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AppException, ErrorCode, type Page, pageOf } from '@app/core';
import { MailService, welcomeMail } from '@app/mail';
import { Brackets, DataSource, type EntityManager, Repository } from 'typeorm';
import { PasswordService } from '../auth/password.service';
import type { CreateUserDto } from '../dto/create-user.dto';
import type { ListUsersQueryDto } from '../dto/list-users-query.dto';
import type { UpdateMeDto } from '../dto/update-me.dto';
import type { UpdateUserByAdminDto } from '../dto/update-user-by-admin.dto';
import { UserAccessRepository } from '../revocation/user-access.repository';
import { RefreshTokenService } from '../tokens/refresh-token.service';
import { toUserDto, type UserDto } from '../dto/user.dto';
import { normalizePhone, phoneSearchDigits } from './phone';
import { UnitChangeRepository } from './unit-change.repository';
import { type NewUser, UsersRepository } from './users.repository';
import { UserEntity } from './user.entity';
import { userWriteError } from './user-write-errors';

export type { NewUser } from './users.repository';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly passwords: PasswordService,
    private readonly mail: MailService,
    private readonly access: UserAccessRepository,
    private readonly rows: UsersRepository,
    private readonly refreshTokens: RefreshTokenService,
    private readonly unitChanges: UnitChangeRepository,
  ) {}

  /** The user with their unit, or null. */
  findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { id }, relations: { unit: true } });
  }

  /** By e-mail (any case) or by phone (any usual format). */
  async findByLogin(login: string): Promise<UserEntity | null> {
    const text = login.trim();
    const query = this.users.createQueryBuilder('u').leftJoinAndSelect('u.unit', 'unit');
    if (text.includes('@')) query.where('lower(u.email) = lower(:email)', { email: text });
    else {
      const phone = normalizePhone(text);
      if (!phone) return null;
      query.where('u.phone = :phone', { phone });
    }
    return query.getOne();
  }

  /** Inserts a user; a taken e-mail or phone → 409 EMAIL_TAKEN / PHONE_TAKEN. */
  async insert(manager: EntityManager, user: NewUser): Promise<UserEntity> {
    try {
      const id = await this.rows.insert(manager, user);
      return (await this.findById(id, manager)) as UserEntity;
    } catch (error) {
      throw userWriteError(error);
    }
  }

  async me(id: string): Promise<UserDto> {
    const user = await this.findById(id);
    if (!user) throw AppException.unauthorized('Tài khoản không còn tồn tại');
    return toUserDto(user);
  }

  /**
   * Changes one's own profile. One's unit is locked while a contest one has entered is running
   * (409 CONFLICT): eligibility and prizes go by unit (docs/security.md); an administrator can
   * still move people (`PATCH /api/admin/users/:id { unitId }`).
   */
  async updateMe(id: string, dto: UpdateMeDto): Promise<UserDto> {
    if (dto.unitId !== undefined) {
      const current = await this.findById(id);
      if (current && current.unitId !== dto.unitId) {
        const running = await this.unitChanges.runningContestEntered(id);
        if (running)
          throw AppException.conflict(
            ErrorCode.CONFLICT,
            `Không thể đổi đơn vị khi cuộc thi "${running}" bạn đã tham gia đang diễn ra`,
          );
      }
    }
    const changes: Partial<UserEntity> = {};
    if (dto.fullName !== undefined) changes.fullName = dto.fullName;
    if (dto.phone !== undefined) changes.phone = dto.phone;
    if (dto.unitId !== undefined) changes.unitId = dto.unitId;
    if (dto.birthYear !== undefined) changes.birthYear = dto.birthYear;
    if (Object.keys(changes).length) {
      try {
        const result = await this.users.update({ id }, changes);
        if (!result.affected) throw AppException.unauthorized('Tài khoản không còn tồn tại');
      } catch (error) {
        throw userWriteError(error);
      }
    }
    return this.me(id);
  }

  /** An account made by an administrator: verified, welcomed by e-mail. */
  async createByAdmin(dto: CreateUserDto): Promise<UserDto> {
    const passwordHash = await this.passwords.hash(dto.password);
    const user = await this.dataSource.transaction(async (em) => {
      const created = await this.insert(em, {
        email: dto.email,
        fullName: dto.fullName,
        passwordHash,
        roles: dto.roles,
        phone: dto.phone,
        unitId: dto.unitId,
        emailVerified: true,
      });
      await this.mail.enqueueTemplate(
        em,
        created.email,
        welcomeMail,
        { fullName: created.fullName, email: created.email, roles: created.roles },
        { dedupeKey: `welcome:${created.id}` },
      );
      return created;
    });
    return toUserDto(user);
  }

  /**
   * An administrator changes someone's roles or disables/enables the account. Anything that
   * changes ends the tokens already issued (a new token version; a disabled account's sessions
   * are revoked too). An administrator cannot disable or demote themselves (409 CONFLICT), so
   * that there is always someone left to undo it.
   */
  async updateByAdmin(actorId: string, id: string, dto: UpdateUserByAdminDto): Promise<UserDto> {
    const user = await this.findById(id);
    if (!user) throw AppException.notFound('Không tìm thấy tài khoản');
    if (id === actorId && (dto.disabled === true || (dto.roles && !dto.roles.includes('admin'))))
      throw AppException.conflict(
        ErrorCode.CONFLICT,
        'Không thể tự khoá tài khoản hoặc tự bỏ quyền quản trị của mình',
      );
    const rolesChanged =
      dto.roles !== undefined &&
      [...dto.roles].sort().join(',') !== [...user.roles].sort().join(',');
    const disabledChanged =
      dto.disabled !== undefined && dto.disabled !== (user.disabledAt !== null);
    if (dto.unitId !== undefined && dto.unitId !== user.unitId) {
      try {
        await this.users.update({ id }, { unitId: dto.unitId });
      } catch (error) {
        throw userWriteError(error);
      }
    }
    if (rolesChanged || disabledChanged) {
      await this.dataSource.transaction(async (em) => {
        await this.access.revoke(em, id, {
          roles: rolesChanged ? dto.roles : undefined,
          disabled: disabledChanged ? dto.disabled : undefined,
        });
        if (dto.disabled === true) await this.refreshTokens.revokeAllOf(em, id);
      });
    }
    return toUserDto((await this.findById(id)) as UserEntity);
  }

  /** Newest first; `q` matches part of the name, e-mail or phone number. */
  async list(query: ListUsersQueryDto): Promise<Page<UserDto>> {
    const qb = this.users
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.unit', 'unit')
      .orderBy('u.createdAt', 'DESC')
      .addOrderBy('u.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    const q = query.q?.trim();
    if (q) {
      const like = `%${escapeLike(q)}%`;
      const digits = phoneSearchDigits(q);
      qb.andWhere(
        new Brackets((w) => {
          w.where('u.fullName ILIKE :like', { like }).orWhere('u.email ILIKE :like', { like });
          if (digits.length >= 3) w.orWhere('u.phone LIKE :phone', { phone: `%${digits}%` });
        }),
      );
    }
    if (query.role) qb.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.unitId) qb.andWhere('u.unitId = :unitId', { unitId: query.unitId });
    const [users, total] = await qb.getManyAndCount();
    return pageOf(users.map(toUserDto), total, query);
  }
}
