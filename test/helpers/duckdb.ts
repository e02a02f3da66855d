import { DuckDBInstance } from '@duckdb/node-api';

/** Runs one SQL query in a fresh in-memory DuckDB and returns the rows as objects. */
export async function duckQuery(sql: string): Promise<Array<Record<string, unknown>>> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    const reader = await con.runAndReadAll(sql);
    return reader.getRowObjectsJS() as Array<Record<string, unknown>>;
  } finally {
    con.closeSync();
  }
}

/** Column names and DuckDB types of a query's result. */
export async function duckDescribe(sql: string): Promise<Array<{ name: string; type: string }>> {
  const rows = await duckQuery(`DESCRIBE ${sql}`);
  return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
}
