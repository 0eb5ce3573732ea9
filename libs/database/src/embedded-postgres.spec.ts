import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { liveOwner, ownerFile } from './embedded-postgres';

describe('the owner of an embedded cluster', () => {
  let dir: string;
  const children: ChildProcess[] = [];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoithi-owner-'));
  });
  afterEach(() => {
    children.splice(0).forEach((c) => c.kill('SIGKILL'));
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const cluster = () => path.join(dir, 'pg');
  const own = (pid: number) => fs.writeFileSync(ownerFile(cluster()), `${pid}\n`);
  const started = (command: string, args: string[]) =>
    new Promise<ChildProcess>((resolve) => {
      const child = spawn(command, args, { stdio: 'ignore' });
      children.push(child);
      child.once('spawn', () => resolve(child));
    });

  it('is another live HoiThi (a Node process) that runs it', async () => {
    const other = await started(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    own(other.pid as number);
    expect(liveOwner(cluster())).toBe(other.pid);
  });

  it('is nobody when the file is missing, names this process, or a dead one', async () => {
    expect(liveOwner(cluster())).toBeUndefined();
    own(process.pid);
    expect(liveOwner(cluster())).toBeUndefined();
    const gone = await started(process.execPath, ['-e', '']);
    await new Promise((r) => gone.once('exit', r));
    own(gone.pid as number);
    expect(liveOwner(cluster())).toBeUndefined();
    fs.writeFileSync(ownerFile(cluster()), 'not a pid');
    expect(liveOwner(cluster())).toBeUndefined();
  });

  it('is nobody when the pid now belongs to another program (reused after a reboot)', async () => {
    const sleeper = await started('sleep', ['30']);
    own(sleeper.pid as number);
    expect(liveOwner(cluster())).toBeUndefined();
  });
});
