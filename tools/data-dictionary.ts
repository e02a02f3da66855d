import type { TableDef } from '../schemas/index.js';
import { duckTypeOf } from '../etl/9-write/load-sql.js';

export const DICTIONARY_START = '<!-- data-dictionary:start (generated from schemas/ by `npm run docs`; do not edit by hand) -->';
export const DICTIONARY_END = '<!-- data-dictionary:end -->';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The README's data dictionary, rendered from the table definitions in schemas/. */
export function renderDataDictionary(tables: readonly TableDef[]): string {
  const parts: string[] = [DICTIONARY_START, ''];
  for (const t of tables) {
    parts.push(`### \`${t.name}\` — ${t.title}`, '', t.description, '');
    parts.push('| column | type | DuckDB / Parquet | null? | meaning |', '| --- | --- | --- | --- | --- |');
    for (const f of t.fields) {
      const values = f.enum ? ` One of: ${f.enum.map((v) => `\`${v}\``).join(', ')}.` : '';
      parts.push(`| \`${f.name}\` | ${f.type} | ${duckTypeOf(f)} | ${f.required ? 'never' : 'may be null'} | ${cell(f.description + values)} |`);
    }
    parts.push('');
  }
  parts.push(DICTIONARY_END);
  return parts.join('\n');
}

/** Replaces the dictionary between its markers in a README text. */
export function spliceDictionary(readme: string, dictionary: string): string {
  const a = readme.indexOf(DICTIONARY_START);
  const b = readme.indexOf(DICTIONARY_END);
  if (a < 0 || b < a) throw new Error('docs: README.md has no data-dictionary markers');
  return readme.slice(0, a) + dictionary + readme.slice(b + DICTIONARY_END.length);
}
