import { PartialType } from '@nestjs/swagger';
import { QuestionInputDto } from './question-input.dto';

/**
 * Body of `PATCH /api/questions/:id`: any subset of the question's fields (validated as a whole
 * once merged with the current version). The result is a new version; `explanation: null`
 * removes the explanation.
 */
export class UpdateQuestionDto extends PartialType(QuestionInputDto) {}
