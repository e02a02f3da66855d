import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects, asyncBufferFromFile } from 'hyparquet';
import { runEtl, type RunResult } from '../../etl/pipeline.js';
import { TABLES } from '../../schemas/index.js';
import { checkOutput } from '../../tools/check-output.js';
import { projectRoot } from '../../etl/lexicon/load.js';
import { duckQuery } from '../helpers/duckdb.js';

const seeds = join(projectRoot(), 'seeds');
let outA: string;
let outB: string;
let result: RunResult;

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'etl-seeds-'));
  outA = join(base, 'a');
  outB = join(base, 'b');
  result = await runEtl({ input: seeds, output: outA, formats: ['csv', 'parquet'] });
  await runEtl({ input: seeds, output: outB, formats: ['csv', 'parquet'] });
});

const csv = (dir: string, t: string) => readFileSync(join(dir, 'csv', `${t}.csv`), 'utf8');

describe('a run over seeds/', () => {
  it('turns every seed into an article and rejects nothing', () => {
    const n = readdirSync(seeds).filter((f) => f.endsWith('.txt')).length;
    expect(result.articles).toBe(n);
    expect(result.rejects).toBe(0);
    expect(result.exitCode).toBe(0);
  });

  it('writes every file of the contract, readable by DuckDB, types as schemas/ says, spans reproducing their text', async () => {
    expect(await checkOutput(outA)).toEqual([]);
  });

  it('is byte-identical on a second run (CSV and Parquet)', () => {
    for (const t of TABLES) {
      expect(readFileSync(join(outB, 'csv', `${t.name}.csv`)).equals(readFileSync(join(outA, 'csv', `${t.name}.csv`)))).toBe(true);
      expect(readFileSync(join(outB, 'parquet', `${t.name}.parquet`)).equals(readFileSync(join(outA, 'parquet', `${t.name}.parquet`)))).toBe(true);
    }
  });

  it('reads the same Parquet rows with hyparquet as DuckDB counts', async () => {
    for (const t of TABLES) {
      const rows = await parquetReadObjects({ file: await asyncBufferFromFile(join(outA, 'parquet', `${t.name}.parquet`)) });
      const [{ n }] = await duckQuery(`SELECT count(*)::INTEGER AS n FROM '${join(outA, 'parquet', `${t.name}.parquet`)}'`);
      expect(rows.length).toBe(n);
    }
  });

  it('keeps headlines and removes site furniture from bodies', async () => {
    const rows = await duckQuery(`SELECT article_id, title, body FROM '${join(outA, 'parquet', 'articles.parquet')}'`);
    for (const r of rows) {
      expect(r.title).toBeTruthy();
      expect(String(r.body)).not.toMatch(/التعليقات|الأكثر قراءة|أهم المواضيع|جميع الحقوق محفوظة|شاركوا هذا الخبر|اترك تعليق|البث المباشر|بريدك الإلكتروني|منذ 3 سنوات/);
      expect(String(r.body)).not.toContain(String(r.title) + '\n');
    }
  });

  it('manifest lists every input with its sha256 and the row counts', () => {
    const m = JSON.parse(readFileSync(join(outA, 'manifest.json'), 'utf8'));
    expect(m.inputs).toHaveLength(result.articles + result.rejects);
    for (const i of m.inputs) expect(i.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(m.row_counts).toEqual(result.rowCounts);
  });

  // Golden files: regenerate on purpose with `npx vitest run test/pipeline -u` and review the diff.
  it.each(TABLES.map((t) => t.name))('matches the golden %s.csv', async (name) => {
    await expect(csv(outA, name)).toMatchFileSnapshot(join('..', 'golden', `${name}.csv`));
  });
});
