import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Certificates (one per attempt and kind, with a public serial code) and their templates. */
export class Certificates1796319638825 implements MigrationInterface {
  name = 'Certificates1796319638825';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "certificates" ("code" text NOT NULL, "attempt_id" uuid NOT NULL, "round_id" uuid NOT NULL, "contest_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "prize" text, "score" numeric(10,2) NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_certificates" PRIMARY KEY ("code"), CONSTRAINT "uq_certificates_attempt_kind" UNIQUE ("attempt_id", "kind"), CONSTRAINT "ck_certificates_kind" CHECK ("kind" IN ('prize', 'participation')), CONSTRAINT "fk_certificates_attempt" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE, CONSTRAINT "fk_certificates_round" FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE, CONSTRAINT "fk_certificates_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_certificates_round" ON "certificates" ("round_id", "kind")`,
    );
    await queryRunner.query(
      `CREATE TABLE "certificate_templates" ("contest_id" uuid NOT NULL, "title" text NOT NULL, "text" text NOT NULL, "primary_color" text NOT NULL, "accent_color" text NOT NULL, "signer_name" text NOT NULL DEFAULT '', "signer_title" text NOT NULL DEFAULT '', "participation_enabled" boolean NOT NULL DEFAULT false, "logo" bytea, "signature" bytea, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_certificate_templates" PRIMARY KEY ("contest_id"), CONSTRAINT "fk_certificate_templates_contest" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "certificate_templates"`);
    await queryRunner.query(`DROP TABLE "certificates"`);
  }
}
