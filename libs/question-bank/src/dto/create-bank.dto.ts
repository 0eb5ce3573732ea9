import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export const trimString = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class CreateBankDto {
  @ApiProperty({ example: 'Lịch sử Công đoàn Việt Nam', maxLength: 200 })
  @Transform(trimString)
  @IsString({ message: 'Tên ngân hàng phải là văn bản' })
  @IsNotEmpty({ message: 'Tên ngân hàng không được để trống' })
  @MaxLength(200, { message: 'Tên ngân hàng dài quá 200 ký tự' })
  title: string;

  @ApiProperty({ example: 'Lịch sử', maxLength: 200 })
  @Transform(trimString)
  @IsString({ message: 'Chủ đề phải là văn bản' })
  @IsNotEmpty({ message: 'Chủ đề không được để trống' })
  @MaxLength(200, { message: 'Chủ đề dài quá 200 ký tự' })
  theme: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @Transform(trimString)
  @IsString({ message: 'Mô tả phải là văn bản' })
  @MaxLength(5000, { message: 'Mô tả dài quá 5.000 ký tự' })
  description?: string;

  @ApiPropertyOptional({
    default: true,
    description: 'Short-text answers match without Vietnamese tones ("dien" = "điện")',
  })
  @IsOptional()
  @IsBoolean({ message: 'toneInsensitive phải là true hoặc false' })
  toneInsensitive?: boolean;
}
