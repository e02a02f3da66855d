import { normalizeForMatch, toOriginalSpan, normalizeKey, type NormalizedView } from '../3-segment/normalize.js';
import { loadLexicon, variants } from '../lexicon/load.js';
import { PhraseIndex, stems, tokenize, type Token } from './match.js';

/** A place named in a text, with the state it lies in. */
export interface PlaceMention {
  start: number;
  end: number;
  surface: string;
  countryIso3: string | null;
}

interface PlaceIndex {
  index: PhraseIndex<string | null>;
  descriptors: Set<string>;
}

let cache: PlaceIndex | null = null;

/** Builds (once) the index of lexicons/places.tsv and the descriptor words of place-descriptors.tsv. */
function placeIndex(): PlaceIndex {
  if (cache) return cache;
  const index = new PhraseIndex<string | null>();
  for (const r of loadLexicon('places')) {
    for (const v of variants(r.names_ar)) index.add(v, r.country_iso3 || null);
  }
  const descriptors = new Set<string>();
  for (const r of loadLexicon('place-descriptors')) for (const v of variants(r.descriptors_ar)) descriptors.add(normalizeKey(v));
  cache = { index, descriptors };
  return cache;
}

/**
 * Places named in a text (countries, regions, capitals, cities), with a heading descriptor kept
 * in the span: "في إقليم قره باغ" → {surface: "إقليم قره باغ", countryIso3: "AZE"}. UTF-16 offsets.
 */
export function findPlaces(text: string): PlaceMention[] {
  const view = normalizeForMatch(text);
  return findPlacesInView(text, view, tokenize(view.text));
}

/** findPlaces over a text already normalized and tokenized (saves a pass when the caller has them). */
export function findPlacesInView(text: string, view: NormalizedView, tokens: Token[]): PlaceMention[] {
  const { index, descriptors } = placeIndex();
  const out: PlaceMention[] = [];
  for (const m of index.findAll(tokens)) {
    let start = m.start;
    const prev = tokens[m.tokStart - 1];
    // the descriptor must touch the name (only a space between) to belong to it
    if (prev && m.start === tokens[m.tokStart].start && /^\s+$/.test(view.text.slice(prev.end, m.start))) {
      const d = stems(prev.text).find((s) => descriptors.has(s.stem));
      if (d) start = prev.start + d.skip;
    }
    const [s, e] = toOriginalSpan(view, start, m.end);
    out.push({ start: s, end: e, surface: text.slice(s, e), countryIso3: m.value });
  }
  return out;
}
