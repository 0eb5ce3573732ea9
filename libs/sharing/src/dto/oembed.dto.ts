import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min } from 'class-validator';

export class OembedQueryDto {
  @ApiProperty({ example: 'https://thi.example.vn/cuoc-thi/tim-hieu-lich-su' })
  @IsString()
  @MaxLength(2000)
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  url: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(4000)
  maxwidth?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(4000)
  maxheight?: number;

  @ApiPropertyOptional({ enum: ['json'] })
  @IsOptional()
  @IsIn(['json'])
  format?: 'json';
}

/** An oEmbed 1.0 `rich` response (https://oembed.com), field names as the spec writes them. */
export class OembedDto {
  @ApiProperty({ example: '1.0' }) version: '1.0';
  @ApiProperty({ example: 'rich' }) type: 'rich';
  @ApiProperty() title: string;
  @ApiProperty() provider_name: string;
  @ApiProperty() provider_url: string;
  @ApiProperty() html: string;
  @ApiProperty() width: number;
  @ApiProperty() height: number;
  @ApiProperty() thumbnail_url: string;
  @ApiProperty() thumbnail_width: number;
  @ApiProperty() thumbnail_height: number;
  @ApiProperty() cache_age: number;
}
