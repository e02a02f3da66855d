import parquet from 'parquetjs-lite';
import type { FieldDef, TableDef } from '../schemas/index.js';
import type { TableWriter } from '../etl/9-write/csv-writer.js';

const PARQUET_TYPE: Record<FieldDef['type'], string> = {
  string: 'UTF8',
  integer: 'INT32',
  boolean: 'BOOLEAN',
  date: 'DATE',
  datetime: 'TIMESTAMP_MILLIS',
};

/** The Parquet schema of a table, derived from its definition in schemas/. */
export function parquetSchemaOf(table: TableDef): InstanceType<typeof parquet.ParquetSchema> {
  const fields: Record<string, unknown> = {};
  for (const f of table.fields) {
    fields[f.name] = {
      type: PARQUET_TYPE[f.type],
      optional: !f.required,
      compression: 'SNAPPY',
      // parquetjs computes text min/max with JS comparison, not Parquet byte order; readers
      // that prune row groups by them could skip matching rows, so text columns carry none.
      statistics: f.type === 'string' ? false : undefined,
    };
  }
  return new parquet.ParquetSchema(fields);
}

/** Converts a row to what parquetjs expects: Date objects for dates and instants, no nulls. */
function toParquetRow(table: TableDef, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of table.fields) {
    const v = row[f.name];
    if (v === null || v === undefined) continue;
    if (f.type === 'date') out[f.name] = new Date(`${String(v)}T00:00:00Z`);
    else if (f.type === 'datetime') out[f.name] = new Date(String(v));
    else out[f.name] = v;
  }
  return out;
}

/** The previous Parquet writer (parquetjs-lite), kept only so npm run bench can compare it with hyparquet-writer. */
export async function openParquetWriter(table: TableDef, path: string, rowGroupSize = 5000): Promise<TableWriter> {
  const writer = await parquet.ParquetWriter.openFile(parquetSchemaOf(table), path, {
    rowGroupSize,
    useDataPageV2: false,
  });
  let count = 0;
  return {
    async write(rows) {
      for (const r of rows) await writer.appendRow(toParquetRow(table, r));
      count += rows.length;
    },
    async close() {
      await writer.close();
      return count;
    },
  };
}
