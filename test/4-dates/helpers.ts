import { expect } from 'vitest';
import type { DateMention } from '../../etl/types.js';
import { findDates } from '../../etl/4-dates/index.js';

/** One row of a table-driven case: a text, an anchor, and the mentions expected (only the fields given are compared). */
export interface Case {
  text: string;
  anchor: string | null;
  want: Partial<DateMention>[];
}

/** Runs a case: the mentions found must be exactly as many as wanted and agree on every field given. */
export function check(c: Case): void {
  const got = findDates(c.text, { anchor: c.anchor });
  const picked = got.map((m, i) => {
    const w = c.want[i] ?? {};
    return Object.fromEntries(Object.keys(w).map((k) => [k, m[k as keyof DateMention]]));
  });
  expect({ text: c.text, got: picked, n: got.length }).toEqual({ text: c.text, got: c.want, n: c.want.length });
  for (const m of got) expect(c.text.slice(m.start, m.end)).toBe(m.surface);
}

/** A single Gregorian day mention, the most common expectation. */
export const day = (surface: string, iso: string, extra: Partial<DateMention> = {}): Partial<DateMention> => ({
  surface, value: iso, date: iso, precision: 'day', kind: 'date', calendar: 'gregorian', ...extra,
});

/** Days between two ISO days without the engine (for expected values computed by the tests). */
export function isoPlus(iso: string, n: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) without the engine. */
export function isoWeekday(iso: string): number {
  return ((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}
