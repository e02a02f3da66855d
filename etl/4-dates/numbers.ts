/** Cardinal numbers written in digits or in Arabic words (ثلاثة، خمسة عشر، خمسة وعشرين). */
import { normalizeKey } from '../3-segment/normalize.js';
import { dateLexicon, lookup } from './lexicons.js';
import { S, SO, WE } from './regex.js';

let source: string | null = null;

/** The pattern of a number in words: a unit, an optional عشر (teens), an optional "و" + tens. */
export function numberWordsSource(): string {
  if (source) return source;
  const L = dateLexicon();
  const w = L.words('number').alt;
  const teen = L.words('number-teen').alt;
  source = `(?:${w}(?:${S}${teen})?(?:${S}و${SO}${w})?)${WE}`;
  return source;
}

/**
 * The value of a number written in digits or words, or null when it is not one.
 * @example parseNumber('خمسة وعشرين') // 25
 */
export function parseNumber(text: string): number | null {
  const t = normalizeKey(text);
  if (/^\d+$/.test(t)) return Number(t);
  const L = dateLexicon();
  const direct = lookup(L.words('number'), t);
  if (direct !== undefined) return Number(direct);
  let total = 0;
  // "خمسة عشر" = 5 + 10; "خمسة وعشرين" = 5 + 20; "مئة وخمسين" = 100 + 50.
  for (const part of t.split(/[ \t]+و[ \t]*|[ \t]+/)) {
    if (!part) continue;
    const v = lookup(L.words('number'), part);
    if (v === undefined) return null;
    total += Number(v);
  }
  return total || null;
}
