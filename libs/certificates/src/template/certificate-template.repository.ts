import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type CertificateTemplate, DEFAULT_TEMPLATE } from '../rules/certificate-text';

export type TemplateImage = 'logo' | 'signature';

export interface StoredTemplate extends CertificateTemplate {
  logo: Buffer | null;
  signature: Buffer | null;
  /** Changes whenever the template does (cached PDFs are keyed by it); 0 for the default. */
  version: number;
}

/** Certificate templates (table `certificate_templates`), one per contest; defaults when none. */
@Injectable()
export class CertificateTemplateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async contestExists(contestId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM contests WHERE id = $1', [
      contestId,
    ]);
    return rows.length > 0;
  }

  async get(contestId: string): Promise<StoredTemplate> {
    const [row]: Array<{
      title: string;
      text: string;
      primary_color: string;
      accent_color: string;
      signer_name: string;
      signer_title: string;
      participation_enabled: boolean;
      logo: Buffer | null;
      signature: Buffer | null;
      updated_at: Date;
    }> = await this.dataSource.query(
      `SELECT title, text, primary_color, accent_color, signer_name, signer_title,
              participation_enabled, logo, signature, updated_at
       FROM certificate_templates WHERE contest_id = $1`,
      [contestId],
    );
    if (!row) return { ...DEFAULT_TEMPLATE, logo: null, signature: null, version: 0 };
    return {
      title: row.title,
      text: row.text,
      primaryColor: row.primary_color,
      accentColor: row.accent_color,
      signerName: row.signer_name,
      signerTitle: row.signer_title,
      participationEnabled: row.participation_enabled,
      logo: row.logo,
      signature: row.signature,
      version: row.updated_at.getTime(),
    };
  }

  async save(contestId: string, t: CertificateTemplate): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO certificate_templates (contest_id, title, text, primary_color, accent_color,
         signer_name, signer_title, participation_enabled)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (contest_id) DO UPDATE SET title = EXCLUDED.title, text = EXCLUDED.text,
         primary_color = EXCLUDED.primary_color, accent_color = EXCLUDED.accent_color,
         signer_name = EXCLUDED.signer_name, signer_title = EXCLUDED.signer_title,
         participation_enabled = EXCLUDED.participation_enabled, updated_at = clock_timestamp()`,
      [
        contestId,
        t.title,
        t.text,
        t.primaryColor,
        t.accentColor,
        t.signerName,
        t.signerTitle,
        t.participationEnabled,
      ],
    );
  }

  /** Sets (or with null removes) the logo or the signature image; creates the template if needed. */
  async setImage(contestId: string, kind: TemplateImage, image: Buffer | null): Promise<void> {
    const column = kind === 'logo' ? 'logo' : 'signature';
    const d = DEFAULT_TEMPLATE;
    await this.dataSource.query(
      `INSERT INTO certificate_templates (contest_id, title, text, primary_color, accent_color, ${column})
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (contest_id) DO UPDATE SET ${column} = EXCLUDED.${column}, updated_at = clock_timestamp()`,
      [contestId, d.title, d.text, d.primaryColor, d.accentColor, image],
    );
  }
}
