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

// One entry per UTF-16 code unit: -1 dropped, -2 expands to several chars, else the folded unit.
let TABLE: Int32Array | null = null;

function foldTable(): Int32Array {
  if (TABLE) return TABLE;
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) { t[c] = c; continue; } // surrogate halves pass through
    const ch = String.fromCharCode(c);
    if (DROP.test(ch)) { t[c] = -1; continue; }
    const f = foldChar(ch).toLowerCase();
    t[c] = f.length === 1 ? f.charCodeAt(0) : -2;
  }
  TABLE = t;
  return t;
}

// Several stages normalize the same body; the last few views are kept and reused.
const recent: Array<{ input: string; view: NormalizedView }> = [];
const RECENT_MAX = 8;

/**
 * Builds the matching view: drops diacritics and tatweel, folds alef/hamza/ya/ta-marbuta
 * variants, maps Arabic-Indic and Persian digits to ASCII, and lower-cases Latin.
 * @example normalizeForMatch('أكّد').text === 'اكد'
 */
export function normalizeForMatch(original: string): NormalizedView {
  for (const r of recent) if (r.input === original) return r.view;
  const t = foldTable();
  const n = original.length;
  let out = new Uint16Array(n);
  let map = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const f = t[original.charCodeAt(i)];
    if (f === -1) continue;
    if (f === -2) {
      const folded = foldChar(original[i]).toLowerCase();
      if (k + folded.length > out.length) {
        const grow = (k + folded.length) * 2;
        const o2 = new Uint16Array(grow); o2.set(out); out = o2;
        const m2 = new Int32Array(grow + 1); m2.set(map); map = m2;
      }
      for (let j = 0; j < folded.length; j++) { out[k] = folded.charCodeAt(j); map[k++] = i; }
      continue;
    }
    if (k >= out.length) {
      const grow = k * 2 + 16;
      const o2 = new Uint16Array(grow); o2.set(out); out = o2;
      const m2 = new Int32Array(grow + 1); m2.set(map); map = m2;
    }
    out[k] = f;
    map[k++] = i;
  }
  map[k] = n;
  const view: NormalizedView = { text: decodeUnits(out, k), map: map.slice(0, k + 1) };
  if (n >= 64) {
    recent.unshift({ input: original, view });
    if (recent.length > RECENT_MAX) recent.pop();
  }
  return view;
}

/** Turns the first `len` code units into a string, in chunks that stay within argument limits. */
function decodeUnits(units: Uint16Array, len: number): string {
  if (len <= 8192) return String.fromCharCode(...units.subarray(0, len));
  let s = '';
  for (let i = 0; i < len; i += 8192) s += String.fromCharCode(...units.subarray(i, Math.min(len, i + 8192)));
  return s;
}

// Stages normalize the same short strings (tokens, names, lines) again and again.
const keyCache = new Map<string, string>();
const KEY_CACHE_MAX = 100_000;

/** Normalizes a lexicon entry or query string the same way as the text (no map needed). */
export function normalizeKey(s: string): string {
  const hit = keyCache.get(s);
  if (hit !== undefined) return hit;
  const t = foldTable();
  const units: number[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const f = t[s.charCodeAt(i)];
    if (f === -1) continue;
    if (f === -2) {
      const folded = foldChar(s[i]).toLowerCase();
      for (let j = 0; j < folded.length; j++) units.push(folded.charCodeAt(j));
      space = false;
      continue;
    }
    // Collapse runs of whitespace to one space; leading/trailing trimmed below.
    const ws = f === 32 || f === 9 || f === 10 || f === 13 || f === 12 || f === 11 || f === 0x2028 || f === 0x2029 || f === 0x3000 || f === 0x1680 || (f >= 0x2000 && f <= 0x200a) || f === 0x205f;
    if (ws) {
      if (!space && units.length) units.push(32);
      space = true;
      continue;
    }
    space = false;
    units.push(f);
  }
  if (units.length && units[units.length - 1] === 32) units.pop();
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.slice(i, i + 8192));
  if (s.length <= 200) {
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
    keyCache.set(s, out);
  }
  return out;
}

/** Maps a half-open span on the view back to a half-open span on the original text. */
export function toOriginalSpan(view: NormalizedView, start: number, end: number): [number, number] {
  const s = view.map[start];
  // end is exclusive: take the original index after the last kept char
  const e = end > start ? view.map[end - 1] + 1 : s;
  return [s, e];
}
