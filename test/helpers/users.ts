import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { type Role, TokenService, UserEntity } from '@app/accounts';
import type { TestApp } from './test-app';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  fullName: string;
  roles: Role[];
  token: string;
  auth: { Authorization: string };
  /** This user's device (`X-Device-Id`): an attempt is bound to it at start, and saves, events
   * and the submit must name it (a call naming no device is refused once bound, issue 15). */
  device: { 'X-Device-Id': string };
}

/** The device header a test user's calls carry: one device per person. */
export function deviceOf(userId: string): { 'X-Device-Id': string } {
  return { 'X-Device-Id': `device-${userId}` };
}

let cachedHash: Promise<string> | undefined;
const DEFAULT_PASSWORD = 'Mat-khau-2026';

/**
 * Inserts a user directly (fast; no e-mail, no rate limit) and issues an access token for it.
 * Use the HTTP API instead when the registration itself is under test.
 */
export async function createUser(
  t: TestApp,
  options: Partial<Pick<UserEntity, 'fullName' | 'phone' | 'unitId' | 'birthYear'>> & {
    roles?: Role[];
    email?: string;
    emailVerified?: boolean;
  } = {},
): Promise<TestUser> {
  cachedHash ??= hash(DEFAULT_PASSWORD, { algorithm: 2 });
  const repo = t.dataSource.getRepository(UserEntity);
  const email = options.email ?? `user-${randomBytes(5).toString('hex')}@example.vn`;
  const roles = options.roles ?? ['participant'];
  const user = await repo.save(
    repo.create({
      email,
      fullName: options.fullName ?? 'Nguyễn Văn Thử',
      phone: options.phone ?? null,
      unitId: options.unitId ?? null,
      birthYear: options.birthYear ?? null,
      roles,
      passwordHash: await cachedHash,
      emailVerifiedAt: options.emailVerified === false ? null : new Date(),
    }),
  );
  const token = t.app.get(TokenService).issueAccessToken(user);
  return {
    id: user.id,
    email,
    password: DEFAULT_PASSWORD,
    fullName: user.fullName,
    roles,
    token,
    auth: { Authorization: `Bearer ${token}` },
    device: deviceOf(user.id),
  };
}
