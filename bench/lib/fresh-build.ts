import { execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The benchmarks run the built server (dist/): rebuild it when a source file of the API or of a
 * lib is newer than the build, so that a scenario never measures yesterday's code.
 */
export function ensureFreshBuild(): void {
  const main = path.join(ROOT, 'dist/apps/api/src/main.js');
  const built = fs.existsSync(main) ? fs.statSync(main).mtimeMs : 0;
  const source = Math.max(
    newestMtime(path.join(ROOT, 'apps/api/src')),
    newestMtime(path.join(ROOT, 'libs')),
  );
  if (source <= built) return;
  console.log('the build is older than the sources: npm run build…');
  execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
}
