import { Injectable } from '@nestjs/common';
import { AttemptsRepository } from './attempts.repository';
import type { DrawnQuestion } from './entities/attempt.entity';
import { QuestionSnapshotsService } from './question-snapshots.service';

export interface CachedAttempt {
  userId: string;
  questions: Map<string, { type: string; optionIds: Set<string> }>;
}

const MAX_ATTEMPTS = 50_000;

/**
 * The immutable part of an attempt (owner, drawn questions and their option ids), kept in memory
 * so that an answer save validates without reading the attempt. Status and deadline are always
 * checked by the database in the save statement itself.
 */
@Injectable()
export class AttemptQuestionsCache {
  private readonly cache = new Map<string, CachedAttempt>();

  constructor(
    private readonly repository: AttemptsRepository,
    private readonly snapshots: QuestionSnapshotsService,
  ) {}

  async get(attemptId: string): Promise<CachedAttempt | undefined> {
    const hit = this.cache.get(attemptId);
    if (hit) return hit;
    const row = await this.repository.ownerAndQuestions(attemptId);
    if (!row) return undefined;
    return this.put(attemptId, row.user_id, row.questions);
  }

  async put(attemptId: string, userId: string, drawn: DrawnQuestion[]): Promise<CachedAttempt> {
    const snapshots = await this.snapshots.forAttempt(drawn);
    const questions = new Map<string, { type: string; optionIds: Set<string> }>();
    for (const q of drawn) {
      const s = snapshots.get(q.questionId);
      questions.set(q.questionId, { type: s?.type ?? 'single', optionIds: new Set(q.optionOrder) });
    }
    const entry = { userId, questions };
    if (this.cache.size >= MAX_ATTEMPTS) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(attemptId, entry);
    return entry;
  }
}
