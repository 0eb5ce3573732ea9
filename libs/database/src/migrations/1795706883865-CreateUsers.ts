import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsers1795706883865 implements MigrationInterface {
  name = 'CreateUsers1795706883865';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "full_name" text NOT NULL, "phone" text, "password_hash" text NOT NULL, "roles" text array NOT NULL DEFAULT '{participant}', "unit_id" uuid, "birth_year" smallint, "email_verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_users_phone" ON "users" ("phone") WHERE phone IS NOT NULL`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users" (lower("email"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_users_email"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_phone"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
