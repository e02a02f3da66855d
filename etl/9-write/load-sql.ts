import type { FieldDef, TableDef } from '../../schemas/index.js';

const DUCK_TYPE: Record<FieldDef['type'], string> = {
  string: 'VARCHAR',
  integer: 'INTEGER',
  boolean: 'BOOLEAN',
  date: 'DATE',
  datetime: 'TIMESTAMP',
};

/** The DuckDB type of a column, as the Parquet files and load.sql present it. */
export function duckTypeOf(f: FieldDef): string {
  return DUCK_TYPE[f.type];
}

/**
 * A DuckDB script with one view per table over the Parquet files. Paths are relative to the
 * output folder, so the folder can be moved or shared: run it from inside that folder.
 */
export function buildLoadSql(tables: readonly TableDef[]): string {
  const lines = [
    '-- DuckDB views over this run\'s Parquet files.',
    '-- Usage, from inside the output folder:  duckdb -init load.sql   (or:  duckdb -c ".read load.sql")',
    '-- In Python:  duckdb.sql(open("load.sql").read())  after os.chdir() into the output folder.',
    '',
  ];
  for (const t of tables) {
    const cols = t.fields.map((f) => `  CAST(${f.name} AS ${duckTypeOf(f)}) AS ${f.name}`).join(',\n');
    lines.push(`-- ${t.name}: ${t.description}`);
    lines.push(`CREATE OR REPLACE VIEW ${t.name} AS SELECT\n${cols}\nFROM read_parquet('parquet/${t.name}.parquet');`);
    lines.push('');
  }
  return lines.join('\n');
}
