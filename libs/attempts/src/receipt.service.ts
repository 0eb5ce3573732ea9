import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';

export interface ReceiptClaims {
  attemptId: string;
  /** The question id for an answer receipt; `submit` for the submission receipt. */
  questionId: string;
  answerHash: string;
  savedAt: string;
}

/** A stable hash of an answer: option ids sorted, text as given. */
export function hashAnswer(
  answer:
    { optionIds?: string[] | null; text?: string | null } | { score: number; submitted: true },
): string {
  const canonical =
    'submitted' in answer
      ? JSON.stringify({ s: answer.score })
      : JSON.stringify({ o: [...(answer.optionIds ?? [])].sort(), t: answer.text ?? null });
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 22);
}

/**
 * Signed receipts: `<base64url(claims)>.<base64url(HMAC-SHA256)>`. The key is derived from
 * the JWT secret, so every instance of one deployment signs and verifies alike.
 */
@Injectable()
export class ReceiptService {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', config.auth.jwtSecret as string)
      .update('hoithi/receipt/v1')
      .digest();
  }

  sign(claims: ReceiptClaims): string {
    const payload = Buffer.from(
      JSON.stringify([claims.attemptId, claims.questionId, claims.answerHash, claims.savedAt]),
    ).toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  verify(receipt: string): ReceiptClaims | null {
    if (typeof receipt !== 'string' || receipt.length > 1000) return null;
    const [payload, mac, extra] = receipt.split('.');
    if (!payload || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const [attemptId, questionId, answerHash, savedAt] = JSON.parse(
        Buffer.from(payload, 'base64url').toString('utf8'),
      ) as string[];
      return { attemptId, questionId, answerHash, savedAt };
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
