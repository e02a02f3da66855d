import { describe, expect, it } from 'vitest';
import { calendarDayOf, epochDayOfCalendarDay } from '../../etl/4-dates/calendar-search.js';

describe('calendar search', () => {
  it('reads an epoch day in an ICU calendar', () => {
    expect(calendarDayOf('islamic-umalqura', 18536)).toEqual({ y: 1442, m: 2, d: 14 }); // 2020-10-01
    expect(calendarDayOf('persian', 18536)).toEqual({ y: 1399, m: 7, d: 10 });
  });
  it('inverts it exactly by search, and refuses dates that do not exist', () => {
    expect(epochDayOfCalendarDay('persian', { y: 1399, m: 7, d: 10 }, 0, 40000)).toBe(18536);
    expect(epochDayOfCalendarDay('persian', { y: 1399, m: 7, d: 31 }, 0, 40000)).toBeNull();
  });
});
