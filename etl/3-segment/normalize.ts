/**
 * A normalized view of Arabic text for matching, with a map back to the author's text.
 * Matching runs on `text`; every index into it maps back through `map` to a UTF-16 index
 * into the original, so spans found on the view always point into the unmodified body.
 */
export interface NormalizedView {
  /** the normalized text */
  text: string;
  /** map[i] = UTF-16 index in the original of normalized char i; map[text.length] = original length */
  map: Int32Array;
}

// Harakat, Quranic marks, superscript alef and tatweel carry no matching information.
const DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ئ': 'ي',
  'ؤ': 'و',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ھ': 'ه', 'ہ': 'ه', 'ۃ': 'ه',
  'ک': 'ك', 'ڪ': 'ك',
  'ﻻ': 'لا', 'ﻷ': 'لا', 'ﻹ': 'لا', 'ﻵ': 'لا',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ',
  '،': ',', '؛': ';', '؟': '?',
};

/** Folds one code point: digits to ASCII, letter variants to their base letter. */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48); // Arabic-Indic
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48); // Persian
  return FOLD[ch] ?? ch;
}

/**
 * Builds the matching view: drops diacritics and tatweel, folds alef/hamza/ya/ta-marbuta
 * variants, maps Arabic-Indic and Persian digits to ASCII, and lower-cases Latin.
 * @example normalizeForMatch('أكّد').text === 'اكد'
 */
export function normalizeForMatch(original: string): NormalizedView {
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    if (DROP.test(ch)) continue;
    const folded = foldChar(ch).toLowerCase();
    for (let k = 0; k < folded.length; k++) {
      out.push(folded[k]);
      map.push(i);
    }
  }
  map.push(original.length);
  return { text: out.join(''), map: Int32Array.from(map) };
}

/** Normalizes a lexicon entry or query string the same way as the text (no map needed). */
export function normalizeKey(s: string): string {
  return normalizeForMatch(s).text.replace(/\s+/g, ' ').trim();
}

/** Maps a half-open span on the view back to a half-open span on the original text. */
export function toOriginalSpan(view: NormalizedView, start: number, end: number): [number, number] {
  const s = view.map[start];
  // end is exclusive: take the original index after the last kept char
  const e = end > start ? view.map[end - 1] + 1 : s;
  return [s, e];
}
