import { loadLexicon, variants } from '../lexicon/load.js';
import { normalizeKey } from '../3-segment/normalize.js';

let index: Map<string, string> | null = null;

/** Canonical outlet name for a name as written in a dateline, or null when unknown. */
export function canonicalOutlet(written: string): string | null {
  if (!index) {
    index = new Map();
    for (const row of loadLexicon('outlets')) {
      for (const v of [row.name_en, ...variants(row.variants)]) index.set(normalizeKey(v), row.name_en);
    }
  }
  const key = normalizeKey(written).replace(/^(وكاله|موقع|صحيفه|قناه)\s+/, '');
  return index.get(normalizeKey(written)) ?? index.get(key) ?? null;
}
