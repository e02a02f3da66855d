import type { FieldDef } from '../../schemas/index.js';

// Spreadsheets execute a cell that starts with one of these; a leading apostrophe makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a text cell inert for spreadsheets (CSV only; Parquet keeps the exact text). */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV cell for a value of the given field: empty for null, true/false for flags. */
export function toCsvCell(field: FieldDef, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (field.type) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'integer':
      return String(value);
    case 'string':
      return guardFormula(String(value));
    default:
      return String(value);
  }
}
