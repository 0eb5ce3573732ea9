import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppException, IS_PUBLIC_KEY } from '@app/core';
import type { Request } from 'express';
import { AccessTokenVerifier, bearerToken } from './access-token.verifier';
import type { AuthUser } from './auth-user';

/**
 * Global guard: every route needs a valid access token unless marked `@Public()`. On a public
 * route a valid token still identifies the caller; a missing or bad one means anonymous.
 * (No passport here: this runs on every request, and the verifier does the whole job.)
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: AccessTokenVerifier,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const header = req.headers.authorization;
    const token = bearerToken(header);
    const user = token ? this.verifier.verify(token) : null;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!isPublic && !user)
      throw AppException.unauthorized('Phiên đăng nhập không hợp lệ hoặc đã hết hạn');
    req.user = user ?? undefined;
    return true;
  }
}
