import { Injectable } from '@nestjs/common';
import { AppException } from '@app/core';
import type { UnitOfficerDto } from './dto/unit-officer.dto';
import { UnitOfficersRepository } from './unit-officers.repository';

/**
 * Unit officers ("cán bộ công đoàn phụ trách đơn vị"): an admin names them per unit; an officer
 * reads the participation reports of that unit and every unit below it, never another subtree.
 */
@Injectable()
export class UnitOfficersService {
  constructor(private readonly repository: UnitOfficersRepository) {}

  async add(unitId: string, userId: string): Promise<UnitOfficerDto> {
    if (!(await this.repository.unitExists(unitId))) {
      throw AppException.notFound('Không tìm thấy đơn vị');
    }
    if (!(await this.repository.userExists(userId))) {
      throw AppException.validation('Không tìm thấy người dùng', [
        { field: 'userId', message: 'Không tìm thấy người dùng' },
      ]);
    }
    await this.repository.add(unitId, userId);
    const officer = (await this.repository.list(unitId)).find((o) => o.userId === userId);
    if (!officer) throw AppException.notFound('Không tìm thấy người dùng');
    return toOfficerDto(officer);
  }

  async list(unitId: string): Promise<UnitOfficerDto[]> {
    if (!(await this.repository.unitExists(unitId))) {
      throw AppException.notFound('Không tìm thấy đơn vị');
    }
    return (await this.repository.list(unitId)).map(toOfficerDto);
  }

  remove(unitId: string, userId: string): Promise<void> {
    return this.repository.remove(unitId, userId);
  }

  /** Is `userId` an officer of `unitId` or of one of its ancestors? */
  covers(userId: string, unitId: string): Promise<boolean> {
    return this.repository.covers(userId, unitId);
  }

  unitsOf(userId: string): Promise<string[]> {
    return this.repository.unitsOf(userId);
  }
}

function toOfficerDto(o: {
  unitId: string;
  userId: string;
  fullName: string;
  email: string;
  createdAt: Date;
}): UnitOfficerDto {
  return {
    unitId: o.unitId,
    userId: o.userId,
    fullName: o.fullName,
    email: o.email,
    createdAt: o.createdAt.toISOString(),
  };
}
