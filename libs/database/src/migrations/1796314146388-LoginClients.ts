import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins are counted per account and client (docs/security.md): a session remembers the
 * client it was opened from (a hash of the device id, else of the IP), so that the owner's known
 * devices are slowed down instead of locked out; a sign-in link mailed to the owner bypasses
 * the lock.
 */
export class LoginClients1796314146388 implements MigrationInterface {
  name = 'LoginClients1796314146388';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "client_hash" text`);
    await queryRunner.query(
      `CREATE INDEX "ix_refresh_tokens_user_client" ON "refresh_tokens" ("user_id", "client_hash") WHERE client_hash IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "user_tokens" DROP CONSTRAINT "ck_user_tokens_purpose"`);
    await queryRunner.query(
      `ALTER TABLE "user_tokens" ADD CONSTRAINT "ck_user_tokens_purpose" CHECK ("purpose" IN ('verify_email', 'reset_password', 'sign_in'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "user_tokens" WHERE purpose = 'sign_in'`);
    await queryRunner.query(`ALTER TABLE "user_tokens" DROP CONSTRAINT "ck_user_tokens_purpose"`);
    await queryRunner.query(
      `ALTER TABLE "user_tokens" ADD CONSTRAINT "ck_user_tokens_purpose" CHECK ("purpose" IN ('verify_email', 'reset_password'))`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_tokens_user_client"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "client_hash"`);
  }
}
