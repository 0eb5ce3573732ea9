import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QuestionImports1795711756961 implements MigrationInterface {
  name = 'QuestionImports1795711756961';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "question_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bank_id" uuid NOT NULL, "created_by_id" uuid, "format" text NOT NULL, "filename" text, "items" jsonb NOT NULL, "errors" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_32c30709e47c8e539ee33218fbd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_question_imports_bank" ON "question_imports" ("bank_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "question_imports" ADD CONSTRAINT "FK_2dcea5d873c5f4e09df66f2c5e3" FOREIGN KEY ("bank_id") REFERENCES "question_banks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_imports" ADD CONSTRAINT "FK_f2184537774644b2f567296d6aa" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "question_imports" DROP CONSTRAINT "FK_f2184537774644b2f567296d6aa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_imports" DROP CONSTRAINT "FK_2dcea5d873c5f4e09df66f2c5e3"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_question_imports_bank"`);
    await queryRunner.query(`DROP TABLE "question_imports"`);
  }
}
