import { ApiProperty } from '@nestjs/swagger';
import { UNIT_KINDS, type UnitKind } from '../unit-kind';

export class UnitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'TV-CL-04' })
  code: string;

  @ApiProperty({ example: 'Công đoàn cơ sở Công ty TNHH May mặc Càng Long' })
  name: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  parentId: string | null;

  @ApiProperty({ enum: UNIT_KINDS })
  kind: UnitKind;

  @ApiProperty({ minimum: 0, description: 'Số đoàn viên (for participation rates)' })
  memberCount: number;
}

export function toUnitDto(unit: UnitDto): UnitDto {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    parentId: unit.parentId,
    kind: unit.kind,
    memberCount: unit.memberCount,
  };
}
