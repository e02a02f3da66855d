import { normalizeKey } from '../3-segment/normalize.js';
import { loadLexicon, variants } from '../lexicon/load.js';

/** A casualty figure found in normalized text: which count, its value and where it stands. */
export interface CountHit {
  field: 'killed' | 'wounded' | 'casualties';
  value: number;
  /** index in the text the patterns ran on */
  at: number;
}

interface CountPatterns {
  patterns: { field: CountHit['field']; re: RegExp }[];
  words: Map<string, number>;
  multipliers: Map<string, number>;
}

let cache: CountPatterns | null = null;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles (once) the count patterns with the number words of lexicons/number-words.tsv. */
function patterns(): CountPatterns {
  if (cache) return cache;
  const words = new Map<string, number>();
  const multipliers = new Map<string, number>();
  for (const r of loadLexicon('number-words')) {
    for (const w of variants(r.words)) (r.multiplier === 'y' ? multipliers : words).set(normalizeKey(w), Number(r.value));
  }
  const alt = (m: Map<string, number>): string => [...m.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // A number: digits (separators allowed) or a number word, optionally times ألف/آلاف/مليون.
  // number words must end the word: عشر is not the start of عشرات (a vague quantity, left empty)
  const num = `(\\d[\\d,٬.]*|(?:${alt(words)}|${alt(multipliers)})(?![\\p{L}]))(?:\\s+(${alt(multipliers)})(?![\\p{L}]))?`;
  const pre = `(?<![\\p{L}\\p{N}])[وب]?(?:(?:اكثر|اقل) من\\s+|نحو\\s+|حوالي\\s+|قرابه\\s+|ما لا يقل عن\\s+)?`;
  const p = (field: CountHit['field'], src: string) => ({ field, re: new RegExp(src, 'gu') });
  const killedNoun = '(?:قتلي|قتيلا|قتيل|قتلا|شهيدا|شهداء|شهيد|اشخاص لقوا حتفهم)';
  const woundedNoun = '(?:جرحي|جريحا|جريح|مصابين|مصابا|مصاب|اصابات)';
  const kill = '(?:مقتل|قتل|استشهاد|مصرع|وفاه)';
  const wound = '(?:اصابه|جرح|اصابات|جرحي|اصيب|اصيبت|اصيبوا|جرح)';
  cache = {
    words,
    multipliers,
    patterns: [
      p('casualties', `${kill}\\s+و\\s*${wound}\\s+${pre}${num}`),
      p('casualties', `${pre}${num}\\s+(?:\\S+\\s+)?(?:بين\\s+)?(?:قتيل|قتلي)\\s+و\\s*(?:جريح|جرحي|مصاب)`),
      p('killed', `${pre}${num}\\s+(?:\\S+\\s+)?${killedNoun}(?![\\p{L}])`),
      p('killed', `${kill}\\s+${pre}${num}`),
      p('wounded', `${pre}${num}\\s+(?:\\S+\\s+)?${woundedNoun}(?![\\p{L}])`),
      p('wounded', `${wound}\\s+${pre}${num}`),
    ],
  };
  return cache;
}

/** Reads a number as written (2,700 / 2700 / ثلاثة / 3 آلاف); null when it is not a count. */
export function parseCount(numText: string, multText: string | undefined): number | null {
  const { words, multipliers } = patterns();
  let n: number | null;
  if (/^\d/.test(numText)) {
    const t = numText.replace(/[.,٬]+$/, '');
    const grouped = /^\d{1,3}([.,٬]\d{3})+$/.test(t);
    n = grouped ? Number(t.replace(/[.,٬]/g, '')) : Math.floor(Number(t.replace(/[,٬]/g, '')));
  } else {
    n = words.get(numText) ?? multipliers.get(numText) ?? null;
  }
  if (n === null || !Number.isFinite(n)) return null;
  if (multText) n *= multipliers.get(multText) ?? 1;
  return n;
}

/**
 * Casualty counts stated in a normalized text: "3 قتلي و5 جرحي", "مقتل 5", "اصابه 12",
 * "مقتل وجرح 2700" (casualties: a combined figure). A span already read as one count is not re-read.
 * @example findCounts('اسفر عن 3 قتلي و5 جرحي') → killed 3, wounded 5
 */
export function findCounts(text: string): CountHit[] {
  const out: CountHit[] = [];
  const taken: [number, number][] = [];
  for (const { field, re } of patterns().patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && a < e)) continue;
      const value = parseCount(m[1], m[2]);
      if (value === null) continue;
      taken.push([s, e]);
      out.push({ field, value, at: s });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}
