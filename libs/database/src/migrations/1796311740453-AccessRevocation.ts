import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access that can be taken away (docs/security.md): a per-user token version (bumped on a role
 * change, a disable, a password reset, "sign out everywhere"), the disabled flag, the time of
 * the last such change (what every instance polls), and a tombstone per deleted user so that a
 * deleted user's tokens stop working too.
 */
export class AccessRevocation1796311740453 implements MigrationInterface {
  name = 'AccessRevocation1796311740453';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT 0, ADD "disabled_at" TIMESTAMP WITH TIME ZONE, ADD "access_changed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_users_access_changed_at" ON "users" ("access_changed_at") WHERE access_changed_at IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "deleted_users" ("user_id" uuid NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_deleted_users" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_deleted_users_deleted_at" ON "deleted_users" ("deleted_at")`,
    );
    await queryRunner.query(
      `CREATE FUNCTION hoithi_user_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO deleted_users (user_id) VALUES (OLD.id) ON CONFLICT DO NOTHING;
         RETURN OLD;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_users_deleted" AFTER DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION hoithi_user_deleted()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_users_deleted" ON "users"`);
    await queryRunner.query(`DROP FUNCTION hoithi_user_deleted()`);
    await queryRunner.query(`DROP TABLE "deleted_users"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_access_changed_at"`);
    await queryRunner.query(
      `ALTER TABLE "users" DROP COLUMN "access_changed_at", DROP COLUMN "disabled_at", DROP COLUMN "token_version"`,
    );
  }
}
