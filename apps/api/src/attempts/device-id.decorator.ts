import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { normalizeDeviceId } from '@app/attempts';
import type { Request } from 'express';

/** The caller's device: the `X-Device-Id` header (trimmed, ≤ 200 characters), or undefined. */
export const DeviceId = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): string | undefined =>
    normalizeDeviceId(ctx.switchToHttp().getRequest<Request>().headers['x-device-id']),
);
