import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDates } from '../etl/4-dates/index.js';
import { sampleDateExpressions } from '../etl/4-dates/bench-corpus.js';
import { projectRoot } from '../etl/lexicon/load.js';
import { makeCorpus } from './corpus.js';

// npm run bench: throughput and memory figures, medians over repeated runs, side by side in
// one process, because these machines are noisy. Nothing here asserts: it prints.

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function benchDates(runs = 7): void {
  const exprs = sampleDateExpressions();
  const anchor = '2020-10-07';
  for (let i = 0; i < 3; i++) for (const e of exprs) findDates(e, { anchor }); // warm up the JIT and lazy lexicons
  const rates: number[] = [];
  let found = 0;
  for (let r = 0; r < runs; r++) {
    const reps = Math.max(1, Math.ceil(50_000 / exprs.length));
    const t = performance.now();
    found = 0;
    for (let k = 0; k < reps; k++) for (const e of exprs) found += findDates(e, { anchor }).length;
    const secs = (performance.now() - t) / 1000;
    rates.push((reps * exprs.length) / secs);
  }
  console.log(`date engine: ${exprs.length} sample expressions in sentences, ${runs} runs`);
  console.log(`  median ${fmt(median(rates))} expressions/s (min ${fmt(Math.min(...rates))}, max ${fmt(Math.max(...rates))}) on one core; ${found / Math.ceil(50_000 / exprs.length)} mentions per pass`);
}

interface JobFigures { secs: number; maxRssMiB: number }

function runJob(input: string, output: string): JobFigures {
  const cli = join(projectRoot(), 'dist', 'etl', 'cli.js');
  const script = `
    const t = performance.now();
    process.argv = [process.argv[0], ${JSON.stringify(cli)}, 'run', '--input', ${JSON.stringify(input)}, '--output', ${JSON.stringify(output)}, '--quiet'];
    process.on('exit', () => { console.log(JSON.stringify({ secs: (performance.now() - t) / 1000, maxRssMiB: process.resourceUsage().maxRSS / 1024 })); });
    await import(${JSON.stringify(cli)});
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 3) throw new Error(`bench: the job failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as JobFigures;
}

function benchJob(sizes: number[], runs = 3): void {
  const base = mkdtempSync(join(tmpdir(), 'etl-bench-'));
  try {
    console.log(`whole job (read → clean → dates → actors → quotes → events → CSV + Parquet), ${runs} runs per size, sizes side by side:`);
    const figs = new Map<number, JobFigures[]>();
    for (const n of sizes) makeCorpus(join(projectRoot(), 'seeds'), join(base, `in-${n}`), n);
    for (let r = 0; r < runs; r++) {
      for (const n of sizes) {
        const f = runJob(join(base, `in-${n}`), join(base, `out-${n}`));
        figs.set(n, [...(figs.get(n) ?? []), f]);
      }
    }
    for (const n of sizes) {
      const fs = figs.get(n)!;
      const secs = median(fs.map((f) => f.secs));
      console.log(`  ${String(n).padStart(6)} articles: median ${secs.toFixed(2)} s → ${fmt(n / secs)} articles/s; peak RSS median ${median(fs.map((f) => f.maxRssMiB)).toFixed(0)} MiB`);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (fileURLToPath(import.meta.url) === process.argv[1]) {
  benchDates();
  benchJob(args.includes('--quick') ? [200, 800] : [500, 2000, 8000]);
}
