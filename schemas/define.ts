/**
 * The table-schema vocabulary. Each table under schemas/ is written once with `defineTable`;
 * its TypeScript row type, CSV header, Parquet schema, datapackage.json resource and the
 * README data dictionary are all derived from that one definition.
 */

/** Frictionless Table Schema field types used by this project. */
export type FieldType = 'string' | 'integer' | 'boolean' | 'date' | 'datetime';

/** One column: name, type, whether it may be null, and what it means. */
export interface FieldDef {
  readonly name: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly description: string;
  readonly enum?: readonly string[];
}

/** One table: its name, the letter used in row ids, the primary key and its columns in order. */
export interface TableDef {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly primaryKey: readonly string[];
  readonly fields: readonly FieldDef[];
}

type JsOf<T extends FieldType> = T extends 'integer'
  ? number
  : T extends 'boolean'
    ? boolean
    : string; // string, date (YYYY-MM-DD) and datetime (ISO 8601 UTC, Z) travel as strings

/** The row type of a table: required columns are non-null, the others may be null. */
export type RowOf<T extends TableDef> = {
  [F in T['fields'][number] as F['name']]: F['required'] extends true ? JsOf<F['type']> : JsOf<F['type']> | null;
};

/** Declares a table; `as const` on the argument keeps literal names for `RowOf`. */
export function defineTable<const T extends TableDef>(def: T): T {
  const seen = new Set<string>();
  for (const f of def.fields) {
    if (seen.has(f.name)) throw new Error(`schema: ${def.name} declares column ${f.name} twice`);
    seen.add(f.name);
  }
  for (const k of def.primaryKey) {
    if (!seen.has(k)) throw new Error(`schema: ${def.name} primary key ${k} is not a column`);
  }
  return def;
}

export const PRECISIONS = ['minute', 'hour', 'day', 'month', 'year', 'unknown'] as const;
