import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MigrationInterface } from 'typeorm';

type MigrationClass = new () => MigrationInterface;

/**
 * Every migration in this folder (`<timestamp>-<Name>.ts`, compiled to .js), in timestamp order.
 * Generated with `npm run migration:generate -- <Name>`, reviewed, and never edited once landed.
 */
export function loadMigrations(dir: string = __dirname): MigrationClass[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^\d{13}-[\w-]+\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const classes: MigrationClass[] = [];
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, file)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (typeof value === 'function') classes.push(value as MigrationClass);
    }
  }
  return classes;
}

export const MIGRATIONS: MigrationClass[] = loadMigrations();
