import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The person's union unit as it was when the attempt started (docs/security.md): eligibility by
 * unit reads it, so moving oneself to another unit cannot open a contest or a prize. Older
 * attempts keep NULL (their person's current unit is used, as before).
 */
export class AttemptUnit1796315703022 implements MigrationInterface {
  name = 'AttemptUnit1796315703022';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attempts" ADD "unit_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attempts" DROP COLUMN "unit_id"`);
  }
}
