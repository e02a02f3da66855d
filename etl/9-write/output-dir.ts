import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Raised when another live run holds the output folder. */
export class OutputLockedError extends Error {
  constructor(readonly lockPath: string, readonly pid: number) {
    super(`output: another run (pid ${pid}) is writing this output folder; wait for it to finish, or remove ${lockPath} if that process is gone`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock file, replacing a stale one whose process is gone. */
function acquireLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isFinite(pid) && pid !== process.pid && isAlive(pid)) throw new OutputLockedError(lockPath, pid);
      rmSync(lockPath, { force: true }); // stale: its run was killed
    }
  }
  throw new Error(`output: could not take the lock ${lockPath}`);
}

/** Paths that make up an output folder: the link users open, the runs behind it, the lock. */
export function outputPaths(outDir: string): { out: string; runs: string; lock: string; parent: string; base: string } {
  const out = resolve(outDir);
  const parent = dirname(out);
  const base = basename(out);
  return { out, parent, base, runs: join(parent, `.${base}.runs`), lock: join(parent, `.${base}.lock`) };
}

/** The run folder the output link points at now, or null. */
function currentTarget(out: string): string | null {
  try {
    if (!lstatSync(out).isSymbolicLink()) return null;
    return basename(readlinkSync(out));
  } catch {
    return null;
  }
}

/**
 * Runs `fill` on a fresh staging folder and then swaps it in atomically: `outDir` is a
 * symbolic link to the latest complete run, replaced by a single rename(2). A run that fails
 * or is killed leaves the previous output as it was; leftovers of killed runs are removed by
 * the next run. Two runs on one folder exclude each other through a lock file.
 */
export async function writeAtomically(outDir: string, fill: (staging: string) => Promise<void>): Promise<void> {
  const p = outputPaths(outDir);
  mkdirSync(p.parent, { recursive: true });
  const release = acquireLock(p.lock);
  try {
    mkdirSync(p.runs, { recursive: true });
    const keep = currentTarget(p.out);
    for (const name of readdirSync(p.runs)) if (name !== keep) rmSync(join(p.runs, name), { recursive: true, force: true });
    for (const name of readdirSync(p.parent)) {
      if (name.startsWith(`.${p.base}.link-`)) rmSync(join(p.parent, name), { force: true });
    }
    const runName = `run-${Date.now().toString(36)}-${process.pid}-${randomBytes(4).toString('hex')}`;
    const staging = join(p.runs, runName);
    mkdirSync(staging);
    try {
      await fill(staging);
    } catch (err) {
      rmSync(staging, { recursive: true, force: true });
      throw err;
    }
    // A real folder at the output path (from an older version or made by hand) is moved
    // aside once; from then on the output path is a link and every swap is one rename.
    if (existsSync(p.out) && !lstatSync(p.out).isSymbolicLink()) {
      renameSync(p.out, join(p.runs, `legacy-${process.pid}`));
    }
    const tmpLink = join(p.parent, `.${p.base}.link-${process.pid}`);
    rmSync(tmpLink, { force: true });
    symlinkSync(join(`.${p.base}.runs`, runName), tmpLink);
    renameSync(tmpLink, p.out);
    // The previous run stays until the next one, so a reader that opened it keeps a whole folder.
    for (const name of readdirSync(p.runs)) {
      if (name !== runName && name !== keep) rmSync(join(p.runs, name), { recursive: true, force: true });
    }
  } finally {
    release();
  }
}
