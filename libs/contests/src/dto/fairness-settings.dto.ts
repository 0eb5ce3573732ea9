import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** Practice ("Thi thử"): banks (and tags) of the practice pool, never the official draw's banks. */
export class PracticeSettingsDto {
  @ApiProperty() @IsBoolean() enabled: boolean;

  @ApiProperty({ type: [String], description: 'Banks of the practice pool' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  bankIds: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Only questions with at least one of these tags',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];

  @ApiPropertyOptional({
    enum: ['each', 'end'],
    description: 'Right answer and explanation after each answer (default) or at the end',
  })
  @IsOptional()
  @IsIn(['each', 'end'])
  reveal?: 'each' | 'end';

  @ApiPropertyOptional({
    description: "Questions per practice attempt (default: the official draw's count)",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  questionCount?: number;
}

/** The detectors' thresholds for one contest (docs/fairness.md); an absent field keeps the default. */
export class FlagThresholdsDto {
  @ApiPropertyOptional({ description: 'too_fast: seconds per question (default 3)' })
  @IsOptional()
  @IsNumber()
  @Min(0.5)
  @Max(120)
  tooFastSecondsPerQuestion?: number;

  @ApiPropertyOptional({ description: 'focus_lost: times the page was left (default 5)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  focusLostLeaves?: number;

  @ApiPropertyOptional({ description: 'focus_lost: seconds hidden in total (default 60)' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(86400)
  focusLostHiddenSeconds?: number;

  @ApiPropertyOptional({
    description:
      'identical_answers: flag when the chance of such a match is below 1 in this many (default 1.000.000)',
  })
  @IsOptional()
  @IsInt()
  @Min(100)
  @Max(1e15)
  identicalAnswersOneIn?: number;

  @ApiPropertyOptional({
    description: 'shared_network: accounts with a perfect score from one IP (default 5)',
  })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(10000)
  sharedNetworkAccounts?: number;
}
