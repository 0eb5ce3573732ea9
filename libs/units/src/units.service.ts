import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AppException, ErrorCode } from '@app/core';
import { DataSource, In, Repository } from 'typeorm';
import type { CreateUnitDto } from './dto/create-unit.dto';
import { toUnitDto, type UnitDto } from './dto/unit.dto';
import type { UnitRefDto } from './dto/unit-ref.dto';
import type { UpdateUnitDto } from './dto/update-unit.dto';
import { wouldCreateCycle } from './rules/unit-tree';
import { UnitImportService, type UnitSpec } from './unit-import.service';
import { UnitEntity } from './unit.entity';
import { isForeignKeyViolation, isUniqueViolation } from '@app/database';
import { UnitsRepository } from './units.repository';

const codeTaken = (code: string) =>
  AppException.conflict(ErrorCode.CONFLICT, `Mã đơn vị "${code}" đã được dùng cho đơn vị khác`, [
    { field: 'code', message: 'Mã đơn vị đã tồn tại' },
  ]);
const parentMissing = () =>
  AppException.validation('Không tìm thấy đơn vị cấp trên', [
    { field: 'parentId', message: 'Không tìm thấy đơn vị cấp trên' },
  ]);

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>,
    private readonly importer: UnitImportService,
    private readonly repository: UnitsRepository,
  ) {}

  /**
   * Creates or updates units by code so that the stored tree matches `units`; idempotent (for
   * the demo seeder). Parents may be listed after their children.
   */
  upsertTree(units: readonly UnitSpec[]): Promise<{ created: number; updated: number }> {
    return this.importer.upsertTree(units);
  }

  /** Every unit, ordered by code (a small bounded list). */
  async list(): Promise<UnitDto[]> {
    const units = await this.units.find({ order: { code: 'ASC' } });
    return units.map(toUnitDto);
  }

  async get(id: string): Promise<UnitDto> {
    const unit = await this.units.findOneBy({ id });
    if (!unit) throw AppException.notFound('Không tìm thấy đơn vị');
    return toUnitDto(unit);
  }

  async create(dto: CreateUnitDto): Promise<UnitDto> {
    try {
      const unit = await this.units.save(
        this.units.create({
          code: dto.code,
          name: dto.name,
          parentId: dto.parentId ?? null,
          kind: dto.kind,
          memberCount: dto.memberCount ?? 0,
        }),
      );
      return toUnitDto(unit);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_units_code')) throw codeTaken(dto.code);
      if (isForeignKeyViolation(error, 'fk_units_parent')) throw parentMissing();
      throw error;
    }
  }

  /** Changes a unit; a new parent must not lie below it (checked under the tree lock). */
  async update(id: string, dto: UpdateUnitDto): Promise<UnitDto> {
    try {
      return await this.dataSource.transaction(async (em) => {
        if (dto.parentId !== undefined) await this.repository.lockTree(em);
        const unit = await em.findOneBy(UnitEntity, { id });
        if (!unit) throw AppException.notFound('Không tìm thấy đơn vị');
        if (dto.parentId !== undefined && dto.parentId !== unit.parentId) {
          const tree = await em.find(UnitEntity, { select: { id: true, parentId: true } });
          if (dto.parentId !== null && !tree.some((u) => u.id === dto.parentId))
            throw parentMissing();
          if (wouldCreateCycle(tree, id, dto.parentId)) {
            throw AppException.validation(
              'Đơn vị cấp trên không thể là chính nó hoặc đơn vị cấp dưới của nó',
              [{ field: 'parentId', message: 'Quan hệ cấp trên tạo vòng lặp' }],
            );
          }
          unit.parentId = dto.parentId;
        }
        if (dto.code !== undefined) unit.code = dto.code;
        if (dto.name !== undefined) unit.name = dto.name;
        if (dto.kind !== undefined) unit.kind = dto.kind;
        if (dto.memberCount !== undefined) unit.memberCount = dto.memberCount;
        await em.save(UnitEntity, unit);
        return toUnitDto(unit);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_units_code')) throw codeTaken(dto.code ?? '');
      if (isForeignKeyViolation(error, 'fk_units_parent')) throw parentMissing();
      throw error;
    }
  }

  /**
   * `unitId` and every unit below it (for boards filtered by unit and for eligibility);
   * empty when the unit does not exist.
   */
  async findSubtreeIds(unitId: string): Promise<string[]> {
    return this.repository.subtreeIds(unitId);
  }

  /** `{ id, code, name }` of the given units, keyed by id (unknown ids are absent). */
  async findRefs(ids: readonly string[]): Promise<Map<string, UnitRefDto>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const units = await this.units.find({
      select: { id: true, code: true, name: true },
      where: { id: In(unique) },
    });
    return new Map(units.map((u) => [u.id, { id: u.id, code: u.code, name: u.name }]));
  }

  async exists(id: string): Promise<boolean> {
    return this.units.existsBy({ id });
  }
}
