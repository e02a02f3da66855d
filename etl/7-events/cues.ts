import { loadLexicon, variants } from '../lexicon/load.js';
import { PhraseIndex, type PhraseMatch } from '../5-actors/match.js';
import type { Doc } from './doc.js';

/** A cue found in a document: its kind (a row's `kind`/`mode`) and token range. */
export type Cue = PhraseMatch<string>;

const indexes = new Map<string, PhraseIndex<string[]>>();

/** Builds (once) a phrase index over a `<kind>\t<cues>` lexicon; a form listed under several kinds is a cue of each. */
function cueIndex(lexicon: string, kindColumn: string): PhraseIndex<string[]> {
  const key = `${lexicon}:${kindColumn}`;
  const hit = indexes.get(key);
  if (hit) return hit;
  const kinds = new Map<string, string[]>();
  for (const r of loadLexicon(lexicon)) for (const v of variants(r.cues)) kinds.set(v, [...(kinds.get(v) ?? []), r[kindColumn]]);
  const index = new PhraseIndex<string[]>();
  for (const [v, list] of kinds) index.add(v, list);
  indexes.set(key, index);
  return index;
}

/** Cues of a lexicon in a document, grouped by kind, each list in text order. */
export function findCues(doc: Doc, lexicon: string, kindColumn = 'kind'): Map<string, Cue[]> {
  const out = new Map<string, Cue[]>();
  for (const m of cueIndex(lexicon, kindColumn).findAll(doc.tokens)) {
    for (const kind of m.value) {
      const cue: Cue = { ...m, value: kind };
      const list = out.get(kind);
      if (list) list.push(cue);
      else out.set(kind, [cue]);
    }
  }
  return out;
}

/** The last cue of a list ending at or before token `before` and starting at or after `from`. */
export function lastCueBetween(cues: Cue[] | undefined, from: number, before: number): Cue | undefined {
  if (!cues) return undefined;
  let found: Cue | undefined;
  for (const c of cues) {
    if (c.tokStart >= before) break;
    if (c.tokStart >= from && c.tokEnd <= before) found = c;
  }
  return found;
}

/** Whether some cue of the list lies inside the token range [from, to). */
export function anyCueIn(cues: Cue[] | undefined, from: number, to: number): boolean {
  return !!cues?.some((c) => c.tokStart >= from && c.tokEnd <= to);
}

/** The cues of each kind that lie inside the token range [from, to) (binary search; lists stay sorted). */
export function cuesWithin(cues: Map<string, Cue[]>, from: number, to: number): Map<string, Cue[]> {
  const out = new Map<string, Cue[]>();
  for (const [kind, list] of cues) {
    const a = firstAtOrAfter(list, from);
    const b = firstAtOrAfter(list, to);
    if (b > a) out.set(kind, list.slice(a, b));
  }
  return out;
}

/** Index of the first cue starting at or after token i. */
function firstAtOrAfter(list: Cue[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].tokStart < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
