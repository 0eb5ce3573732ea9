import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface StoredSecrets {
  jwtSecret: string;
  receiptSecret: string;
  embeddedDbPassword: string;
}

/**
 * Secrets generated once and kept in DATA_DIR/secrets.json (mode 600), so that a restart keeps
 * sessions and receipts valid. Missing keys are added without touching existing ones.
 */
export function loadOrCreateSecrets(dataDir: string): StoredSecrets {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'secrets.json');
  let stored: Partial<StoredSecrets> = {};
  if (fs.existsSync(file)) {
    stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<StoredSecrets>;
  }
  const secrets: StoredSecrets = {
    jwtSecret: stored.jwtSecret ?? randomBytes(48).toString('base64url'),
    receiptSecret: stored.receiptSecret ?? randomBytes(48).toString('base64url'),
    embeddedDbPassword: stored.embeddedDbPassword ?? randomBytes(24).toString('base64url'),
  };
  if (JSON.stringify(stored) !== JSON.stringify(secrets)) {
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
