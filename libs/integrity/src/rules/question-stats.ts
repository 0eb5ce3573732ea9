/**
 * Item analysis of a contest's questions (issue 8: "question statistics for organizers"). Pure.
 *
 * Per question, over the submitted attempts that drew it:
 * - drawn: attempts that drew it; answered: those with a non-empty answer; scored: those with a
 *   known result (an essay waiting for a judge is not scored);
 * - facility: share of the scored attempts that got it right;
 * - discrimination: point-biserial correlation (Pearson between 0/1 on this item and the
 *   rest-score: the number of the attempt's OTHER questions answered right, unweighted). Null
 *   when it cannot be computed (fewer than 2 scored attempts, or no spread on either side);
 * - options: for each option of the key, how many attempts chose it and the share of `drawn`
 *   (for `multiple` the shares can add up to more than 1);
 * - defects, once at least `minResponses` attempts are scored: nobody right; everybody right; a
 *   wrong option chosen more often than the key (for several correct options: more than the
 *   least chosen of them); negative discrimination.
 */

export interface ItemKeyOption {
  id: string;
  correct: boolean;
}

/** The answer key of a question; `options` in display order (named A, B, C… in messages). */
export interface ItemKey {
  questionId: string;
  options: readonly ItemKeyOption[];
}

export interface ItemResponse {
  questionId: string;
  /** null: not scored yet (essay waiting for a judge). */
  correct: boolean | null;
  optionIds?: readonly string[];
  text?: string;
}

/** The questions one submitted attempt drew, answered or not. */
export interface AttemptResponses {
  attemptId: string;
  responses: readonly ItemResponse[];
}

export interface OptionStats {
  optionId: string;
  /** A, B, C… by the key's order. */
  label: string;
  correct: boolean;
  chosen: number;
  /** chosen / drawn; null when never drawn. */
  share: number | null;
}

export type DefectKind =
  'nobody_correct' | 'everybody_correct' | 'distractor_preferred' | 'negative_discrimination';

export interface QuestionDefect {
  kind: DefectKind;
  /** Vietnamese explanation for the organizer, with the numbers. */
  message: string;
}

export interface QuestionStats {
  questionId: string;
  drawn: number;
  answered: number;
  scored: number;
  correctCount: number;
  facility: number | null;
  discrimination: number | null;
  options: OptionStats[];
  defects: QuestionDefect[];
}

export interface QuestionStatsOptions {
  /** Scored attempts needed before a question can be called defective. Default 10. */
  minResponses?: number;
}

/** Pearson correlation of a 0/1 variable with a score (population moments). */
export function pointBiserial(item: readonly boolean[], score: readonly number[]): number | null {
  const n = item.length;
  if (n < 2 || score.length !== n) return null;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += item[i] ? 1 : 0;
    sumY += score[i];
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let cov = 0;
  let varX = 0;
  let varY = 0;
  for (let i = 0; i < n; i++) {
    const dx = (item[i] ? 1 : 0) - meanX;
    const dy = score[i] - meanY;
    cov += dx * dy;
    varX += dx * dx;
    varY += dy * dy;
  }
  if (varX < 1e-12 || varY < 1e-12) return null;
  return cov / Math.sqrt(varX * varY);
}

function label(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `${index + 1}`;
}

function formatVi(value: number, digits = 2): string {
  const fixed = (Math.round(value * 10 ** digits) / 10 ** digits).toFixed(digits);
  return fixed
    .replace(/\.?0+$/, '')
    .replace('.', ',')
    .replace(/^-/, '−');
}

interface Accumulator {
  drawn: number;
  answered: number;
  items: boolean[];
  rests: number[];
  chosen: Map<string, number>;
}

export function computeQuestionStats(
  attempts: readonly AttemptResponses[],
  keys: readonly ItemKey[] = [],
  options: QuestionStatsOptions = {},
): QuestionStats[] {
  const minResponses = options.minResponses ?? 10;
  const order: string[] = keys.map((k) => k.questionId);
  const acc = new Map<string, Accumulator>();
  const accumulator = (questionId: string): Accumulator => {
    let a = acc.get(questionId);
    if (!a) {
      a = { drawn: 0, answered: 0, items: [], rests: [], chosen: new Map() };
      acc.set(questionId, a);
      if (!order.includes(questionId)) order.push(questionId);
    }
    return a;
  };
  for (const key of keys) accumulator(key.questionId);

  for (const attempt of attempts) {
    // A question listed twice in one attempt counts once (the first listing).
    const byQuestion = new Map<string, ItemResponse>();
    for (const r of attempt.responses) {
      if (!byQuestion.has(r.questionId)) byQuestion.set(r.questionId, r);
    }
    const responses = [...byQuestion.values()];
    const total = responses.reduce((sum, r) => sum + (r.correct === true ? 1 : 0), 0);
    for (const r of responses) {
      const a = accumulator(r.questionId);
      a.drawn += 1;
      const optionIds = [...new Set(r.optionIds ?? [])];
      if (optionIds.length > 0 || (r.text ?? '').trim() !== '') a.answered += 1;
      for (const id of optionIds) a.chosen.set(id, (a.chosen.get(id) ?? 0) + 1);
      if (r.correct === null) continue;
      a.items.push(r.correct);
      a.rests.push(total - (r.correct ? 1 : 0));
    }
  }

  const keyOf = new Map(keys.map((k) => [k.questionId, k]));
  return order.map((questionId): QuestionStats => {
    const a = accumulator(questionId);
    const scored = a.items.length;
    const correctCount = a.items.filter(Boolean).length;
    const facility = scored > 0 ? correctCount / scored : null;
    const discrimination = pointBiserial(a.items, a.rests);
    const optionStats = (keyOf.get(questionId)?.options ?? []).map((o, index): OptionStats => ({
      optionId: o.id,
      label: label(index),
      correct: o.correct,
      chosen: a.chosen.get(o.id) ?? 0,
      share: a.drawn > 0 ? (a.chosen.get(o.id) ?? 0) / a.drawn : null,
    }));

    const defects: QuestionDefect[] = [];
    if (scored >= minResponses) {
      if (correctCount === 0) {
        defects.push({
          kind: 'nobody_correct',
          message: `Không ai trả lời đúng (0/${scored} lượt): kiểm tra lại đáp án hoặc nội dung câu hỏi.`,
        });
      }
      if (correctCount === scored) {
        defects.push({
          kind: 'everybody_correct',
          message: `Tất cả ${scored} lượt đều trả lời đúng: câu hỏi không phân loại được người thi.`,
        });
      }
      const keyOptions = optionStats.filter((o) => o.correct);
      if (keyOptions.length > 0) {
        const weakestKey = keyOptions.reduce((m, o) => (o.chosen < m.chosen ? o : m));
        for (const wrong of optionStats.filter((o) => !o.correct && o.chosen > weakestKey.chosen)) {
          defects.push({
            kind: 'distractor_preferred',
            message:
              `Phương án sai ${wrong.label} được chọn nhiều hơn đáp án ${weakestKey.label} ` +
              `(${wrong.chosen} so với ${weakestKey.chosen} lượt): kiểm tra lại đáp án.`,
          });
        }
      }
      if (discrimination !== null && discrimination < 0) {
        defects.push({
          kind: 'negative_discrimination',
          message:
            `Độ phân biệt âm (${formatVi(discrimination)}): người làm tốt các câu khác lại hay sai ` +
            `câu này; có thể đáp án sai hoặc câu hỏi gây hiểu nhầm.`,
        });
      }
    }

    return {
      questionId,
      drawn: a.drawn,
      answered: a.answered,
      scored,
      correctCount,
      facility,
      discrimination,
      options: optionStats,
      defects,
    };
  });
}

/** The questions with at least one defect, most defects first, then by lowest discrimination. */
export function listDefective(stats: readonly QuestionStats[]): QuestionStats[] {
  return stats
    .filter((s) => s.defects.length > 0)
    .sort(
      (a, b) =>
        b.defects.length - a.defects.length ||
        (a.discrimination ?? 0) - (b.discrimination ?? 0) ||
        (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0),
    );
}
