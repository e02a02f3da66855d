import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDates } from '../etl/4-dates/index.js';
import { sampleDateExpressions } from '../etl/4-dates/bench-corpus.js';
import { projectRoot } from '../etl/lexicon/load.js';
import { makeCorpus } from './corpus.js';
import { openCsvWriter } from '../etl/9-write/csv-writer.js';
import { openParquetWriter } from '../etl/9-write/parquet-writer.js';
import { openParquetWriter as openParquetjsLiteWriter } from './parquetjs-lite-writer.js';
import { quotes } from '../schemas/index.js';

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

function runJob(input: string, output: string, nodeFlags: string[] = []): JobFigures {
  const cli = join(projectRoot(), 'dist', 'etl', 'cli.js');
  const script = `
    const t = performance.now();
    process.argv = [process.argv[0], ${JSON.stringify(cli)}, 'run', '--input', ${JSON.stringify(input)}, '--output', ${JSON.stringify(output)}, '--quiet'];
    process.on('exit', () => { console.log(JSON.stringify({ secs: (performance.now() - t) / 1000, maxRssMiB: process.resourceUsage().maxRSS / 1024 })); });
    await import(${JSON.stringify(cli)});
  `;
  const r = spawnSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', script], { encoding: 'utf8' });
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
    // Peak RSS follows V8's lazy collection; a run under a small heap cap shows what it needs.
    const n = sizes[sizes.length - 1];
    const capped = runJob(join(base, `in-${n}`), join(base, `out-${n}-capped`), ['--max-old-space-size=64']);
    console.log(`  ${String(n).padStart(6)} articles with the V8 heap capped at 64 MiB: completes in ${capped.secs.toFixed(2)} s, peak RSS ${capped.maxRssMiB.toFixed(0)} MiB`);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

async function benchWriters(rowsPerRun = 50_000, runs = 5): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), 'etl-bench-w-'));
  const row = {
    quote_id: 'a:q1', article_id: 'a', char_start: 120, char_end: 260, speaker: 'حسين محمودوف', speaker_actor_id: 'Q123',
    speaker_title: 'رئيس قسم التعاون العسكري الدولي بوزارة الدفاع', cue: 'قال', quote_type: 'direct',
    content: 'الجيش ينجز بنجاح المهام المحددة لتحرير الأراضي المحتلة. ويجري الهجوم المضاد داخل الحدود المعترف بها دوليا.',
    channel: 'Sputnik', said_on: '2020-10-07', said_on_precision: 'day',
  };
  const rows = Array.from({ length: rowsPerRun }, (_, i) => ({ ...row, quote_id: `a:q${i}`, char_start: i }));
  const times: Record<string, number[]> = { 'csv-stringify': [], 'parquetjs-lite': [], 'hyparquet-writer': [] };
  const sizes: Record<string, number> = {};
  try {
    for (let r = 0; r < runs; r++) {
      let t = performance.now();
      const c = await openCsvWriter(quotes, join(base, `q${r}.csv`));
      for (let i = 0; i < rows.length; i += 2000) await c.write(rows.slice(i, i + 2000));
      await c.close();
      times['csv-stringify'].push(performance.now() - t);
      sizes['csv-stringify'] = statSync(join(base, `q${r}.csv`)).size;
      for (const [name, open] of [['parquetjs-lite', openParquetjsLiteWriter], ['hyparquet-writer', openParquetWriter]] as const) {
        t = performance.now();
        const path = join(base, `q${r}-${name}.parquet`);
        const p = await open(quotes, path, 5000);
        for (let i = 0; i < rows.length; i += 2000) await p.write(rows.slice(i, i + 2000));
        await p.close();
        times[name].push(performance.now() - t);
        sizes[name] = statSync(path).size;
      }
    }
    console.log(`writers: ${fmt(rowsPerRun)} quote rows per run, ${runs} runs, alternating`);
    for (const [k, v] of Object.entries(times)) console.log(`  ${k.padEnd(16)} median ${fmt(rowsPerRun / (median(v) / 1000)).padStart(9)} rows/s (${median(v).toFixed(0)} ms), file ${(sizes[k] / 1024).toFixed(0)} KiB`);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (fileURLToPath(import.meta.url) === process.argv[1]) {
  benchDates();
  await benchWriters();
  benchJob(args.includes('--quick') ? [100, 400] : [300, 3000]);
}
