import { normalizeKey } from '../3-segment/normalize.js';

/** A word or a single punctuation mark of the body, with its UTF-16 span and matching key. */
export interface Token {
  start: number;
  end: number;
  raw: string;
  /** normalized key (hamza/alef folded, diacritics and tatweel dropped) */
  norm: string;
  /** the word without diacritics and tatweel but with its hamza (إلهام stays apart from الهام) */
  bare: string;
  word: boolean;
}

// Letters, marks (harakat, tatweel) and digits form words; every other non-space is one token.
const TOKEN = /[\p{L}\p{M}\p{N}]+|\S/gu;

/** Splits a body into word and punctuation tokens. */
export function tokenizeBody(body: string): Token[] {
  const out: Token[] = [];
  for (const m of body.matchAll(TOKEN)) {
    const raw = m[0];
    const word = /[\p{L}\p{N}]/u.test(raw);
    const bare = raw.replace(/[\u0610-\u061A\u064B-\u065F\u0670\u0640]/g, '');
    out.push({ start: m.index, end: m.index + raw.length, raw, norm: word ? normalizeKey(raw) : raw, bare, word });
  }
  return out;
}

/** Splits a lexicon entry into its normalized words. */
export function keyWords(entry: string): string[] {
  return normalizeKey(entry).replace(/ـ/g, '').split(' ').filter(Boolean);
}

/** True when the token is one of the comma marks (Arabic or Latin). */
export function isComma(t: Token | undefined): boolean {
  return !!t && (t.raw === '،' || t.raw === ',');
}

/** Finds the index of the first token starting at or after `pos`. */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}
