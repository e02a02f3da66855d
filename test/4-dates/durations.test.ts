import { describe, expect, it } from 'vitest';
import { isoDuration, parseAmounts, resolveOffset } from '../../etl/4-dates/durations.js';

describe('durations', () => {
  it('reads amounts in digits, words, duals and plurals', () => {
    expect(parseAmounts('3 سنوات 6 اشهر')).toEqual([{ n: 3, unit: 'Y' }, { n: 6, unit: 'M' }]);
    expect(parseAmounts('اسبوعين')).toEqual([{ n: 2, unit: 'W' }]);
    expect(parseAmounts('ثلاثه ايام')).toEqual([{ n: 3, unit: 'D' }]);
    expect(parseAmounts('سنوات')).toEqual([{ n: null, unit: 'Y' }]);
  });
  it('writes ISO 8601 durations', () => {
    expect(isoDuration([{ n: 2, unit: 'W' }])).toBe('P2W');
    expect(isoDuration([{ n: 3, unit: 'Y' }, { n: 6, unit: 'M' }])).toBe('P3Y6M');
    expect(isoDuration([{ n: 1, unit: 'W' }, { n: 2, unit: 'D' }])).toBe('P9D');
    expect(isoDuration([{ n: 24, unit: 'H' }])).toBe('PT24H');
    expect(isoDuration([{ n: 2, unit: 'E' }])).toBe('P20Y');
    expect(isoDuration([{ n: null, unit: 'D' }])).toBe('PXD');
  });
  it('resolves offsets from the anchor', () => {
    expect(resolveOffset(-1, [{ n: 3, unit: 'D' }], '2020-10-07').date).toBe('2020-10-04');
    expect(resolveOffset(1, [{ n: 1, unit: 'W' }], '2020-10-07').date).toBe('2020-10-14');
    expect(resolveOffset(-1, [{ n: 2, unit: 'M' }], '2020-10-07').value).toBe('2020-08');
    expect(resolveOffset(-1, [{ n: 2, unit: 'H' }], '2020-10-07').value).toBeNull();
    expect(resolveOffset(-1, [{ n: 3, unit: 'D' }], null).value).toBeNull();
  });
});
