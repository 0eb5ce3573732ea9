import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionBanks1795707171363 implements MigrationInterface {
  name = 'QuestionBanks1795707171363';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "question_banks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "theme" text NOT NULL, "description" text NOT NULL DEFAULT '', "tone_insensitive" boolean NOT NULL DEFAULT true, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3127eb30f219cd0d40478ec5964" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bank_id" uuid NOT NULL, "seq" SERIAL NOT NULL, "current_version_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'active', "type" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "difficulty" smallint NOT NULL, "search_text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08a6d4b0f49ff300bf3a0ca60ac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_questions_bank_status" ON "questions" ("bank_id", "status", "seq") `,
    );
    // Not expressible in the entity: GIN index for `tags @> ARRAY[...]` filters (and draw rules).
    await queryRunner.query(`CREATE INDEX "ix_questions_tags" ON "questions" USING gin ("tags")`);
    await queryRunner.query(
      `CREATE TABLE "question_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "version" integer NOT NULL, "type" text NOT NULL, "prompt" text NOT NULL, "options" jsonb NOT NULL DEFAULT '[]', "accepted_answers" text array, "explanation" text, "tags" text array NOT NULL DEFAULT '{}', "difficulty" smallint NOT NULL, "points" numeric(6,2) NOT NULL DEFAULT '1', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_question_versions_question_version" UNIQUE ("question_id", "version"), CONSTRAINT "PK_cf0e5fdf563f7d8286f7d8e68ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_banks" ADD CONSTRAINT "FK_47f85f9af88333bd86a5e447cbc" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_57075507ed2065392bfa631bd93" FOREIGN KEY ("bank_id") REFERENCES "question_banks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" ADD CONSTRAINT "FK_537f434d905f59519a2fb7899b8" FOREIGN KEY ("current_version_id") REFERENCES "question_versions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_versions" ADD CONSTRAINT "FK_9c563964fa0634f79052ed9eeb9" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_versions" ADD CONSTRAINT "FK_7647b787713393ee2db4e2a0a0e" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "question_versions" DROP CONSTRAINT "FK_7647b787713393ee2db4e2a0a0e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_versions" DROP CONSTRAINT "FK_9c563964fa0634f79052ed9eeb9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" DROP CONSTRAINT "FK_537f434d905f59519a2fb7899b8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questions" DROP CONSTRAINT "FK_57075507ed2065392bfa631bd93"`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_banks" DROP CONSTRAINT "FK_47f85f9af88333bd86a5e447cbc"`,
    );
    await queryRunner.query(`DROP TABLE "question_versions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_questions_tags"`);
    await queryRunner.query(`DROP INDEX "public"."ix_questions_bank_status"`);
    await queryRunner.query(`DROP TABLE "questions"`);
    await queryRunner.query(`DROP TABLE "question_banks"`);
  }
}
