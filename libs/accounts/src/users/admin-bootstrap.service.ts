import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { PasswordService } from '../auth/password.service';
import { UsersRepository } from './users.repository';

export type AdminBootstrapOutcome = 'disabled' | 'created' | 'exists';

/**
 * At start-up: creates the ADMIN_EMAIL / ADMIN_PASSWORD administrator when no account has that
 * address. An existing account is never changed (its password stays what its owner set), and
 * several instances starting together create it once (ON CONFLICT DO NOTHING).
 */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminBootstrap');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureAdmin();
  }

  async ensureAdmin(): Promise<AdminBootstrapOutcome> {
    const { adminEmail, adminPassword } = this.config.auth;
    if (!adminEmail || !adminPassword) return 'disabled';
    const passwordHash = await this.passwords.hash(adminPassword);
    if (await this.users.insertAdminUnlessTaken(adminEmail, passwordHash)) {
      this.logger.log(`created the administrator ${adminEmail}`);
      return 'created';
    }
    const roles = await this.users.rolesByEmail(adminEmail);
    if (roles && !roles.includes('admin')) {
      this.logger.warn(
        `ADMIN_EMAIL ${adminEmail} belongs to an existing account without the admin role; it was left unchanged`,
      );
    }
    return 'exists';
  }
}
