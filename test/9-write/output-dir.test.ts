import { describe, expect, it } from 'vitest';
import { existsSync, lstatSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputLockedError, outputPaths, writeAtomically } from '../../etl/9-write/output-dir.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'etl-out-'));

describe('writeAtomically', () => {
  it('publishes a complete folder behind a link and replaces it on the next run', async () => {
    const out = join(fresh(), 'out');
    await writeAtomically(out, async (d) => writeFileSync(join(d, 'a.txt'), 'one'));
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('one');
    await writeAtomically(out, async (d) => writeFileSync(join(d, 'a.txt'), 'two'));
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('two');
    await writeAtomically(out, async (d) => writeFileSync(join(d, 'a.txt'), 'three'));
    expect(readdirSync(outputPaths(out).runs)).toHaveLength(2); // the current run and the one before it
  });

  it('leaves the previous output untouched when a run fails', async () => {
    const out = join(fresh(), 'out');
    await writeAtomically(out, async (d) => writeFileSync(join(d, 'a.txt'), 'good'));
    await expect(writeAtomically(out, async (d) => {
      writeFileSync(join(d, 'a.txt'), 'half');
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('good');
    expect(existsSync(outputPaths(out).lock)).toBe(false);
  });

  it('moves a real folder aside once and links from then on', async () => {
    const out = join(fresh(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'old.txt'), 'x');
    await writeAtomically(out, async (d) => writeFileSync(join(d, 'a.txt'), 'new'));
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(existsSync(join(out, 'old.txt'))).toBe(false);
  });

  it('refuses a second run while a live process holds the lock, and takes over a stale lock', async () => {
    const out = join(fresh(), 'out');
    const { lock } = outputPaths(out);
    writeFileSync(lock, String(process.ppid)); // a live process that is not us
    await expect(writeAtomically(out, async () => {})).rejects.toBeInstanceOf(OutputLockedError);
    writeFileSync(lock, '999999999'); // no such process: a killed run
    await writeAtomically(out, async (d) => writeFileSync(join(d, 'a.txt'), 'ok'));
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('ok');
  });

  it('clears leftovers of a killed run', async () => {
    const out = join(fresh(), 'out');
    await writeAtomically(out, async (d) => writeFileSync(join(d, 'a.txt'), 'one'));
    const { runs } = outputPaths(out);
    mkdirSync(join(runs, 'run-killed-1'));
    await writeAtomically(out, async (d) => writeFileSync(join(d, 'a.txt'), 'two'));
    expect(readdirSync(runs)).not.toContain('run-killed-1');
  });
});
