import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetReadObjects, asyncBufferFromFile } from 'hyparquet';
import { defineTable } from '../../schemas/define.js';
import { openCsvWriter } from '../../etl/9-write/csv-writer.js';
import { openParquetWriter } from '../../etl/9-write/parquet-writer.js';
import { guardFormula } from '../../etl/9-write/cells.js';
import { duckDescribe, duckQuery } from '../helpers/duckdb.js';

const table = defineTable({
  name: 'sample',
  title: 'Sample',
  description: 'A table with every column type.',
  primaryKey: ['id'],
  fields: [
    { name: 'id', type: 'string', required: true, description: 'id' },
    { name: 'n', type: 'integer', required: false, description: 'count' },
    { name: 'flag', type: 'boolean', required: true, description: 'flag' },
    { name: 'day', type: 'date', required: false, description: 'day' },
    { name: 'at', type: 'datetime', required: false, description: 'instant' },
    { name: 'text', type: 'string', required: false, description: 'text' },
  ],
} as const);

const rows = [
  { id: 'a:1', n: 3, flag: true, day: '2020-09-27', at: '2020-09-27T17:06:00Z', text: 'قال "نعم"، ثم غادر' },
  { id: 'a:2', n: null, flag: false, day: '1967-06-05', at: null, text: '=1+1 ليست صيغة' },
  { id: 'a:3', n: -2, flag: true, day: null, at: '1999-12-31T23:59:59Z', text: 'سطر\r\nثان\rو\nثالث\u200F RTL 😀' },
  { id: 'a:4', n: 0, flag: false, day: null, at: null, text: null },
];

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'etl-writers-'));
  const c = await openCsvWriter(table, join(dir, 'sample.csv'));
  const p = await openParquetWriter(table, join(dir, 'sample.parquet'), 2);
  await c.write(rows.slice(0, 3));
  await c.write(rows.slice(3));
  await p.write(rows);
  expect(await c.close()).toBe(4);
  expect(await p.close()).toBe(4);
});

describe('CSV writer', () => {
  it('writes a BOM, CRLF records, a header and RFC 4180 quoting', () => {
    const text = readFileSync(join(dir, 'sample.csv'), 'utf8');
    expect(text.startsWith('\uFEFFid,n,flag,day,at,text\r\n')).toBe(true);
    expect(text).toContain('a:1,3,true,2020-09-27,2020-09-27T17:06:00Z,"قال ""نعم""، ثم غادر"\r\n');
    expect(text).toContain(`a:2,,false,1967-06-05,,'=1+1 ليست صيغة\r\n`);
    expect(text).toContain('"سطر\r\nثان\rو\nثالث\u200F RTL 😀"');
  });

  it('reads back in DuckDB with the same values', async () => {
    const got = await duckQuery(`SELECT * FROM read_csv('${join(dir, 'sample.csv')}', header=true, all_varchar=true) ORDER BY id`);
    expect(got.map((r) => r.text)).toEqual(['قال "نعم"، ثم غادر', "'=1+1 ليست صيغة", 'سطر\r\nثان\rو\nثالث\u200F RTL 😀', null]);
    expect(got.map((r) => r.flag)).toEqual(['true', 'false', 'true', 'false']);
  });

  it('guards only cells that spreadsheets would execute', () => {
    expect(['=A1', '+1', '-1', '@x', '\tx', '\rx', 'قال', '1-2'].map(guardFormula)).toEqual(["'=A1", "'+1", "'-1", "'@x", "'\tx", "'\rx", 'قال', '1-2']);
  });
});

describe('Parquet writer', () => {
  it('has the schema types DuckDB expects', async () => {
    const cols = await duckDescribe(`SELECT * FROM '${join(dir, 'sample.parquet')}'`);
    expect(cols).toEqual([
      { name: 'id', type: 'VARCHAR' },
      { name: 'n', type: 'INTEGER' },
      { name: 'flag', type: 'BOOLEAN' },
      { name: 'day', type: 'DATE' },
      { name: 'at', type: 'TIMESTAMP' },
      { name: 'text', type: 'VARCHAR' },
    ]);
  });

  it('round-trips every value through DuckDB', async () => {
    const got = await duckQuery(`SELECT id, n, flag, CAST(day AS VARCHAR) AS day, strftime("at", '%Y-%m-%dT%H:%M:%SZ') AS "at", text FROM '${join(dir, 'sample.parquet')}' ORDER BY id`);
    expect(got).toEqual(rows);
  });

  it('round-trips every value through hyparquet, an independent reader', async () => {
    const file = await asyncBufferFromFile(join(dir, 'sample.parquet'));
    const got = await parquetReadObjects({ file });
    expect(got.map((r) => r.text)).toEqual(rows.map((r) => r.text));
    expect(got.map((r) => r.n)).toEqual(rows.map((r) => r.n));
    expect(got.map((r) => (r.day instanceof Date ? r.day.toISOString().slice(0, 10) : r.day))).toEqual(rows.map((r) => r.day));
    expect(got.map((r) => (r.at instanceof Date ? r.at.toISOString().replace('.000', '') : r.at))).toEqual(rows.map((r) => r.at));
  });

  it('finds rows by text value (no wrong row-group pruning)', async () => {
    const got = await duckQuery(`SELECT id FROM '${join(dir, 'sample.parquet')}' WHERE text = '=1+1 ليست صيغة'`);
    expect(got).toEqual([{ id: 'a:2' }]);
  });
});
