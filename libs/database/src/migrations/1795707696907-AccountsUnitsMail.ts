import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsUnitsMail1795707696907 implements MigrationInterface {
  name = 'AccountsUnitsMail1795707696907';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "parent_id" uuid, "kind" text NOT NULL, "member_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_units_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id"), CONSTRAINT "ck_units_member_count" CHECK ("member_count" >= 0), CONSTRAINT "ck_units_kind" CHECK ("kind" IN ('province_federation', 'district_federation', 'sector_union', 'grassroots')), CONSTRAINT "PK_5a8f2f064919b587d93936cb223" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_units_parent_id" ON "units" ("parent_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_units_code" ON "units" (lower("code"))`);
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "kind" text NOT NULL, "dedupe_key" text, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "locked_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mail_outbox_status" CHECK ("status" IN ('pending', 'sending', 'sent', 'failed')), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_mail_outbox_dedupe_key" ON "mail_outbox" ("dedupe_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_mail_outbox_due" ON "mail_outbox" ("next_attempt_at") WHERE "status" IN ('pending', 'sending')`,
    );
    await queryRunner.query(
      `CREATE TABLE "user_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_user_tokens_purpose" CHECK ("purpose" IN ('verify_email', 'reset_password')), CONSTRAINT "PK_63764db9d9aaa4af33e07b2f4bf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_user_tokens_user_id" ON "user_tokens" ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_user_tokens_token_hash" ON "user_tokens" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "login_failures" ("key_hash" text NOT NULL, "failures" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_cf35e4e7a6aec6967324bc05bfc" PRIMARY KEY ("key_hash"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_refresh_tokens_user_id" ON "refresh_tokens" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_refresh_tokens_family_id" ON "refresh_tokens" ("family_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_refresh_tokens_token_hash" ON "refresh_tokens" ("token_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_users_unit_id" ON "users" ("unit_id") `);
    await queryRunner.query(
      `ALTER TABLE "units" ADD CONSTRAINT "fk_units_parent" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "fk_users_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_tokens" ADD CONSTRAINT "fk_user_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "fk_refresh_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" DROP CONSTRAINT "fk_refresh_tokens_user"`,
    );
    await queryRunner.query(`ALTER TABLE "user_tokens" DROP CONSTRAINT "fk_user_tokens_user"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_users_unit"`);
    await queryRunner.query(`ALTER TABLE "units" DROP CONSTRAINT "fk_units_parent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_users_unit_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_refresh_tokens_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_tokens_family_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_tokens_user_id"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP TABLE "login_failures"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_tokens_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_tokens_user_id"`);
    await queryRunner.query(`DROP TABLE "user_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mail_outbox_due"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mail_outbox_dedupe_key"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."uq_units_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_units_parent_id"`);
    await queryRunner.query(`DROP TABLE "units"`);
  }
}
