import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's minimum (19 MiB, 2 iterations, 1 lane). `2` is Algorithm.Argon2id. */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordService {
  /** Hashed once, for verifying "something" when the account does not exist (same timing). */
  private dummy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, ARGON2ID);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /** Spends the time of a real verification, so that unknown logins cannot be told apart. */
  async verifyNothing(password: string): Promise<false> {
    this.dummy ??= this.hash('hoithi-dummy-password');
    await this.verify(await this.dummy, password);
    return false;
  }
}
