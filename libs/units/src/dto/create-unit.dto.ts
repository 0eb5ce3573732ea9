import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { MAX_CODE_LENGTH, MAX_MEMBER_COUNT, MAX_NAME_LENGTH } from '../rules/plan-unit-import';
import { UNIT_KINDS, type UnitKind } from '../unit-kind';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUnitDto {
  @ApiProperty({ example: 'TV-CL-04', maxLength: MAX_CODE_LENGTH })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Thiếu mã đơn vị' })
  @MaxLength(MAX_CODE_LENGTH, { message: `Mã đơn vị dài quá ${MAX_CODE_LENGTH} ký tự` })
  // eslint-disable-next-line no-control-regex
  @Matches(/^[^\u0000-\u001f\u007f]*$/, { message: 'Mã đơn vị chứa ký tự không hợp lệ' })
  code: string;

  @ApiProperty({ maxLength: MAX_NAME_LENGTH })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'Thiếu tên đơn vị' })
  @MaxLength(MAX_NAME_LENGTH, { message: `Tên đơn vị dài quá ${MAX_NAME_LENGTH} ký tự` })
  name: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID('all', { message: 'Mã định danh đơn vị cấp trên không hợp lệ' })
  parentId?: string | null;

  @ApiProperty({ enum: UNIT_KINDS })
  @IsIn(UNIT_KINDS, { message: `Loại đơn vị phải là một trong: ${UNIT_KINDS.join(', ')}` })
  kind: UnitKind;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @IsInt({ message: 'Số đoàn viên phải là số nguyên' })
  @Min(0, { message: 'Số đoàn viên không được âm' })
  @Max(MAX_MEMBER_COUNT)
  memberCount?: number;
}
