import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, epochDayOf, isoDay, isoOfEpochDay, isoWeek, weekdayOf } from '../../etl/4-dates/day-math.js';

describe('day-math', () => {
  it('validates days', () => {
    expect(isoDay(2020, 2, 29)).toBe('2020-02-29');
    expect(isoDay(2021, 2, 29)).toBeNull();
    expect(isoDay(2020, 11, 31)).toBeNull();
    expect(isoDay(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDay(1900, 2, 29)).toBeNull();
  });
  it('steps days, months and weeks', () => {
    expect(addDays('2020-10-07', -7)).toBe('2020-09-30');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addMonths('2020-03-31', -1)).toBe('2020-02-29');
    expect(addMonths('2020-01-15', -13)).toBe('2018-12-15');
    expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
  });
  it('agrees with Date on epoch days, including years before 100', () => {
    expect(epochDayOf('1970-01-01')).toBe(0);
    expect(isoOfEpochDay(epochDayOf('0622-07-19'))).toBe('0622-07-19');
    for (const iso of ['1882-11-12', '2020-02-29', '2174-11-26']) {
      expect(epochDayOf(iso) * 86_400_000).toBe(Date.parse(`${iso}T00:00:00Z`));
    }
  });
  it('names weekdays and ISO weeks', () => {
    expect(weekdayOf('2020-09-27')).toBe(7); // Sunday
    expect(weekdayOf('2020-10-07')).toBe(3); // Wednesday
    expect(isoWeek('2020-09-30')).toBe('2020-W40');
    expect(isoWeek('2021-01-01')).toBe('2020-W53');
    expect(isoWeek('2019-12-30')).toBe('2020-W01');
  });
});
