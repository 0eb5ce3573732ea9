import { PartialType } from '@nestjs/swagger';
import { QuestionInputDto } from './question-input.dto';

/**
 * Body of `PATCH /api/banks/:bankId/imports/:id/items/:index`: any subset of a question's
 * fields; `null` removes an optional field. The item may stay invalid (it is a draft): its
 * problems are listed until it is fixed or dropped.
 */
export class UpdateImportItemDto extends PartialType(QuestionInputDto) {}
