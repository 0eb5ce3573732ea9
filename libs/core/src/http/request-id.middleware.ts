import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from '../context/request-context';

const ACCEPTED_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface RequestWithId extends Request {
  id: string;
}

/** Gives every request an id (the caller's X-Request-Id when it is sane) and echoes it back. */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && ACCEPTED_ID.test(incoming) ? incoming : randomUUID();
  (req as RequestWithId).id = id;
  res.setHeader('X-Request-Id', id);
  requestContext.run({ requestId: id }, next);
}
