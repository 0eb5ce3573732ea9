import { SetMetadata } from '@nestjs/common';
import type { Role } from '../users/role';

export const ROLES_KEY = 'hoithi:roles';

/** Only callers holding one of these roles may use the route (403 otherwise). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
