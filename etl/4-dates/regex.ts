/**
 * Building blocks for the date rules. Every rule runs on the normalized matching view
 * (etl/3-segment/normalize.ts), so lexicon variants are normalized the same way before they
 * become alternations here.
 */
import { normalizeKey } from '../3-segment/normalize.js';

/** One or more blanks inside an expression (never a line break: expressions stay on one line). */
export const S = '[ \\t]+';
/** Optional blanks. */
export const SO = '[ \\t]*';
/**
 * A letter or digit of the normalized view (Arabic, Persian, Latin), by code point: this runs
 * several times per match, where a Unicode-property regex test costs ten times more.
 */
function isWordCode(c: number): boolean {
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x066e && c <= 0x06d3)
    || (c >= 0x06d5 && c <= 0x06ff) || (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
    || (c >= 0x00c0 && c <= 0x024f) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfefc);
}
const WORD_CHAR = { test: (ch: string): boolean => isWordCode(ch.charCodeAt(0)) };
const NUMBER_GLUE = /[0-9.:/\u0660-\u0669\u06f0-\u06f9]/;
/** Prefixes written attached to a word: و، ف (and) then ب، ل، ك، لل (in, to, like, to the). */
const CLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'لل', 'وب', 'ول', 'وك', 'ولل', 'فب', 'فل', 'فك', 'فلل'];

/**
 * True when an expression may start at index i: a number not inside another number, decimal,
 * clock time or numeric date; a word at a word start or after attached clitics ("والأحد"،
 * "بالأمس"، "للعام"). Checked in code rather than by a leading lookbehind, which would stop the
 * regex engine from skipping ahead to the pattern's first letters (four times slower).
 */
export function startsExpression(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return !NUMBER_GLUE.test(text[i - 1]);
  if (!WORD_CHAR.test(text[i - 1]) || !WORD_CHAR.test(text[i])) return true;
  for (const cl of CLITICS) {
    if (text.endsWith(cl, i) && (i === cl.length || !WORD_CHAR.test(text[i - cl.length - 1]))) return true;
  }
  return false;
}

/**
 * Letters and digits of the normalized view as a plain character class. Rules avoid Unicode
 * property escapes so they compile without the `u` flag, which makes V8 scan big alternations
 * several times faster.
 */
export const WORD = '\\u0620-\\u064A\\u0660-\\u0669\\u066E-\\u06D3\\u06D5-\\u06FF\\u0750-\\u077F\\uFB50-\\uFEFC0-9a-zA-Z\\u00C0-\\u024F';
/** A letter (no digit) of the normalized view, as a plain character class. */
export const LETTER = '\\u0620-\\u064A\\u066E-\\u06D3\\u06D5-\\u06EF\\u06FA-\\u06FF\\u0750-\\u077F\\uFB50-\\uFEFC\\u00C0-\\u024Fa-zA-Z';
/** The word ends here. */
export const WE = `(?![${WORD}])`;


const SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

/** Escapes a normalized variant and lets its inner spaces match any run of blanks. */
function escapeVariant(v: string): string {
  return v.replace(SPECIAL, '\\$&').replace(/ /g, S);
}

/**
 * Turns lexicon variants into a non-capturing alternation, longest first so that
 * "تشرين الاول" wins over a shorter variant sharing its start.
 */
export function alternation(variants: Iterable<string>): string {
  const keys = [...new Set([...variants].map(normalizeKey).filter(Boolean))];
  keys.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${keys.map(escapeVariant).join('|')})`;
}

/** Collapses the blanks of a matched piece so it can be looked up in a lexicon map. */
export function keyOf(matched: string): string {
  return /[ \t]/.test(matched) ? matched.replace(/[ \t]+/g, ' ').trim() : matched;
}

/**
 * The word ending right before index i (blanks skipped), with its start, or null at a line start
 * or after punctuation. Cheaper than a look-back regex for one-word prefixes.
 */
export function wordBefore(text: string, i: number): { word: string; start: number } | null {
  let e = i;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  let s = e;
  while (s > 0 && WORD_CHAR.test(text[s - 1])) s--;
  return s < e && e < i ? { word: text.slice(s, e), start: s } : null;
}

/** Compiles a rule pattern: global, without the `u` flag (see WORD). */
export function compile(source: string): RegExp {
  return new RegExp(source, 'g');
}
