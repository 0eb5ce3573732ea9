import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@app/demo';
import { type ApiProcess, startApiProcess } from '../helpers/api-process';
import { createTestDatabase } from '../setup/test-database';

jest.setTimeout(180_000);

/**
 * Issue 15: the shared demo password is printed in the start-up log only in development
 * (docs/security.md, "Other hardening"). The built server is started as a separate process on a
 * fresh database with the demo data, and its own log is read.
 */
describe('demo password in the start-up log (e2e, built API process)', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function startWithDemo(nodeEnv: 'development' | 'production'): Promise<ApiProcess> {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `hoithi-demo-log-${nodeEnv}-`));
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const api = await startApiProcess({
      NODE_ENV: nodeEnv,
      LOG_LEVEL: 'info',
      SEED_DEMO: 'true',
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      PUBLIC_URL: 'http://127.0.0.1:3000',
    });
    cleanups.push(() => api.stop());
    return api;
  }

  it('prints the demo staff sign-in with its password in development', async () => {
    const api = await startWithDemo('development');
    const log = api.output();
    expect(log).toContain('demo data loaded');
    expect(log).toContain(`${DEMO_ACCOUNTS[0].email} / ${DEMO_PASSWORD}`);
  });

  it('never prints the demo password with NODE_ENV=production', async () => {
    const api = await startWithDemo('production');
    const log = api.output();
    // The seed did run and said so (the log was really read)...
    expect(log).toContain('demo data loaded (demo accounts: see the README)');
    // ...without the password, in any form.
    expect(log).not.toContain(DEMO_PASSWORD);
  });
});
