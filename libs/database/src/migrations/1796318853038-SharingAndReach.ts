import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sharing and reach (docs/sharing.md): a short code on every contest (existing ones get one
 * here), results people chose to share, visits and people per source (?src=), round-opening
 * reminder subscriptions. The short-code alphabet has no confusable characters (no 0/o, 1/l/i).
 */
export class SharingAndReach1796318853038 implements MigrationInterface {
  name = 'SharingAndReach1796318853038';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION hoithi_short_code() RETURNS text LANGUAGE sql VOLATILE AS $$
         SELECT string_agg(substr('23456789abcdefghjkmnpqrstuvwxyz', 1 + floor(random() * 31)::int, 1), '')
         FROM generate_series(1, 7)
       $$`,
    );
    await queryRunner.query(`ALTER TABLE "contests" ADD "short_code" text`);
    await queryRunner.query(`UPDATE "contests" SET "short_code" = hoithi_short_code()`);
    await queryRunner.query(
      `ALTER TABLE "contests" ALTER COLUMN "short_code" SET NOT NULL, ALTER COLUMN "short_code" SET DEFAULT hoithi_short_code()`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_contests_short_code" ON "contests" ("short_code")`,
    );
    await queryRunner.query(
      `CREATE TABLE "result_shares" ("code" text NOT NULL, "attempt_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_result_shares" PRIMARY KEY ("code"), CONSTRAINT "uq_result_shares_attempt" UNIQUE ("attempt_id"), CONSTRAINT "fk_result_shares_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE TABLE "contest_source_visits" ("contest_id" uuid NOT NULL, "source" text NOT NULL, "day" date NOT NULL, "visits" integer NOT NULL DEFAULT 0, CONSTRAINT "PK_contest_source_visits" PRIMARY KEY ("contest_id", "source", "day"), CONSTRAINT "fk_contest_source_visits_contest" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE TABLE "contest_participant_sources" ("contest_id" uuid NOT NULL, "user_id" uuid NOT NULL, "source" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_contest_participant_sources" PRIMARY KEY ("contest_id", "user_id"), CONSTRAINT "fk_contest_participant_sources_contest" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE TABLE "round_reminders" ("contest_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "unsubscribed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_round_reminders" PRIMARY KEY ("contest_id", "user_id"), CONSTRAINT "uq_round_reminders_token" UNIQUE ("token"), CONSTRAINT "fk_round_reminders_contest" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE, CONSTRAINT "fk_round_reminders_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "round_reminders"`);
    await queryRunner.query(`DROP TABLE "contest_participant_sources"`);
    await queryRunner.query(`DROP TABLE "contest_source_visits"`);
    await queryRunner.query(`DROP TABLE "result_shares"`);
    await queryRunner.query(`DROP INDEX "uq_contests_short_code"`);
    await queryRunner.query(`ALTER TABLE "contests" DROP COLUMN "short_code"`);
    await queryRunner.query(`DROP FUNCTION hoithi_short_code()`);
  }
}
