import { describe, expect, it } from 'vitest';
import type { DateAtom } from '../../etl/4-dates/atoms.js';
import { resolveCalendarDate } from '../../etl/4-dates/calendar-date.js';

const atom = (a: Partial<DateAtom>): DateAtom => ({ type: 'date', start: 0, end: 0, calendar: 'gregorian', y: null, m: null, d: null, rel: null, note: null, ...a });

describe('resolveCalendarDate', () => {
  it('converts Hijri days to Gregorian and keeps the original value', () => {
    expect(resolveCalendarDate(atom({ calendar: 'hijri', y: 1442, m: 2, d: 14 }), null))
      .toMatchObject({ originalValue: '1442-02-14', value: '2020-10-01', date: '2020-10-01', precision: 'day' });
  });
  it('gives Hijri months and years no Gregorian value', () => {
    expect(resolveCalendarDate(atom({ calendar: 'hijri', y: 1442, m: 9 }), null)).toMatchObject({ originalValue: '1442-09', value: null, precision: 'month' });
    expect(resolveCalendarDate(atom({ calendar: 'hijri', y: 1442 }), null)).toMatchObject({ originalValue: '1442', value: null, precision: 'year' });
  });
  it('takes the year of a year-less day from the anchor', () => {
    const a = atom({ m: 9, d: 27 });
    expect(resolveCalendarDate({ ...a, rel: 'past' }, '2020-09-27').date).toBe('2019-09-27');
    expect(resolveCalendarDate({ ...a, rel: 'past' }, '2020-09-28').date).toBe('2020-09-27');
    expect(resolveCalendarDate({ ...a, rel: 'next' }, '2020-09-28').date).toBe('2021-09-27');
    expect(resolveCalendarDate({ ...a, rel: 'current' }, '2020-01-05').date).toBe('2020-09-27');
    expect(resolveCalendarDate(a, '2020-10-07').date).toBe('2020-09-27');
    expect(resolveCalendarDate(a, null)).toMatchObject({ value: 'XXXX-09-27', date: null, precision: 'unknown' });
  });
  it('keeps impossible days with a null value', () => {
    expect(resolveCalendarDate(atom({ y: 2021, m: 2, d: 29 }), null)).toMatchObject({ value: null, precision: 'unknown' });
  });
});
