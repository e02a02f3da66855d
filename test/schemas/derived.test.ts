import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, type TableDef } from '../../schemas/index.js';
import { buildDataPackage } from '../../etl/9-write/datapackage.js';
import { buildLoadSql } from '../../etl/9-write/load-sql.js';
import { renderDataDictionary, DICTIONARY_START, DICTIONARY_END } from '../../tools/data-dictionary.js';
import { projectRoot } from '../../etl/lexicon/load.js';

const tables = TABLES as readonly TableDef[];

/** The column lists the contract page gives, read from ../shared/CONTRACT.md when it is beside us. */
function contractColumns(): Map<string, string[]> | null {
  let text: string;
  try {
    text = readFileSync(join(projectRoot(), '..', 'shared', 'CONTRACT.md'), 'utf8');
  } catch {
    return null;
  }
  const out = new Map<string, string[]>();
  for (const section of text.split(/^### /m).slice(1)) {
    const name = section.split(/\s/, 1)[0];
    const cols: string[] = [];
    for (const line of section.split('\n')) {
      const m = /^\| ([a-z0-9_, ]+?) \| (string|integer|boolean|date|datetime) \|/.exec(line);
      if (m) cols.push(...m[1].split(',').map((c) => c.trim()));
    }
    out.set(name, cols);
  }
  return out;
}

describe('schemas/', () => {
  it('has the contract tables, columns in contract order', () => {
    const contract = contractColumns();
    expect(tables.map((t) => t.name)).toEqual(['articles', 'date_mentions', 'quotes', 'events', 'actors', 'rejects']);
    if (!contract) return; // no ../shared beside this clone: the CI clone has it
    for (const t of tables) expect(t.fields.map((f) => f.name)).toEqual(contract.get(t.name));
  });

  it('gives every column a description and every table a primary key', () => {
    for (const t of tables) {
      expect(t.primaryKey.length).toBeGreaterThan(0);
      for (const f of t.fields) expect(f.description.length).toBeGreaterThan(3);
    }
  });

  it('derives datapackage.json fields, types and constraints from the schema', () => {
    const pkg = buildDataPackage(tables, '0.0.0', new Map()) as { resources: Array<{ name: string; path: string; schema: { fields: Array<{ name: string; type: string; constraints?: { required?: boolean } }> } }> };
    expect(pkg.resources.map((r) => r.name)).toEqual(tables.map((t) => t.name));
    for (const [i, t] of tables.entries()) {
      const r = pkg.resources[i];
      expect(r.path).toBe(`csv/${t.name}.csv`);
      expect(r.schema.fields.map((f) => [f.name, f.type, f.constraints?.required ?? false])).toEqual(t.fields.map((f) => [f.name, f.type, f.required]));
    }
  });

  it('derives load.sql with one view per table', () => {
    const sql = buildLoadSql(tables);
    for (const t of tables) expect(sql).toContain(`CREATE OR REPLACE VIEW ${t.name} AS SELECT`);
  });

  it('README data dictionary is the one generated from schemas/ (run `npm run docs` after a schema change)', () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    const a = readme.indexOf(DICTIONARY_START);
    const b = readme.indexOf(DICTIONARY_END) + DICTIONARY_END.length;
    expect(readme.slice(a, b)).toBe(renderDataDictionary(tables));
  });
});
