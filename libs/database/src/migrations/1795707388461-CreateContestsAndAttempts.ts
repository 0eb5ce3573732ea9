import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateContestsAndAttempts1795707388461 implements MigrationInterface {
  name = 'CreateContestsAndAttempts1795707388461';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "slug" text NOT NULL, "theme" text NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "rules" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'draft', "question_count" integer NOT NULL, "draw_rules" jsonb NOT NULL DEFAULT '[]', "time_limit_sec" integer NOT NULL, "attempts_per_round" integer NOT NULL DEFAULT '1', "attempt_policy" text NOT NULL DEFAULT 'best', "shuffle_questions" boolean NOT NULL DEFAULT true, "shuffle_options" boolean NOT NULL DEFAULT true, "prediction" jsonb NOT NULL, "prizes" jsonb NOT NULL, "prize_points" jsonb NOT NULL, "one_prize_per_person" boolean NOT NULL DEFAULT true, "require_verified_email" boolean NOT NULL DEFAULT false, "eligible_unit_ids" uuid array, "leaderboard" jsonb NOT NULL, "reveal_answers" text NOT NULL DEFAULT 'never', "display_mode" text NOT NULL DEFAULT 'one_per_screen', "min_submit_seconds" integer NOT NULL DEFAULT '0', "created_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b8012f5cf6f444a52179e1227a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_contests_slug" ON "contests" ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contest_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9d254884a20817016e2f877c7e7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_rounds_contest_position" ON "rounds" ("contest_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contest_staff" ("contest_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d73cb7f09f0a8faa519f5e3a15e" PRIMARY KEY ("contest_id", "user_id", "role"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_contest_staff_user" ON "contest_staff" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "round_standings" ("round_id" uuid NOT NULL, "user_id" uuid NOT NULL, "attempt_id" uuid NOT NULL, "score" numeric(10,2) NOT NULL, "correct_count" integer NOT NULL, "question_count" integer NOT NULL, "duration_ms" integer NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "unit_id" uuid, CONSTRAINT "PK_6b976ec6b9238671b8c3e788d4b" PRIMARY KEY ("round_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_round_standings_order" ON "round_standings" ("round_id", "score" DESC, "duration_ms", "submitted_at", "user_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "contest_id" uuid NOT NULL, "user_id" uuid NOT NULL, "attempt_no" integer NOT NULL, "status" text NOT NULL DEFAULT 'in_progress', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline_at" TIMESTAMP WITH TIME ZONE NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "auto_submitted" boolean NOT NULL DEFAULT false, "duration_ms" integer, "score" numeric(10,2), "max_score" numeric(10,2) NOT NULL, "correct_count" integer, "question_count" integer NOT NULL, "pending_essays" integer NOT NULL DEFAULT '0', "prediction" integer, "questions" jsonb NOT NULL, "device_id" text, "ip" text, "user_agent" text, "disqualified_at" TIMESTAMP WITH TIME ZONE, "disqualified_reason" text, CONSTRAINT "PK_295ca261e361fd2fd217754dcac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attempts_round_submitted" ON "attempts" ("round_id", "submitted_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attempts_user" ON "attempts" ("user_id", "started_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attempts_sweep" ON "attempts" ("deadline_at") WHERE status = 'in_progress'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_attempts_one_in_progress" ON "attempts" ("round_id", "user_id") WHERE status = 'in_progress'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_attempts_round_user_no" ON "attempts" ("round_id", "user_id", "attempt_no") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attempt_answers" ("attempt_id" uuid NOT NULL, "question_id" uuid NOT NULL, "option_ids" uuid array, "text" text, "first_saved_at" TIMESTAMP WITH TIME ZONE NOT NULL, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revision" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_481462ba60b9c3d57495c0ff96e" PRIMARY KEY ("attempt_id", "question_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "rounds" ADD CONSTRAINT "FK_87c27b883a24750f41aaac93b06" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contest_staff" ADD CONSTRAINT "fk_contest_staff_contest" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "contest_staff" ADD CONSTRAINT "fk_contest_staff_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempts" ADD CONSTRAINT "fk_attempts_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempts" ADD CONSTRAINT "fk_attempts_user" FOREIGN KEY ("user_id") REFERENCES "users"("id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt_answers" ADD CONSTRAINT "fk_attempt_answers_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_standings" ADD CONSTRAINT "fk_round_standings_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_standings" ADD CONSTRAINT "fk_round_standings_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, fk] of [
      ['round_standings', 'fk_round_standings_round'],
      ['round_standings', 'fk_round_standings_attempt'],
      ['attempt_answers', 'fk_attempt_answers_attempt'],
      ['attempts', 'fk_attempts_user'],
      ['attempts', 'fk_attempts_round'],
      ['contest_staff', 'fk_contest_staff_user'],
      ['contest_staff', 'fk_contest_staff_contest'],
    ]) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${fk}"`);
    }
    await queryRunner.query(
      `ALTER TABLE "rounds" DROP CONSTRAINT "FK_87c27b883a24750f41aaac93b06"`,
    );
    await queryRunner.query(`DROP TABLE "attempt_answers"`);
    await queryRunner.query(`DROP INDEX "public"."uq_attempts_round_user_no"`);
    await queryRunner.query(`DROP INDEX "public"."uq_attempts_one_in_progress"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attempts_sweep"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attempts_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attempts_round_submitted"`);
    await queryRunner.query(`DROP TABLE "attempts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_round_standings_order"`);
    await queryRunner.query(`DROP TABLE "round_standings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_contest_staff_user"`);
    await queryRunner.query(`DROP TABLE "contest_staff"`);
    await queryRunner.query(`DROP INDEX "public"."uq_rounds_contest_position"`);
    await queryRunner.query(`DROP TABLE "rounds"`);
    await queryRunner.query(`DROP INDEX "public"."uq_contests_slug"`);
    await queryRunner.query(`DROP TABLE "contests"`);
  }
}
