import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IntegrityToolkit1795709142991 implements MigrationInterface {
  name = 'IntegrityToolkit1795709142991';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attempt_flags" ("attempt_id" uuid NOT NULL, "kind" text NOT NULL, "round_id" uuid NOT NULL, "details" jsonb NOT NULL DEFAULT '[]', "evidence" jsonb NOT NULL DEFAULT '[]', "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ecf3d7194ad91246eb6f14f38bb" PRIMARY KEY ("attempt_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attempt_flags_round" ON "attempt_flags" ("round_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attempt_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "attempt_id" uuid NOT NULL, "type" text NOT NULL, "client_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6ad8fe211f16a00efa232560f1b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attempt_events_attempt" ON "attempt_events" ("attempt_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "attempt_event_counts" ("attempt_id" uuid NOT NULL, "stored" integer NOT NULL DEFAULT '0', "dropped" integer NOT NULL DEFAULT '0', "last_accepted" integer NOT NULL DEFAULT '0', "first_dropped_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_23847bec2936737a3814e713860" PRIMARY KEY ("attempt_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "attempt_device_moves" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "attempt_id" uuid NOT NULL, "from_device_id" text, "to_device_id" text NOT NULL, "ip" text, "user_agent" text, "moved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ad50c37b1e66fbbd14ea3d0cb29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attempt_device_moves_attempt" ON "attempt_device_moves" ("attempt_id", "moved_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt_flags" ADD CONSTRAINT "fk_attempt_flags_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt_events" ADD CONSTRAINT "fk_attempt_events_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt_event_counts" ADD CONSTRAINT "fk_attempt_event_counts_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt_device_moves" ADD CONSTRAINT "fk_attempt_device_moves_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "attempt_device_moves" DROP CONSTRAINT "fk_attempt_device_moves_attempt"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt_event_counts" DROP CONSTRAINT "fk_attempt_event_counts_attempt"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt_events" DROP CONSTRAINT "fk_attempt_events_attempt"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempt_flags" DROP CONSTRAINT "fk_attempt_flags_attempt"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_attempt_device_moves_attempt"`);
    await queryRunner.query(`DROP TABLE "attempt_device_moves"`);
    await queryRunner.query(`DROP TABLE "attempt_event_counts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attempt_events_attempt"`);
    await queryRunner.query(`DROP TABLE "attempt_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attempt_flags_round"`);
    await queryRunner.query(`DROP TABLE "attempt_flags"`);
  }
}
