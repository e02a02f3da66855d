import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One row of a lexicon TSV file: column name → cell text. */
export type LexiconRow = Record<string, string>;

let rootCache: string | null = null;

/** Finds the project root (the folder holding package.json) from this module's location. */
export function projectRoot(): string {
  if (rootCache) return rootCache;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`lexicon: no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  rootCache = dir;
  return dir;
}

const cache = new Map<string, LexiconRow[]>();

/**
 * Reads `lexicons/<name>.tsv`: a header row, then one entry per line; lines starting with
 * `#` and blank lines are comments. Cells holding several variants separate them with `|`.
 */
export function loadLexicon(name: string): LexiconRow[] {
  const hit = cache.get(name);
  if (hit) return hit;
  const path = join(projectRoot(), 'lexicons', `${name}.tsv`);
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: LexiconRow[] = [];
  let header: string[] | null = null;
  for (const [n, line] of lines.entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t').map((c) => c.trim());
    if (!header) { header = cells; continue; }
    if (cells.length > header.length) {
      throw new Error(`lexicon: ${name}.tsv line ${n + 1} has ${cells.length} cells, header has ${header.length}`);
    }
    const row: LexiconRow = {};
    header.forEach((h, i) => { row[h] = cells[i] ?? ''; });
    rows.push(row);
  }
  cache.set(name, rows);
  return rows;
}

/** Splits a `|`-separated cell into its non-empty variants. */
export function variants(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((v) => v.trim()).filter(Boolean);
}
