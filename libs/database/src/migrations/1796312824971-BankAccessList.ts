import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Question banks get an access list (docs/security.md): the owner is the organizer who created
 * the bank (`created_by_id`, already recorded for every bank made through the API); co-editors
 * are listed here; the staff of the contests drawing from a bank and administrators come from
 * their own tables. Banks without a recorded creator (the demo banks seeded at start-up) are
 * left to administrators and the staff of the contests that draw from them.
 */
export class BankAccessList1796312824971 implements MigrationInterface {
  name = 'BankAccessList1796312824971';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "question_bank_editors" ("bank_id" uuid NOT NULL, "user_id" uuid NOT NULL, "added_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_question_bank_editors" PRIMARY KEY ("bank_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_question_bank_editors_user" ON "question_bank_editors" ("user_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_bank_editors" ADD CONSTRAINT "fk_question_bank_editors_bank" FOREIGN KEY ("bank_id") REFERENCES "question_banks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_bank_editors" ADD CONSTRAINT "fk_question_bank_editors_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_question_banks_created_by" ON "question_banks" ("created_by_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_question_banks_created_by"`);
    await queryRunner.query(`DROP TABLE "question_bank_editors"`);
  }
}
