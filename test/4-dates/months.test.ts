import { describe, expect, it } from 'vitest';
import { eraCalendar, monthRules } from '../../etl/4-dates/months.js';
import { normalizeForMatch } from '../../etl/3-segment/normalize.js';

function atoms(text: string) {
  const t = normalizeForMatch(text).text;
  return monthRules().flatMap((r) => [...t.matchAll(r.re)].map((m) => r.build(m))).filter(Boolean);
}

describe('month rules', () => {
  it('reads era marks', () => {
    expect(eraCalendar('ه')).toBe('hijri');
    expect(eraCalendar('ء')).toBe('gregorian');
    expect(eraCalendar('ه.ش')).toBe('solar_hijri');
  });
  it('chooses the calendar of آذر by its year', () => {
    expect(atoms('آذر 1399')[0]).toMatchObject({ calendar: 'solar_hijri', m: 9 });
    expect(atoms('آذر 2020')[0]).toMatchObject({ calendar: 'gregorian', m: 3 });
  });
  it('needs a year for month names that are also common words', () => {
    expect(atoms('14 صفر')).toEqual([]);
    expect(atoms('14 صفر 1442')[0]).toMatchObject({ calendar: 'hijri', y: 1442, m: 2, d: 14 });
    expect(atoms('10 مهر')).toEqual([]);
  });
  it('notes doubled month names that disagree', () => {
    expect(atoms('5 أيلول/أكتوبر 2020')[0]).toMatchObject({ m: 9, note: expect.stringMatching(/different months/) });
  });
});
