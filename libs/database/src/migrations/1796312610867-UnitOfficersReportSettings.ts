import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Unit officers (who may read a unit subtree's reports) and each contest's report settings. */
export class UnitOfficersReportSettings1796312610867 implements MigrationInterface {
  name = 'UnitOfficersReportSettings1796312610867';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "unit_officers" ("unit_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_unit_officers" PRIMARY KEY ("unit_id", "user_id"), CONSTRAINT "fk_unit_officers_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE, CONSTRAINT "fk_unit_officers_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(`CREATE INDEX "ix_unit_officers_user" ON "unit_officers" ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "contest_report_settings" ("contest_id" uuid NOT NULL, "organization_name" text NOT NULL DEFAULT '', "participation_weight" numeric(8,3) NOT NULL DEFAULT 1, "prize_weight" numeric(8,3) NOT NULL DEFAULT 1, "average_score_weight" numeric(8,3) NOT NULL DEFAULT 0, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_contest_report_settings" PRIMARY KEY ("contest_id"), CONSTRAINT "fk_contest_report_settings_contest" FOREIGN KEY ("contest_id") REFERENCES "contests"("id") ON DELETE CASCADE, CONSTRAINT "ck_contest_report_settings_weights" CHECK ("participation_weight" >= 0 AND "prize_weight" >= 0 AND "average_score_weight" >= 0))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "contest_report_settings"`);
    await queryRunner.query(`DROP TABLE "unit_officers"`);
  }
}
