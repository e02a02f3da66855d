import { describe, expect, test } from 'vitest';
import { findSaidOn } from '../../etl/6-quotes/said-on.js';
import { dateIn } from './helpers.js';

describe('findSaidOn', () => {
  const body = 'وقال الوزير أمس إن الانتخابات في 12 أيار.';
  const dates = [dateIn(body, 'أمس', '2024-03-06'), dateIn(body, '12 أيار', '2024-05-12')];

  test('the first date inside the window', () => {
    expect(findSaidOn(dates, 0, body.indexOf('إن'))).toEqual({ saidOn: '2024-03-06', saidOnPrecision: 'day' });
  });

  test('dates outside the window are ignored', () => {
    expect(findSaidOn(dates.slice(1), 0, body.indexOf('إن'))).toBeNull();
  });

  test('a time of day still gives the day', () => {
    const d = { ...dates[0], kind: 'datetime' as const, precision: 'minute' as const };
    expect(findSaidOn([d], 0, body.length)).toEqual({ saidOn: '2024-03-06', saidOnPrecision: 'day' });
  });

  test('a duration is not a day', () => {
    const d = { ...dates[0], kind: 'duration' as const, date: null };
    expect(findSaidOn([d], 0, body.length)).toBeNull();
  });
});
