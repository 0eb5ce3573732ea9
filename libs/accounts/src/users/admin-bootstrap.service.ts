import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { DataSource } from 'typeorm';
import { PasswordService } from '../auth/password.service';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureAdmin();
  }

  async ensureAdmin(): Promise<AdminBootstrapOutcome> {
    const { adminEmail, adminPassword } = this.config.auth;
    if (!adminEmail || !adminPassword) return 'disabled';
    const passwordHash = await this.passwords.hash(adminPassword);
    const created: unknown[] = await this.dataSource.query(
      `INSERT INTO users (email, full_name, password_hash, roles, email_verified_at)
       VALUES ($1, 'Quản trị viên', $2, '{admin}', now())
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [adminEmail, passwordHash],
    );
    if (created.length) {
      this.logger.log(`created the administrator ${adminEmail}`);
      return 'created';
    }
    const rows: Array<{ roles: string[] }> = await this.dataSource.query(
      `SELECT roles FROM users WHERE lower(email) = lower($1)`,
      [adminEmail],
    );
    if (rows[0] && !rows[0].roles.includes('admin')) {
      this.logger.warn(
        `ADMIN_EMAIL ${adminEmail} belongs to an existing account without the admin role; it was left unchanged`,
      );
    }
    return 'exists';
  }
}
