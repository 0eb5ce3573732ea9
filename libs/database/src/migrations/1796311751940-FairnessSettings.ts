import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FairnessSettings1796311751940 implements MigrationInterface {
  name = 'FairnessSettings1796311751940';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "contests" ADD "prediction_attempt" text NOT NULL DEFAULT 'first'`,
    );
    await queryRunner.query(
      `ALTER TABLE "contests" ADD "lock_prediction" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "contests" ADD "practice" jsonb NOT NULL DEFAULT '{"enabled":false,"bankIds":[]}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "contests" ADD "flag_thresholds" jsonb NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "contests" ADD "require_national_id" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "contests" ADD CONSTRAINT "ck_contests_prediction_attempt" CHECK ("prediction_attempt" IN ('first', 'counted'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "contests" DROP CONSTRAINT "ck_contests_prediction_attempt"`,
    );
    await queryRunner.query(`ALTER TABLE "contests" DROP COLUMN "require_national_id"`);
    await queryRunner.query(`ALTER TABLE "contests" DROP COLUMN "flag_thresholds"`);
    await queryRunner.query(`ALTER TABLE "contests" DROP COLUMN "practice"`);
    await queryRunner.query(`ALTER TABLE "contests" DROP COLUMN "lock_prediction"`);
    await queryRunner.query(`ALTER TABLE "contests" DROP COLUMN "prediction_attempt"`);
  }
}
