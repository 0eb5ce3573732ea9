import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AuthUser } from '@app/accounts';
import { isUuid } from '@app/core';
import { BankAccessService } from './bank-access.service';

const BANK_SCOPE = 'hoithi:bank-scope';

/**
 * What the route's ids name: `bank` (`:bankId`), `question` (`:id` is a question), `preview`
 * (`:bankId` and, when present, `:id` an import preview, which belongs to its uploader).
 */
export type BankScope = 'bank' | 'question' | 'preview';

/** Marks a controller or route for BankAccessGuard. */
export const BankScoped = (scope: BankScope) => SetMetadata(BANK_SCOPE, scope);

/**
 * Applies the bank access list (docs/security.md) before the handler runs: 404 for anyone not
 * on it. Malformed ids are left to the route's own pipes.
 */
@Injectable()
export class BankAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: BankAccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const scope = this.reflector.getAllAndOverride<BankScope | undefined>(BANK_SCOPE, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = context
      .switchToHttp()
      .getRequest<{ user?: AuthUser; params: Record<string, string> }>();
    const user = req.user;
    if (!scope || !user) return true;
    const { bankId, id } = req.params;
    if (scope === 'question') {
      if (isUuid(id)) await this.access.assertReadQuestion(id, user);
      return true;
    }
    if (!isUuid(bankId)) return true;
    if (scope === 'preview' && isUuid(id)) await this.access.assertPreviewOwner(bankId, id, user);
    else await this.access.assertRead(bankId, user);
    return true;
  }
}
