import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Practice attempts ("Thi thử") live in their own table: no query over `attempts` (boards,
 * results, flags, statistics, exports, reports, certificates, participation) can see them
 * (docs/fairness.md, "Practice").
 */
export class PracticeAttempts1796323220714 implements MigrationInterface {
  name = 'PracticeAttempts1796323220714';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "practice_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contest_id" uuid NOT NULL, "user_id" uuid NOT NULL, "attempt_no" integer NOT NULL, "status" text NOT NULL DEFAULT 'in_progress', "reveal" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deadline_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "auto_submitted" boolean NOT NULL DEFAULT false, "questions" jsonb NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "question_count" integer NOT NULL, "max_score" numeric(10,2) NOT NULL, "score" numeric(10,2), "correct_count" integer, CONSTRAINT "pk_practice_attempts" PRIMARY KEY ("id"), CONSTRAINT "ck_practice_attempts_status" CHECK ("status" IN ('in_progress', 'submitted')), CONSTRAINT "ck_practice_attempts_reveal" CHECK ("reveal" IN ('each', 'end')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_practice_attempts_user" ON "practice_attempts" ("user_id", "contest_id", "started_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_practice_attempts_contest" ON "practice_attempts" ("contest_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_attempts" ADD CONSTRAINT "fk_practice_attempts_contest" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_attempts" ADD CONSTRAINT "fk_practice_attempts_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "practice_attempts"`);
  }
}
