import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppException, IS_PUBLIC_KEY } from '@app/core';
import type { Request } from 'express';
import type { AuthUser } from './auth-user';

/**
 * Global guard: every route needs a valid access token unless marked `@Public()`. On a public
 * route a valid token still identifies the caller; a missing or bad one means anonymous.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!isPublic) return (await super.canActivate(context)) as boolean;
    const req = context.switchToHttp().getRequest<Request>();
    if (!req.headers.authorization) return true;
    try {
      await super.canActivate(context);
    } catch {
      (req as { user?: AuthUser }).user = undefined;
    }
    return true;
  }

  override handleRequest<T = AuthUser>(error: unknown, user: T | false): T {
    if (error || !user)
      throw AppException.unauthorized('Phiên đăng nhập không hợp lệ hoặc đã hết hạn');
    return user;
  }
}
