#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { runEtl, type Format } from './pipeline.js';
import { datesOfLines, formatDatesTable } from './dates-command.js';
import { OutputLockedError } from './9-write/output-dir.js';
import { TOOL_VERSION } from './version.js';
import { DEFAULT_MAX_BYTES } from './1-read/read-file.js';

/** Exit codes of the contract. */
const EXIT = { ok: 0, failed: 1, usage: 2, rejected: 3 } as const;

function parseFormats(s: string): Format[] {
  const parts = s.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
  const bad = parts.filter((p) => p !== 'csv' && p !== 'parquet');
  if (bad.length || !parts.length) throw new Error(`--format: expected csv, parquet or csv,parquet, got "${s}"`);
  return [...new Set(parts)] as Format[];
}

async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const cli = yargs(argv)
    .scriptName('npm run etl --')
    .usage('Arabic news → research tables (CSV, Parquet, DuckDB).\n\nUsage: $0 <command> [options]')
    .command(
      ['run', '$0'],
      'read every *.txt under --input and write the tables under --output',
      (y) =>
        y
          .option('input', { type: 'string', default: 'seeds', describe: 'folder of article text files (searched recursively)' })
          .option('output', { type: 'string', default: 'out', describe: 'output folder, replaced atomically' })
          .option('format', { type: 'string', default: 'csv,parquet', describe: 'csv, parquet or both', coerce: parseFormats })
          .option('max-bytes', { type: 'number', default: DEFAULT_MAX_BYTES, describe: 'larger input files are rejected as too_large (bytes)' })
          .option('incremental', { type: 'boolean', default: false, describe: 'reuse rows of files unchanged since the previous run (same tables as a full run)' })
          .option('quiet', { type: 'boolean', default: false, describe: 'print only errors' })
          .example('$0 run --input seeds --output out', 'the default run: seeds/ → out/')
          .example('$0 run --input ~/scrapes --output ~/tables --format parquet', 'Parquet only')
          .example('$0 run --input ~/scrapes --output ~/tables --incremental', 'nightly: only new and changed files are extracted'),
      async (args) => {
        if (code === EXIT.usage) return; // yargs has already reported a usage error
        const extra = args._.map(String).filter((x, i) => !(i === 0 && x === 'run'));
        if (extra.length) {
          process.stderr.write(`etl: unknown command or argument: ${extra.join(' ')}\nRun with --help for usage.\n`);
          code = EXIT.usage;
          return;
        }
        if (!existsSync(args.input) || !statSync(args.input).isDirectory()) {
          process.stderr.write(`etl: --input ${args.input} is not a folder\n`);
          code = EXIT.usage;
          return;
        }
        const log = (l: string) => { if (!args.quiet) process.stderr.write(l + '\n'); };
        try {
          const r = await runEtl({ input: args.input, output: args.output, formats: args.format as Format[], maxBytes: args['max-bytes'], incremental: args.incremental, log });
          const counts = Object.entries(r.rowCounts).map(([t, n]) => `${t} ${n}`).join(', ');
          log(`etl: ${r.articles} articles, ${r.rejects} rejected → ${args.output} (${counts})`);
          code = r.exitCode;
        } catch (err) {
          // A failed run has already left the previous output in place (see writeAtomically).
          if (err instanceof OutputLockedError) process.stderr.write(`etl: ${err.message}\n`);
          else process.stderr.write(`etl: the run failed and the previous output is untouched: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
          code = EXIT.failed;
        }
      },
    )
    .command(
      'dates [text..]',
      'find and normalize the temporal expressions in each TEXT (or each line of standard input)',
      (y) =>
        y
          .positional('text', { type: 'string', array: true, describe: 'texts to read; standard input when none' })
          .option('anchor', { type: 'string', describe: 'publication day (YYYY-MM-DD) for relative expressions' })
          .option('json', { type: 'boolean', default: false, describe: 'one JSON object per expression found' })
          .check((a) => {
            if (a.anchor !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(a.anchor))) throw new Error(`--anchor: expected YYYY-MM-DD, got "${a.anchor}"`);
            return true;
          })
          .example('$0 dates --anchor 2020-10-07 --json "قال أمس إن الهجوم بدأ في 27 أيلول/سبتمبر"', 'JSON lines for each expression')
          .example('echo "الأحد 27 سبتمبر 2020 - 20:36 بتوقيت طهران" | $0 dates', 'read lines from standard input'),
      async (args) => {
        if (code === EXIT.usage) return;
        const texts = args.text && args.text.length ? args.text.map(String) : readFileSync(0, 'utf8').split(/\r?\n/);
        const rows = datesOfLines(texts, args.anchor ?? null);
        if (args.json) { for (const r of rows) process.stdout.write(JSON.stringify(r) + '\n'); }
        else if (rows.length) process.stdout.write(formatDatesTable(rows) + '\n');
      },
    )
    .strict()
    .version(TOOL_VERSION)
    .help()
    .alias('h', 'help')
    .epilogue('Exit codes: 0 all inputs became rows; 3 some inputs were rejected (see rejects); 1 the run failed and left the previous output untouched; 2 bad usage.')
    .fail((msg, err) => {
      // Only usage problems reach here: the command handlers catch their own failures.
      process.stderr.write(`etl: ${msg ?? err?.message}\nRun with --help for usage.\n`);
      code = EXIT.usage;
    });
  await cli.parseAsync();
  return code;
}

main(hideBin(process.argv)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`etl: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = EXIT.failed;
  },
);
