import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JudgingResults1795708363155 implements MigrationInterface {
  name = 'JudgingResults1795708363155';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "round_results" ("round_id" uuid NOT NULL, "contest_id" uuid NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "computed_by_id" uuid NOT NULL, "finalized_at" TIMESTAMP WITH TIME ZONE, "finalized_by_id" uuid, "perfect_count" integer NOT NULL, "participants" integer NOT NULL, "prize_cap" integer NOT NULL, "prediction_enabled" boolean NOT NULL, CONSTRAINT "PK_523f142c63a6ee7e440d5ef9ddb" PRIMARY KEY ("round_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_round_results_contest" ON "round_results" ("contest_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attempt_grades" ("attempt_id" uuid NOT NULL, "question_id" uuid NOT NULL, "points" numeric(10,2) NOT NULL, "graded_by_id" uuid NOT NULL, "graded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_attempt_grades_points" CHECK ("points" >= 0), CONSTRAINT "PK_3ff277eb1dcca5a7ad24db8bb32" PRIMARY KEY ("attempt_id", "question_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "round_result_entries" ("round_id" uuid NOT NULL, "user_id" uuid NOT NULL, "position" integer NOT NULL, "rank" integer, "attempt_id" uuid NOT NULL, "score" numeric(10,2) NOT NULL, "max_score" numeric(10,2) NOT NULL, "correct_count" integer NOT NULL, "question_count" integer NOT NULL, "prediction" integer, "prediction_error" integer, "duration_ms" integer NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "pending_essays" integer NOT NULL DEFAULT '0', "prize" text, "excluded_reason" text, "disqualified_reason" text, CONSTRAINT "ck_round_result_entries_prize" CHECK ("prize" IS NULL OR "prize" IN ('first', 'second', 'third', 'consolation')), CONSTRAINT "PK_52566cef02692bc43e3f4640526" PRIMARY KEY ("round_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_round_result_entries_user" ON "round_result_entries" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_round_result_entries_winners" ON "round_result_entries" ("round_id", "position") WHERE prize IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_round_result_entries_position" ON "round_result_entries" ("round_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid NOT NULL, "action" text NOT NULL, "contest_id" uuid, "round_id" uuid, "attempt_id" uuid, "target_user_id" uuid, "reason" text, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_round_at" ON "audit_log" ("round_id", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_contest_at" ON "audit_log" ("contest_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "round_results" ADD CONSTRAINT "fk_round_results_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_results" ADD CONSTRAINT "fk_round_results_contest" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt_grades" ADD CONSTRAINT "fk_attempt_grades_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_result_entries" ADD CONSTRAINT "fk_round_result_entries_results" FOREIGN KEY ("round_id") REFERENCES "round_results"("round_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_result_entries" ADD CONSTRAINT "fk_round_result_entries_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_result_entries" ADD CONSTRAINT "fk_round_result_entries_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "round_result_entries" DROP CONSTRAINT "fk_round_result_entries_attempt"`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_result_entries" DROP CONSTRAINT "fk_round_result_entries_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_result_entries" DROP CONSTRAINT "fk_round_result_entries_results"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt_grades" DROP CONSTRAINT "fk_attempt_grades_attempt"`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_results" DROP CONSTRAINT "fk_round_results_contest"`,
    );
    await queryRunner.query(`ALTER TABLE "round_results" DROP CONSTRAINT "fk_round_results_round"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_contest_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_log_round_at"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."uq_round_result_entries_position"`);
    await queryRunner.query(`DROP INDEX "public"."ix_round_result_entries_winners"`);
    await queryRunner.query(`DROP INDEX "public"."ix_round_result_entries_user"`);
    await queryRunner.query(`DROP TABLE "round_result_entries"`);
    await queryRunner.query(`DROP TABLE "attempt_grades"`);
    await queryRunner.query(`DROP INDEX "public"."ix_round_results_contest"`);
    await queryRunner.query(`DROP TABLE "round_results"`);
  }
}
