import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { TABLES, type TableDef } from '../schemas/index.js';
import { duckTypeOf } from '../etl/9-write/load-sql.js';

/**
 * Checks an output folder the way a researcher's tools will read it: every file present,
 * DuckDB reads every CSV and Parquet file, Parquet types match schemas/, CSV and Parquet row
 * counts agree, load.sql gives queryable views, and every span reproduces its text.
 * Usage: node dist/tools/check-output.js OUT_DIR  (exits 1 on the first problem list)
 */
export async function checkOutput(outDir: string): Promise<string[]> {
  const dir = resolve(outDir);
  const problems: string[] = [];
  const need = ['datapackage.json', 'load.sql', 'manifest.json', ...TABLES.flatMap((t) => [`csv/${t.name}.csv`, `parquet/${t.name}.parquet`])];
  for (const f of need) if (!existsSync(join(dir, f))) problems.push(`missing ${f}`);
  if (problems.length) return problems;
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const q = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJS() as Array<Record<string, unknown>>;
  await q(`SET file_search_path = '${dir.replace(/'/g, "''")}'`);
  for (const stmt of readFileSync(join(dir, 'load.sql'), 'utf8').split(/;\s*\n/).filter((s) => /\S/.test(s.replace(/--.*$/gm, '')))) await q(stmt);
  for (const t of TABLES as readonly TableDef[]) {
    const types = await q(`DESCRIBE SELECT * FROM read_parquet('${join(dir, 'parquet', t.name + '.parquet')}')`);
    const got = types.map((r) => `${r.column_name}:${r.column_type}`).join(',');
    const want = t.fields.map((f) => `${f.name}:${duckTypeOf(f)}`).join(',');
    if (got !== want) problems.push(`${t.name}.parquet columns ${got} differ from schemas/ ${want}`);
    const [pc] = await q(`SELECT count(*)::INTEGER AS n FROM ${t.name}`);
    const [cc] = await q(`SELECT count(*)::INTEGER AS n FROM read_csv('${join(dir, 'csv', t.name + '.csv')}', header=true, all_varchar=true, strict_mode=true)`);
    if (pc.n !== cc.n) problems.push(`${t.name}: ${pc.n} Parquet rows but ${cc.n} CSV rows`);
    const header = readFileSync(join(dir, 'csv', t.name + '.csv'), 'utf8').split('\r\n', 1)[0].replace(/^\uFEFF/, '');
    if (header !== t.fields.map((f) => f.name).join(',')) problems.push(`${t.name}.csv header ${header} differs from schemas/`);
  }
  const spanChecks: Array<[string, string]> = [['date_mentions', 'surface'], ['quotes', 'content']];
  for (const [table, col] of spanChecks) {
    const bad = await q(`SELECT count(*)::INTEGER AS n FROM ${table} x JOIN articles a USING (article_id) WHERE substring(a.body, x.char_start + 1, x.char_end - x.char_start) <> x.${col}`);
    if (bad[0].n) problems.push(`${table}: ${bad[0].n} spans do not reproduce ${col}`);
  }
  const outOfBody = await q(`SELECT count(*)::INTEGER AS n FROM events e JOIN articles a USING (article_id) WHERE e.char_start < 0 OR e.char_end > length(a.body) OR e.char_end <= e.char_start`);
  if (outOfBody[0].n) problems.push(`events: ${outOfBody[0].n} spans outside their body`);
  con.closeSync();
  return problems;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const dir = process.argv[2] ?? 'out';
  checkOutput(dir).then((problems) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { row_counts: Record<string, number> };
    if (problems.length) {
      for (const p of problems) process.stderr.write(`check-output: ${p}\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(`check-output: ${dir} ok — ${Object.entries(manifest.row_counts).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
    }
  });
}
