/**
 * Answer-key regrade (issue 8). Pure: what changes in an attempt that drew an older version of a
 * corrected question, and how the top of a round's board and its prizes move.
 *
 * Answers are kept as the option ids the participant chose. A question's new version keeps the
 * id of every option whose text did not change, so an answer maps to the new key by id; an
 * option that no longer exists simply matches nothing in the new key.
 */
import type { DrawnQuestion } from '@app/attempts';

export interface KeyVersion {
  versionId: string;
  version: number;
  type: string;
  options: ReadonlyArray<{ id: string; text: string; correct: boolean }>;
}

/**
 * The attempt's drawn questions with `questionId` moved to the new version. The option order
 * the participant saw is kept for options that still exist; new options follow, in the
 * version's order. Other questions are untouched (same objects).
 */
export function moveToVersion(
  drawn: readonly DrawnQuestion[],
  questionId: string,
  next: Pick<KeyVersion, 'versionId' | 'options'>,
): DrawnQuestion[] {
  return drawn.map((q) => {
    if (q.questionId !== questionId) return q;
    const ids = next.options.map((o) => o.id);
    const present = new Set(ids);
    const kept = q.optionOrder.filter((id) => present.has(id));
    const seen = new Set(kept);
    return {
      ...q,
      versionId: next.versionId,
      optionOrder: [...kept, ...ids.filter((id) => !seen.has(id))],
    };
  });
}

/**
 * Plain-Vietnamese warnings for the organizer: options of an older version that the new one no
 * longer has (whoever chose them now counts as wrong), and a change of question type.
 */
export function regradeWarnings(
  previous: readonly KeyVersion[],
  next: KeyVersion,
  chosenCount: ReadonlyMap<string, number> = new Map(),
): string[] {
  const warnings: string[] = [];
  const nextIds = new Set(next.options.map((o) => o.id));
  for (const v of [...previous].sort((a, b) => a.version - b.version)) {
    if (v.type !== next.type) {
      warnings.push(
        `Phiên bản ${v.version} là loại câu hỏi “${v.type}”, phiên bản mới là “${next.type}”: ` +
          `các câu trả lời được chấm lại theo loại mới.`,
      );
    }
    for (const o of v.options) {
      if (nextIds.has(o.id)) continue;
      const chosen = chosenCount.get(o.id) ?? 0;
      warnings.push(
        `Phương án “${o.text}” của phiên bản ${v.version} không còn trong phiên bản mới ` +
          `(nội dung đã sửa): ${chosen} lượt đã chọn phương án này sẽ được tính là sai.`,
      );
    }
  }
  return warnings;
}

export interface ScoreLine {
  attemptId: string;
  score: number;
  correctCount: number;
}

/** The attempts whose score or number of right answers changes, in the order given. */
export function changedScores<T extends ScoreLine>(
  before: readonly T[],
  after: ReadonlyMap<string, ScoreLine>,
): Array<{ before: T; after: ScoreLine }> {
  const out: Array<{ before: T; after: ScoreLine }> = [];
  for (const b of before) {
    const a = after.get(b.attemptId);
    if (a && (a.score !== b.score || a.correctCount !== b.correctCount))
      out.push({ before: b, after: a });
  }
  return out;
}

export interface PrizeLine {
  userId: string;
  prize: string | null;
}

/** People whose prize differs between two allocations (winners on either side), by user id. */
export function prizeMoves(
  before: readonly PrizeLine[],
  after: readonly PrizeLine[],
): Array<{ userId: string; before: string | null; after: string | null }> {
  const was = new Map(before.map((e) => [e.userId, e.prize]));
  const now = new Map(after.map((e) => [e.userId, e.prize]));
  const users = [...new Set([...was.keys(), ...now.keys()])];
  return users
    .map((userId) => ({ userId, before: was.get(userId) ?? null, after: now.get(userId) ?? null }))
    .filter((m) => m.before !== m.after);
}
