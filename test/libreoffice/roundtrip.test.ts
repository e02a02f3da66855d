import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEtl } from '../../etl/pipeline.js';
import { TABLES } from '../../schemas/index.js';
import { projectRoot } from '../../etl/lexicon/load.js';
import { duckQuery } from '../helpers/duckdb.js';

// The CSV files must survive a spreadsheet: LibreOffice Calc opens each one (UTF-8, comma,
// quoted fields as text, no number guessing), saves it as xlsx, and the xlsx is converted
// back to CSV; every cell must come back as written. Run by `npm run test:libreoffice`
// (CI installs Debian's libreoffice-calc-nogui first).

let base: string;
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });

beforeAll(async () => {
  if (soffice.status !== 0) throw new Error('libreoffice: soffice not found; install the Debian package libreoffice-calc-nogui');
  base = mkdtempSync(join(tmpdir(), 'etl-lo-'));
  const input = join(base, 'in');
  mkdirSync(input);
  execFileSync('cp', ['-r', ...readdirSync(join(projectRoot(), 'seeds')).map((f) => join(projectRoot(), 'seeds', f)), input]);
  await runEtl({ input, output: join(base, 'out'), formats: ['csv'] });
  const profile = `-env:UserInstallation=file://${join(base, 'profile')}`;
  // A new profile's first start can end early and convert only some files: start it once first.
  spawnSync('soffice', [profile, '--headless', '--terminate_after_init'], { stdio: 'ignore', timeout: 120_000 });
  const csvs = TABLES.map((t) => join(base, 'out', 'csv', `${t.name}.csv`));
  // 44 = comma, 34 = double quote, 76 = UTF-8, 1 = first line; quoted fields as text, no special-number detection.
  execFileSync('soffice', [profile, '--headless', '--infilter=CSV:44,34,76,1,,1033,true,false', '--convert-to', 'xlsx', '--outdir', join(base, 'xlsx'), ...csvs], { stdio: 'ignore', timeout: 240_000 });
  const xlsx = TABLES.map((t) => join(base, 'xlsx', `${t.name}.xlsx`));
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,false,false,false,false', '--outdir', join(base, 'back'), ...xlsx], { stdio: 'ignore', timeout: 240_000 });
}, 600_000);

describe('CSV → LibreOffice Calc xlsx → CSV', () => {
  it.each(TABLES.map((t) => t.name))('%s keeps every cell, Arabic included', async (name) => {
    const read = (p: string) => duckQuery(`SELECT * FROM read_csv('${p}', header=true, all_varchar=true, strict_mode=true) ORDER BY 1`);
    const original = await read(join(base, 'out', 'csv', `${name}.csv`));
    const back = await read(join(base, 'back', `${name}.csv`));
    expect(back.length).toBe(original.length);
    // Calc writes whole numbers back as they were, but may normalize line ends inside cells.
    const norm = (rows: Array<Record<string, unknown>>) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null : String(v).replace(/\r\n?/g, '\n')])));
    expect(norm(back)).toEqual(norm(original));
    if (name === 'articles') expect(original.some((r) => /[\u0600-\u06FF]/.test(String(r.body)))).toBe(true);
  });
});
