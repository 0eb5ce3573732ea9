import type { Role } from '../users/role';

/** Who is calling, as proven by the access token. Set on `req.user` by the global guard. */
export interface AuthUser {
  id: string;
  roles: Role[];
}

export interface AccessTokenPayload {
  sub: string;
  roles: Role[];
  typ: 'access';
  /** The user's token version when issued (docs/security.md). */
  ver: number;
}

export function hasRole(user: AuthUser | undefined, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => roles.includes(r));
}
