import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdenticalAnswerPairs1796314534700 implements MigrationInterface {
  name = 'IdenticalAnswerPairs1796314534700';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identical_answer_pairs" ("round_id" uuid NOT NULL, "contest_id" uuid NOT NULL, "user_a" uuid NOT NULL, "user_b" uuid NOT NULL, CONSTRAINT "pk_identical_answer_pairs" PRIMARY KEY ("round_id", "user_a", "user_b"), CONSTRAINT "ck_identical_answer_pairs_order" CHECK ("user_a" < "user_b"), CONSTRAINT "fk_identical_answer_pairs_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_identical_answer_pairs_contest" ON "identical_answer_pairs" ("contest_id", "user_a", "user_b")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identical_answer_pairs"`);
  }
}
