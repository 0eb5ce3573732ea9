import { ApiProperty } from '@nestjs/swagger';
import type { QuestionVersionEntity } from '../entities/question-version.entity';
import type { QuestionEntity } from '../entities/question.entity';
import { QuestionDto } from './question.dto';

export class QuestionDetailDto extends QuestionDto {
  @ApiProperty({ description: 'How many versions exist (GET /api/questions/:id/versions)' })
  versions: number;

  static fromWithVersions(q: QuestionEntity, v: QuestionVersionEntity): QuestionDetailDto {
    // Versions are numbered 1..n without gaps and never deleted: the current one is the last.
    return { ...QuestionDto.from(q, v), versions: v.version };
  }
}
