import { ParquetWriter, fileWriter } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import type { FieldDef, TableDef } from '../../schemas/index.js';
import type { TableWriter } from './csv-writer.js';

const PHYSICAL: Record<FieldDef['type'], Omit<SchemaElement, 'name'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  integer: { type: 'INT32' },
  boolean: { type: 'BOOLEAN' },
  date: { type: 'INT32', converted_type: 'DATE' },
  datetime: { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
};

/** The Parquet schema of a table, derived from its definition in schemas/. */
export function parquetSchemaOf(table: TableDef): SchemaElement[] {
  return [
    { name: 'root', num_children: table.fields.length },
    ...table.fields.map((f): SchemaElement => ({ name: f.name, ...PHYSICAL[f.type], repetition_type: f.required ? 'REQUIRED' : 'OPTIONAL' })),
  ];
}

/** One column's values as the writer expects them: Date objects for dates and instants. */
function columnValues(f: FieldDef, rows: ReadonlyArray<Record<string, unknown>>): unknown[] {
  return rows.map((r) => {
    const v = r[f.name];
    if (v === null || v === undefined) return null;
    if (f.type === 'date') return new Date(`${String(v)}T00:00:00Z`);
    if (f.type === 'datetime') return new Date(String(v));
    return v;
  });
}

/**
 * Writes a table as one Parquet file with hyparquet-writer (Snappy, dictionary encoding,
 * one row group per batch of at most `rowGroupSize` rows).
 */
export async function openParquetWriter(table: TableDef, path: string, rowGroupSize = 5000): Promise<TableWriter> {
  const writer = new ParquetWriter({ writer: fileWriter(path), schema: parquetSchemaOf(table), codec: 'SNAPPY', createdBy: 'arabic-news-etl (hyparquet-writer)' });
  let count = 0;
  let pending: Array<Record<string, unknown>> = [];
  const flush = () => {
    if (!pending.length) return;
    writer.write({ columnData: table.fields.map((f) => ({ name: f.name, data: columnValues(f, pending) })), rowGroupSize });
    pending = [];
  };
  return {
    async write(rows) {
      pending.push(...rows);
      count += rows.length;
      if (pending.length >= rowGroupSize) flush();
    },
    async close() {
      flush();
      await writer.finish();
      return count;
    },
  };
}
