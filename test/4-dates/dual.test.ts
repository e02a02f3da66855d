import { describe, expect, it } from 'vitest';
import { findDates } from '../../etl/4-dates/index.js';

describe('dual datelines', () => {
  it('leaves agreeing halves alone', () => {
    const ms = findDates('الخميس 14 صفر 1442 هـ الموافق 1 أكتوبر 2020 م', { anchor: null });
    expect(ms.map((m) => [m.calendar, m.date, m.conflict ?? null])).toEqual([['hijri', '2020-10-01', null], ['gregorian', '2020-10-01', null]]);
  });
  it('marks disagreeing halves on both sides', () => {
    const ms = findDates('14 صفر 1442 هـ الموافق لـ 3 أكتوبر 2020', { anchor: null });
    expect(ms).toHaveLength(2);
    expect(ms[0].conflict).toMatch(/disagrees/);
    expect(ms[1].conflict).toBe(ms[0].conflict);
  });
  it('does not link dates far apart', () => {
    const ms = findDates('14 صفر 1442 هـ وقال الوزير إن 3 أكتوبر 2020', { anchor: null });
    expect(ms.every((m) => !m.conflict)).toBe(true);
  });
});
