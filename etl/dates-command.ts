import { findDates } from './4-dates/index.js';
import { codePointIndexer } from './8-rows/offsets.js';

/** One line of `etl dates --json` output. */
export interface DateJson {
  line: number;
  surface: string;
  start: number;
  end: number;
  value: string | null;
  date: string | null;
  precision: string;
  calendar: string;
  kind: string;
}

/** Finds and normalizes the temporal expressions of each line; offsets are code points. */
export function datesOfLines(lines: readonly string[], anchor: string | null): DateJson[] {
  const out: DateJson[] = [];
  lines.forEach((text, i) => {
    const cp = codePointIndexer(text);
    for (const m of findDates(text, { anchor })) {
      out.push({
        line: i + 1,
        surface: m.surface,
        start: cp(m.start),
        end: cp(m.end),
        value: m.value,
        date: m.date,
        precision: m.precision,
        calendar: m.calendar,
        kind: m.kind,
      });
    }
  });
  return out;
}

/** A plain, tab-separated rendering for people: line, surface, value, date, precision. */
export function formatDatesTable(rows: readonly DateJson[]): string {
  return rows.map((r) => [r.line, r.surface, r.value ?? '', r.date ?? '', r.precision, r.calendar, r.kind].join('\t')).join('\n');
}
