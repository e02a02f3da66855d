import { beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../etl/lexicon/load.js';
import { makeCorpus } from '../../bench/corpus.js';
import { checkOutput } from '../../tools/check-output.js';
import { outputPaths } from '../../etl/9-write/output-dir.js';
import { TABLES } from '../../schemas/index.js';

const cli = join(projectRoot(), 'dist', 'etl', 'cli.js');
const ARTICLES = 3000;
const SMALL = 300;
let base: string;
let input: string;
let small: string;

function runSync(out: string, extra: string[] = [], from = input) {
  return spawnSync(process.execPath, [cli, 'run', '--input', from, '--output', out, '--quiet', ...extra], { encoding: 'utf8' });
}

/** A hash of every table file, to compare an output before and after a killed run. */
function snapshot(out: string): string {
  const h = createHash('sha256');
  for (const t of TABLES) {
    h.update(readFileSync(join(out, 'csv', `${t.name}.csv`)));
    h.update(readFileSync(join(out, 'parquet', `${t.name}.parquet`)));
  }
  return h.digest('hex');
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'etl-crash-'));
  input = join(base, 'in');
  makeCorpus(join(projectRoot(), 'seeds'), input, ARTICLES);
  small = join(base, 'small');
  makeCorpus(join(projectRoot(), 'seeds'), small, SMALL);
});

describe('kill -9 during a run', () => {
  it(`always leaves the complete previous output over ${ARTICLES} articles, and the next run completes`, async () => {
    const out = join(base, 'out');
    const t0 = Date.now();
    const first = runSync(out);
    const runMs = Date.now() - t0;
    expect(first.status).toBe(0);
    const before = snapshot(out);
    // Early (pass 1), mid-extraction, and at the very end (writing, swapping).
    for (const fraction of [0.1, 0.5, 0.97]) {
      const child = spawn(process.execPath, [cli, 'run', '--input', input, '--output', out, '--quiet'], { stdio: 'ignore' });
      const exited = new Promise((r) => child.on('exit', r)); // listen before it can exit
      await new Promise((r) => setTimeout(r, Math.floor(runMs * fraction)));
      child.kill('SIGKILL');
      await exited;
      // Whatever moment the kill hit, the output is one complete run.
      expect(await checkOutput(out)).toEqual([]);
      expect(snapshot(out)).toBe(before);
    }
    const again = runSync(out);
    expect(again.status).toBe(0);
    expect(await checkOutput(out)).toEqual([]);
    // No leftovers pile up: the current run and at most the one before it.
    expect(readdirSync(outputPaths(out).runs).length).toBeLessThanOrEqual(2);
    expect(existsSync(outputPaths(out).lock)).toBe(false);
  }, 600_000);

  it('a second run started at once on the same output waits its turn by exiting 1 with a clear message', async () => {
    const out = join(base, 'out-concurrent');
    const a = spawn(process.execPath, [cli, 'run', '--input', small, '--output', out, '--quiet'], { stdio: 'ignore' });
    const aExited = new Promise((r) => a.on('exit', r));
    // Wait until the first run holds the lock, then start the second.
    const { lock } = outputPaths(out);
    for (let i = 0; i < 200 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 25));
    const b = runSync(out, [], small);
    await aExited;
    expect(a.exitCode).toBe(0);
    expect(b.status).toBe(1);
    expect(b.stderr).toMatch(/another run \(pid \d+\) is writing this output folder/);
    expect(await checkOutput(out)).toEqual([]);
  }, 600_000);

  it('--incremental gives tables byte-identical to a full run, reusing unchanged articles', () => {
    const full = join(base, 'out-full');
    const inc = join(base, 'out-inc');
    expect(runSync(full, [], small).status).toBe(0);
    expect(runSync(inc, ['--incremental'], small).status).toBe(0);
    expect(runSync(inc, ['--incremental'], small).status).toBe(0);
    const m = JSON.parse(readFileSync(join(inc, 'manifest.json'), 'utf8'));
    expect(m.incremental.reused_articles).toBe(SMALL);
    // A changed and a new file: only they are extracted again, and the tables still match a full run.
    const first = join(small, '000', 'a000000.txt');
    writeFileSync(first, readFileSync(first, 'utf8').replace('قره باغ', 'ناغورني قره باغ'));
    writeFileSync(join(small, '000', 'new-article.txt'), readFileSync(join(projectRoot(), 'seeds', '003_b6f3501e893526eb.txt')));
    expect(runSync(full, [], small).status).toBe(0);
    expect(runSync(inc, ['--incremental'], small).status).toBe(0);
    const m2 = JSON.parse(readFileSync(join(inc, 'manifest.json'), 'utf8'));
    expect(m2.incremental.reused_articles).toBe(SMALL - 1);
    for (const t of TABLES) {
      for (const [f, ext] of [['csv', 'csv'], ['parquet', 'parquet']]) {
        expect(readFileSync(join(inc, f, `${t.name}.${ext}`)).equals(readFileSync(join(full, f, `${t.name}.${ext}`)))).toBe(true);
      }
    }
  }, 600_000);
});
