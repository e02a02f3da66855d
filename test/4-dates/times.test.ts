import { describe, expect, it } from 'vitest';
import { applyDayPart } from '../../etl/4-dates/times.js';
import { findDates } from '../../etl/4-dates/index.js';

describe('times', () => {
  it('applies parts of the day to hours', () => {
    expect(applyDayPart(8, 'pm')).toBe(20);
    expect(applyDayPart(12, 'am')).toBe(0);
    expect(applyDayPart(12, 'noon')).toBe(12);
    expect(applyDayPart(3, 'noon')).toBe(15);
    expect(applyDayPart(11, 'night')).toBe(23);
    expect(applyDayPart(2, 'night')).toBe(2);
  });
  it('reads clock times and hour words', () => {
    const v = (t: string) => findDates(t, { anchor: null }).map((m) => m.value);
    expect(v('عند 20:36')).toEqual(['T20:36']);
    expect(v('الساعة الثامنة إلا ربعا مساء')).toEqual(['T19:45']);
    expect(v('الساعة 25')).toEqual([]);
    expect(v('بنسبة 3.5')).toEqual([]);
  });
});
