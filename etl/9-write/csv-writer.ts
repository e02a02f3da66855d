import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import type { TableDef } from '../../schemas/index.js';
import { toCsvCell } from './cells.js';

/** A table sink: rows go in, in batches; `close` flushes and reports the row count. */
export interface TableWriter {
  write(rows: ReadonlyArray<Record<string, unknown>>): Promise<void>;
  close(): Promise<number>;
}

/**
 * Writes a table as CSV: UTF-8 with BOM, CRLF, RFC 4180 quoting, header row, text cells
 * guarded against formula injection.
 */
export async function openCsvWriter(table: TableDef, path: string): Promise<TableWriter> {
  const out: WriteStream = createWriteStream(path);
  let count = 0;
  const put = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const opts = { record_delimiter: 'windows' as const, quoted_match: /[\r\n]/ };
  await put('\uFEFF' + stringify([table.fields.map((f) => f.name)], opts));
  return {
    async write(rows) {
      if (!rows.length) return;
      const records = rows.map((r) => table.fields.map((f) => toCsvCell(f, r[f.name])));
      await put(stringify(records, opts));
      count += rows.length;
    },
    async close() {
      out.end();
      await once(out, 'finish');
      return count;
    },
  };
}
