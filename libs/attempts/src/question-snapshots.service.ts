import { Injectable } from '@nestjs/common';
import { QuestionPoolService } from '@app/question-bank';
import type { DrawnQuestion } from './entities/attempt.entity';

/** What the attempt engine needs of a question version (server side: includes the key). */
export interface VersionSnapshot {
  versionId: string;
  questionId: string;
  bankId: string;
  type: 'single' | 'multiple' | 'true_false' | 'short_text' | 'essay';
  prompt: string;
  options: Array<{ id: string; text: string; correct: boolean }>;
  acceptedAnswers: string[];
  points: number;
  toneInsensitive: boolean;
  /** Shown to participants only in practice (docs/fairness.md, "Practice"). */
  explanation: string | null;
}

const MAX_CACHED = 20_000;

/**
 * Question versions are immutable, so they are cached in memory once read: an answer save or a
 * resume never goes back to the bank tables for them.
 */
@Injectable()
export class QuestionSnapshotsService {
  private readonly cache = new Map<string, VersionSnapshot>();

  constructor(private readonly pool: QuestionPoolService) {}

  async forAttempt(questions: DrawnQuestion[]): Promise<Map<string, VersionSnapshot>> {
    const missing = questions.filter((q) => !this.cache.has(q.versionId));
    if (missing.length) {
      const [versions, banks] = await Promise.all([
        this.pool.getVersions(missing.map((q) => q.versionId)),
        this.pool.getBankSettings([...new Set(missing.map((q) => q.bankId))]),
      ]);
      for (const drawn of missing) {
        const v = versions.get(drawn.versionId);
        if (!v) throw new Error(`question version ${drawn.versionId} is missing`);
        this.remember({
          versionId: v.id,
          questionId: v.questionId,
          bankId: drawn.bankId,
          type: v.type,
          prompt: v.prompt,
          options: (v.options ?? []).map((o) => ({ id: o.id, text: o.text, correct: o.correct })),
          acceptedAnswers: v.acceptedAnswers ?? [],
          points: Number(v.points),
          toneInsensitive: banks.get(drawn.bankId)?.toneInsensitive ?? true,
          explanation: v.explanation ?? null,
        });
      }
    }
    return new Map(
      questions.map((q) => [q.questionId, this.cache.get(q.versionId) as VersionSnapshot]),
    );
  }

  private remember(snapshot: VersionSnapshot): void {
    if (this.cache.size >= MAX_CACHED) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(snapshot.versionId, snapshot);
  }
}
