import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LeaderboardBoards1795709264721 implements MigrationInterface {
  name = 'LeaderboardBoards1795709264721';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "leaderboard_frozen_standings" ("round_id" uuid NOT NULL, "user_id" uuid NOT NULL, "attempt_id" uuid NOT NULL, "score" numeric(10,2) NOT NULL, "correct_count" integer NOT NULL, "question_count" integer NOT NULL, "duration_ms" integer NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "unit_id" uuid, CONSTRAINT "PK_d09dbac89c1a4604b94cd1c82ee" PRIMARY KEY ("round_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "leaderboard_freezes" ("round_id" uuid NOT NULL, "freeze_at" TIMESTAMP WITH TIME ZONE, "computed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b3c83835ca6489b0acdea8a3e89" PRIMARY KEY ("round_id"))`,
    );
    // Board order indexes (DESC cannot be declared on the entities): top-N and rank counts of the
    // frozen board, and unit boards of both the live and the frozen board.
    await queryRunner.query(
      `CREATE INDEX "ix_frozen_standings_order" ON "leaderboard_frozen_standings" ("round_id", "score" DESC, "duration_ms", "submitted_at", "user_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_frozen_standings_unit_order" ON "leaderboard_frozen_standings" ("round_id", "unit_id", "score" DESC, "duration_ms", "submitted_at", "user_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_round_standings_unit_order" ON "round_standings" ("round_id", "unit_id", "score" DESC, "duration_ms", "submitted_at", "user_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "leaderboard_frozen_standings" ADD CONSTRAINT "fk_frozen_standings_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "leaderboard_freezes" ADD CONSTRAINT "fk_leaderboard_freezes_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "leaderboard_freezes" DROP CONSTRAINT "fk_leaderboard_freezes_round"`,
    );
    await queryRunner.query(
      `ALTER TABLE "leaderboard_frozen_standings" DROP CONSTRAINT "fk_frozen_standings_round"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_round_standings_unit_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_frozen_standings_unit_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_frozen_standings_order"`);
    await queryRunner.query(`DROP TABLE "leaderboard_freezes"`);
    await queryRunner.query(`DROP TABLE "leaderboard_frozen_standings"`);
  }
}
