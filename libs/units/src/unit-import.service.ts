import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, ErrorCode } from '@app/core';
import { DataSource, type EntityManager } from 'typeorm';
import type { UnitImportResultDto } from './dto/unit-import-result.dto';
import { readUnitSheetInWorker } from './import/read-unit-sheet-in-worker';
import {
  type ExistingUnit,
  planUnitImport,
  type PlannedUnit,
  type UnitImportRow,
} from './rules/plan-unit-import';
import { UnitEntity } from './unit.entity';
import type { UnitKind } from './unit-kind';
import { isUniqueViolation } from '@app/database';
import { UnitsRepository } from './units.repository';

/** A unit described by code, as in an imported file or the demo data. */
export interface UnitSpec {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode?: string | null;
  memberCount?: number;
}

class DryRunRollback extends Error {}

/** Imports unit lists (CSV/XLSX) and upserts trees: all or nothing, under the tree lock. */
@Injectable()
export class UnitImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: UnitsRepository,
  ) {}

  /**
   * Imports an uploaded file. Any bad row → 400 IMPORT_FAILED with every problem in `details`
   * (`[{ row, field, message }]`) and nothing written; a dry run reports the same without
   * writing and without failing.
   */
  async importFile(
    file: Buffer | undefined,
    options: { dryRun?: boolean } = {},
  ): Promise<UnitImportResultDto> {
    if (!file) {
      throw AppException.validation('Chưa chọn tệp (trường "file" của biểu mẫu multipart)', [
        { field: 'file', message: 'Chưa chọn tệp CSV hoặc XLSX' },
      ]);
    }
    const rows = await readUnitSheetInWorker(file);
    if (!rows.length) {
      throw new AppException(400, ErrorCode.IMPORT_FAILED, 'Tệp không có dòng dữ liệu nào', [
        { row: 2, message: 'Tệp không có dòng dữ liệu nào' },
      ]);
    }
    return this.apply(rows, options.dryRun ?? false);
  }

  /**
   * Creates or updates units by code so that the stored tree matches `units` (idempotent: a
   * second call changes nothing). For seeders; invalid input → IMPORT_FAILED.
   */
  async upsertTree(units: readonly UnitSpec[]): Promise<{ created: number; updated: number }> {
    const rows: UnitImportRow[] = units.map((u, i) => ({
      row: i + 2,
      code: u.code,
      name: u.name,
      kind: u.kind,
      parentCode: u.parentCode ?? '',
      memberCount: u.memberCount ?? null,
    }));
    const { created, updated } = await this.apply(rows, false);
    return { created, updated };
  }

  private async apply(rows: UnitImportRow[], dryRun: boolean): Promise<UnitImportResultDto> {
    let result: UnitImportResultDto | undefined;
    try {
      await this.dataSource.transaction(async (em) => {
        await this.repository.lockTree(em);
        const existing: ExistingUnit[] = await em.find(UnitEntity, {
          select: {
            id: true,
            code: true,
            name: true,
            parentId: true,
            kind: true,
            memberCount: true,
          },
        });
        const plan = planUnitImport(existing, rows, randomUUID);
        if (dryRun) {
          result = {
            created: 0,
            updated: 0,
            unchanged: plan.unchanged,
            wouldCreate: plan.creates.length,
            wouldUpdate: plan.updates.length,
            errors: plan.errors,
          };
          throw new DryRunRollback();
        }
        if (plan.errors.length) {
          throw new AppException(
            400,
            ErrorCode.IMPORT_FAILED,
            `Không nhập được: ${plan.errors.length} lỗi, chưa có gì được ghi`,
            plan.errors,
          );
        }
        await this.write(em, plan.creates, plan.updates);
        result = {
          created: plan.creates.length,
          updated: plan.updates.length,
          unchanged: plan.unchanged,
          errors: [],
        };
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) {
        if (isUniqueViolation(error, 'uq_units_code')) {
          throw AppException.conflict(
            ErrorCode.CONFLICT,
            'Một đơn vị cùng mã vừa được tạo đồng thời; hãy thử lại',
          );
        }
        throw error;
      }
    }
    return result as UnitImportResultDto;
  }

  private async write(
    em: EntityManager,
    creates: PlannedUnit[],
    updates: PlannedUnit[],
  ): Promise<void> {
    for (let i = 0; i < creates.length; i += 500) {
      await em.insert(UnitEntity, creates.slice(i, i + 500));
    }
    for (let i = 0; i < updates.length; i += 1000) {
      await this.repository.updateMany(em, updates.slice(i, i + 1000));
    }
  }
}
