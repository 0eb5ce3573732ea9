import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { FlagThresholdsDto, PracticeSettingsDto } from './fairness-settings.dto';

export class RoundInputDto {
  @ApiPropertyOptional({ description: 'Existing round id (PATCH); omit to create a round' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'Tuần 1' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty({
    example: '2026-12-07T00:00:00.000Z',
    description: 'UTC; 07:00 Vietnam time is 00:00Z',
  })
  @IsDateString({ strict: true })
  opensAt: string;

  @ApiProperty({ example: '2026-12-13T14:00:00.000Z' })
  @IsDateString({ strict: true })
  closesAt: string;
}

export class DrawRuleDto {
  @ApiProperty()
  @IsUUID()
  bankId: string;

  @ApiProperty({ minimum: 1, maximum: 200 })
  @IsInt()
  @Min(1)
  @Max(200)
  count: number;

  @ApiPropertyOptional({
    type: [String],
    description: 'A question matches when it has at least one of these tags',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ enum: [1, 2, 3] })
  @IsOptional()
  @IsIn([1, 2, 3])
  difficulty?: 1 | 2 | 3;
}

export class PredictionDto {
  @ApiProperty()
  @IsBoolean()
  enabled: boolean;

  @ApiProperty({
    example: 'Dự đoán có bao nhiêu người trả lời đúng tất cả các câu hỏi của tuần thi này?',
  })
  @IsString()
  @MaxLength(1000)
  prompt: string;
}

export class PrizesDto {
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100) first: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100) second: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100) third: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(1000) consolation: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1, default: 0.5 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  maxShareOfParticipants?: number;
}

export class PrizePointsDto {
  @ApiProperty() @IsInt() @Min(0) @Max(1000) first: number;
  @ApiProperty() @IsInt() @Min(0) @Max(1000) second: number;
  @ApiProperty() @IsInt() @Min(0) @Max(1000) third: number;
  @ApiProperty() @IsInt() @Min(0) @Max(1000) consolation: number;
}

export class LeaderboardSettingsDto {
  @ApiProperty()
  @IsBoolean()
  public: boolean;

  @ApiProperty({
    minimum: 0,
    description: 'The public board stops changing this many minutes before a round closes',
  })
  @IsInt()
  @Min(0)
  @Max(10080)
  freezeMinutesBeforeClose: number;
}

export class CreateContestDto {
  @ApiProperty({ example: 'Tìm hiểu lịch sử Công đoàn Việt Nam' })
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title: string;

  @ApiProperty({ example: 'lich-su-cong-doan-2026' })
  @IsString()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'slug chỉ gồm chữ thường không dấu, số và dấu gạch ngang',
  })
  @MaxLength(100)
  slug: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) theme?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20000) description?: string;
  @ApiPropertyOptional({ description: 'Thể lệ' })
  @IsOptional()
  @IsString()
  @MaxLength(50000)
  rules?: string;

  @ApiProperty({ type: [RoundInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(52)
  @ValidateNested({ each: true })
  @Type(() => RoundInputDto)
  rounds: RoundInputDto[];

  @ApiProperty({ minimum: 1, maximum: 200 })
  @IsInt()
  @Min(1)
  @Max(200)
  questionCount: number;

  @ApiProperty({ type: [DrawRuleDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DrawRuleDto)
  drawRules: DrawRuleDto[];

  @ApiProperty({ minimum: 30, maximum: 14400 })
  @IsInt()
  @Min(30)
  @Max(14400)
  timeLimitSec: number;

  @ApiProperty({ minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  attemptsPerRound: number;

  @ApiProperty({ enum: ['best', 'first', 'last'] })
  @IsIn(['best', 'first', 'last'])
  attemptPolicy: 'best' | 'first' | 'last';

  @ApiProperty() @IsBoolean() shuffleQuestions: boolean;
  @ApiProperty() @IsBoolean() shuffleOptions: boolean;

  @ApiProperty({ type: PredictionDto })
  @ValidateNested()
  @Type(() => PredictionDto)
  prediction: PredictionDto;

  @ApiProperty({ type: PrizesDto })
  @ValidateNested()
  @Type(() => PrizesDto)
  prizes: PrizesDto;

  @ApiPropertyOptional({ type: PrizePointsDto, description: 'Collective ranking points per prize' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PrizePointsDto)
  prizePoints?: PrizePointsDto;

  @ApiProperty() @IsBoolean() onePrizePerPerson: boolean;
  @ApiProperty() @IsBoolean() requireVerifiedEmail: boolean;

  @ApiPropertyOptional({
    type: [String],
    description: 'Units (with everything below them) whose members may take part',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  eligibleUnitIds?: string[];

  @ApiProperty({ type: LeaderboardSettingsDto })
  @ValidateNested()
  @Type(() => LeaderboardSettingsDto)
  leaderboard: LeaderboardSettingsDto;

  @ApiProperty({ enum: ['never', 'after_round'] })
  @IsIn(['never', 'after_round'])
  revealAnswers: 'never' | 'after_round';

  @ApiPropertyOptional({ enum: ['one_per_screen', 'list'], default: 'one_per_screen' })
  @IsOptional()
  @IsIn(['one_per_screen', 'list'])
  displayMode?: 'one_per_screen' | 'list';

  @ApiPropertyOptional({
    minimum: 0,
    description: 'Submissions sooner than this after the start are refused',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  minSubmitSeconds?: number;

  @ApiPropertyOptional({
    enum: ['first', 'counted'],
    default: 'first',
    description:
      "Which attempt's prediction the tie-break uses: the first one given in the round, or the counted attempt's",
  })
  @IsOptional()
  @IsIn(['first', 'counted'])
  predictionAttempt?: 'first' | 'counted';

  @ApiPropertyOptional({
    default: false,
    description: 'Once given in a round, the prediction cannot be changed by a later attempt',
  })
  @IsOptional()
  @IsBoolean()
  lockPrediction?: boolean;

  @ApiPropertyOptional({ type: PracticeSettingsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PracticeSettingsDto)
  practice?: PracticeSettingsDto;

  @ApiPropertyOptional({ type: FlagThresholdsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => FlagThresholdsDto)
  flagThresholds?: FlagThresholdsDto;

  @ApiPropertyOptional({
    default: false,
    description: 'Winners must confirm a national ID (CCCD) before their prize is final',
  })
  @IsOptional()
  @IsBoolean()
  requireNationalId?: boolean;
}

export class UpdateContestDto extends PartialType(CreateContestDto) {}

export class AddStaffDto {
  @ApiProperty()
  @IsUUID()
  userId: string;

  @ApiProperty({ enum: ['organizer', 'judge'] })
  @IsIn(['organizer', 'judge'])
  role: 'organizer' | 'judge';
}
