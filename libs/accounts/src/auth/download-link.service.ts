import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AccessRevocationService } from '../revocation/access-revocation.service';
import type { Role } from '../users/role';
import type { AuthUser } from './auth-user';

/** How long a signed download link works (seconds). */
export const DOWNLOAD_LINK_TTL_SEC = 30 * 60;

/**
 * Signed download links (docs/security.md, "Download links"): a file that needs a signed-in
 * caller is offered as a plain HTTPS link carrying `?token=`, so phone in-app browsers, which
 * cannot save a blob URL, download it like any file. The token is an HS256 JWT of
 * `typ: download`, bound to one `scope` (the file's identity, e.g. the report, unit, round and
 * format), to the caller and their roles, with the access token's version (a demoted or
 * disabled account's links stop working as its access tokens do), valid 30 minutes.
 */
@Injectable()
export class DownloadLinkService {
  constructor(
    private readonly jwt: JwtService,
    private readonly revocations: AccessRevocationService,
  ) {}

  /** A token for `scope`, signed for the caller of the request whose access token is `accessToken`. */
  sign(
    user: AuthUser,
    accessToken: string | undefined,
    scope: string,
  ): { token: string; expiresAt: string } {
    const decoded = accessToken ? this.jwt.decode<{ ver?: unknown } | null>(accessToken) : null;
    const ver = typeof decoded?.ver === 'number' ? decoded.ver : 0;
    const token = this.jwt.sign(
      { sub: user.id, roles: user.roles, typ: 'download', ver, scope },
      { expiresIn: DOWNLOAD_LINK_TTL_SEC },
    );
    return {
      token,
      expiresAt: new Date(Date.now() + DOWNLOAD_LINK_TTL_SEC * 1000).toISOString(),
    };
  }

  /** The user a token was signed for, when it is genuine, unexpired, for this scope and not revoked. */
  verify(token: string | undefined, scope: string): AuthUser | null {
    if (!token || token.length > 4096) return null;
    let payload: { sub?: unknown; roles?: unknown; typ?: unknown; ver?: unknown; scope?: unknown };
    try {
      payload = this.jwt.verify(token, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
    if (
      payload.typ !== 'download' ||
      payload.scope !== scope ||
      typeof payload.sub !== 'string' ||
      !Array.isArray(payload.roles) ||
      !payload.roles.every((r) => typeof r === 'string') ||
      typeof payload.ver !== 'number' ||
      !this.revocations.allows(payload.sub, payload.ver)
    )
      return null;
    return { id: payload.sub, roles: payload.roles as Role[] };
  }
}
