/**
 * One quick pass over a text telling which families of words it holds (digits, month names,
 * weekdays …). Rules run only when their family is present: most sentences hold no date, and
 * one pass over the text is far cheaper than a pass per rule.
 */
import { dateLexicon } from './lexicons.js';
import { alternation } from './regex.js';

/** The families of trigger words; words shared by two families (عام: a unit and a year word) share one. */
export interface Present {
  digit: boolean;
  colon: boolean;
  month: boolean;
  relday: boolean;
  weekday: boolean;
  /** duration units, year words, الأسبوع/الشهر/العام, الساعة */
  unit: boolean;
  zone: boolean;
}

/** The word families, found by one regex; digits and colons are found by a character scan. */
const FAMILIES: ('month' | 'relday' | 'weekday' | 'unit' | 'zone')[] = ['month', 'relday', 'weekday', 'unit', 'zone'];
let trigger: RegExp | null = null;

function triggerRegex(): RegExp {
  if (trigger) return trigger;
  const L = dateLexicon();
  const unitWords = ['unit-sg', 'unit-du', 'unit-pl', 'year-word', 'period-unit'].flatMap((k) => [...L.words(k).map.keys()]);
  const sources: Record<(typeof FAMILIES)[number], string> = {
    month: L.monthAlt,
    relday: L.words('relday').alt,
    weekday: L.weekdayAlt,
    unit: alternation([...unitWords, 'ساعه']),
    zone: '(?:توقيت|gmt|utc|ت\\.)',
  };
  trigger = new RegExp(FAMILIES.map((f) => `(?<${f}>${sources[f]})`).join('|'), 'g');
  return trigger;
}

/** Which trigger families occur in a normalized text. */
export function presentFamilies(text: string): Present {
  const p: Present = { digit: false, colon: false, month: false, relday: false, weekday: false, unit: false, zone: false };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) p.digit = true;
    else if (c === 58) p.colon = true;
  }
  const re = triggerRegex();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups!;
    for (const f of FAMILIES) if (g[f] !== undefined) { p[f] = true; break; }
  }
  return p;
}
