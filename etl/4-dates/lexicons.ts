/**
 * The date engine's lexicons (lexicons/*.tsv), indexed once: normalized variant → meaning,
 * plus the alternations the rules are compiled from.
 */
import type { Calendar } from '../types.js';
import { normalizeKey } from '../3-segment/normalize.js';
import { loadLexicon, variants } from '../lexicon/load.js';
import { alternation } from './regex.js';

/** What must stand next to a month name before it counts as a date. */
export type MonthNeeds = '' | 'day' | 'year';

/** One reading of a month name. */
export interface MonthReading {
  calendar: Calendar;
  month: number;
  needs: MonthNeeds;
}

/** A variant table of one lexicon kind: normalized variant → value, with its alternation. */
export interface WordTable {
  map: Map<string, string>;
  alt: string;
}

/** Everything the rules read from the lexicon files. */
export interface DateLexicon {
  months: Map<string, MonthReading[]>;
  monthAlt: string;
  weekdays: Map<string, number>;
  weekdayAlt: string;
  zones: Map<string, string>;
  zoneAlt: string;
  words: (kind: string) => WordTable;
}

const MONTH_FILES: [string, Calendar][] = [
  ['gregorian-months', 'gregorian'],
  ['hijri-months', 'hijri'],
  ['solar-hijri-months', 'solar_hijri'],
];

let cached: DateLexicon | null = null;

/** Builds a variant table from rows: `keyCol` holds the value, `variantsCol` the `|`-separated forms. */
function table(rows: Record<string, string>[], keyCol: string, variantsCol: string): WordTable {
  const map = new Map<string, string>();
  for (const row of rows) {
    for (const v of variants(row[variantsCol])) {
      const k = normalizeKey(v);
      if (!map.has(k)) map.set(k, row[keyCol]);
    }
  }
  return { map, alt: alternation(map.keys()) };
}

/** Loads and indexes the date lexicons on first use. */
export function dateLexicon(): DateLexicon {
  if (cached) return cached;
  const months = new Map<string, MonthReading[]>();
  for (const [file, calendar] of MONTH_FILES) {
    for (const row of loadLexicon(file)) {
      const month = Number(row.month);
      const needs = (row.needs ?? '') as MonthNeeds;
      if (!(month >= 1 && month <= 12) || !['', 'day', 'year'].includes(needs)) {
        throw new Error(`dates: bad row in ${file}.tsv: month "${row.month}", needs "${row.needs}"`);
      }
      for (const v of variants(row.variants)) {
        const k = normalizeKey(v);
        const list = months.get(k) ?? [];
        if (!list.some((r) => r.calendar === calendar && r.month === month)) list.push({ calendar, month, needs });
        months.set(k, list);
      }
    }
  }
  const weekdayTable = table(loadLexicon('weekdays'), 'iso', 'variants');
  const zoneTable = table(loadLexicon('time-zones'), 'zone', 'variants');
  const wordRows = loadLexicon('date-words');
  const kinds = new Map<string, WordTable>();
  cached = {
    months,
    monthAlt: alternation(months.keys()),
    weekdays: new Map([...weekdayTable.map].map(([k, v]) => [k, Number(v)])),
    weekdayAlt: weekdayTable.alt,
    zones: zoneTable.map,
    zoneAlt: zoneTable.alt,
    words(kind: string): WordTable {
      let t = kinds.get(kind);
      if (!t) {
        const rows = wordRows.filter((r) => r.kind === kind);
        if (!rows.length) throw new Error(`dates: date-words.tsv has no rows of kind "${kind}"`);
        t = table(rows, 'value', 'variants');
        kinds.set(kind, t);
      }
      return t;
    },
  };
  return cached;
}

/** Looks a matched piece up in a word table (blanks collapsed). */
export function lookup(t: WordTable, matched: string): string | undefined {
  return t.map.get(/[ \t]/.test(matched) ? matched.replace(/[ \t]+/g, ' ').trim() : matched);
}
