import { describe, expect, it } from 'vitest';
import { resolvePeriod, resolveRelativeDay, resolveWeekday, speaksOfFuture, weekdayOnOrAfter, weekdayOnOrBefore } from '../../etl/4-dates/relative.js';

describe('relative', () => {
  it('steps to weekdays', () => {
    expect(weekdayOnOrBefore('2020-10-07', 3)).toBe('2020-10-07');
    expect(weekdayOnOrBefore('2020-10-07', 3, true)).toBe('2020-09-30');
    expect(weekdayOnOrAfter('2020-10-07', 7)).toBe('2020-10-11');
  });
  it('resolves weekdays with and without direction words', () => {
    expect(resolveWeekday(6, 'past', '2020-10-08', '')).toBe('2020-10-03');
    expect(resolveWeekday(4, 'past', '2020-10-08', '')).toBe('2020-10-01');
    expect(resolveWeekday(4, 'next', '2020-10-08', '')).toBe('2020-10-15');
    expect(resolveWeekday(7, null, '2020-10-08', 'قال الوزير')).toBe('2020-10-04');
    expect(resolveWeekday(7, null, '2020-10-08', 'من المقرر ان يصل الوزير')).toBe('2020-10-11');
  });
  it('checks a weekday named with اليوم / أمس / غدا', () => {
    expect(resolveRelativeDay(0, 3, '2020-10-07')).toBe('2020-10-07');
    expect(resolveRelativeDay(0, 3, '2020-10-08')).toBe('2020-10-07');
    expect(resolveRelativeDay(1, 5, '2020-10-07')).toBe('2020-10-09');
  });
  it('resolves periods', () => {
    expect(resolvePeriod('W', 'past', '2020-10-07').value).toBe('2020-W40');
    expect(resolvePeriod('M', 'current', '2020-10-07')).toMatchObject({ value: '2020-10', precision: 'month' });
    expect(resolvePeriod('Y', 'past', '2020-01-01')).toMatchObject({ value: '2019', precision: 'year' });
    expect(resolvePeriod('Y', 'past', null).value).toBeNull();
  });
  it('reads future cues', () => {
    expect(speaksOfFuture('سوف يجتمع')).toBe(true);
    expect(speaksOfFuture('اجتمع الوزراء')).toBe(false);
  });
});
