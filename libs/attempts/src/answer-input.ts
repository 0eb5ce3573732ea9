import { AppException } from '@app/core';
import type { SaveAnswerDto } from './dto/attempt.dto';

/** What the server knows of a drawn question when it checks an answer. */
export interface AnswerableQuestion {
  type: string;
  optionIds: ReadonlySet<string>;
}

/**
 * The answer to store from a save body, checked against the question: text for short_text and
 * essay, option ids of this question otherwise (one for single and true/false). 400 otherwise.
 */
export function answerFromInput(
  question: AnswerableQuestion,
  dto: SaveAnswerDto,
): { optionIds: string[] | null; text: string | null } {
  if (question.type === 'short_text' || question.type === 'essay') {
    if (dto.optionIds !== undefined)
      throw AppException.validation('Câu hỏi này cần trả lời bằng chữ', [
        { field: 'optionIds', message: 'không dùng cho câu hỏi tự luận' },
      ]);
    return { optionIds: null, text: (dto.text ?? '').slice(0, 10000) };
  }
  if (dto.text !== undefined)
    throw AppException.validation('Câu hỏi này cần chọn phương án', [
      { field: 'text', message: 'không dùng cho câu hỏi trắc nghiệm' },
    ]);
  const optionIds = [...new Set((dto.optionIds ?? []).map((id) => id.toLowerCase()))];
  const unknown = optionIds.filter((id) => !question.optionIds.has(id));
  if (unknown.length)
    throw AppException.validation('Phương án không thuộc câu hỏi này', [
      { field: 'optionIds', message: `không hợp lệ: ${unknown.join(', ')}` },
    ]);
  if (question.type !== 'multiple' && optionIds.length > 1) {
    throw AppException.validation('Câu hỏi này chỉ được chọn một phương án', [
      { field: 'optionIds', message: 'chỉ một phương án' },
    ]);
  }
  return { optionIds, text: null };
}
