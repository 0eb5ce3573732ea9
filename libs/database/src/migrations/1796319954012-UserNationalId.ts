import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserNationalId1796316402098 implements MigrationInterface {
  name = 'UserNationalId1796316402098';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "national_id_cipher" text`);
    await queryRunner.query(`ALTER TABLE "users" ADD "national_id_hash" text`);
    await queryRunner.query(`ALTER TABLE "users" ADD "national_id_last4" text`);
    await queryRunner.query(
      `ALTER TABLE "users" ADD "national_id_confirmed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_users_national_id_hash" ON "users" ("national_id_hash")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_users_national_id_hash"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "national_id_confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "national_id_last4"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "national_id_hash"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "national_id_cipher"`);
  }
}
