import { describe, expect, it } from 'vitest';
import { gregorianToSolarHijri, solarHijriToGregorian } from '../../etl/4-dates/solar-hijri.js';

// Nowruz (1 Farvardin) dates as published in the Iranian calendar.
const NOWRUZ: [number, string][] = [
  [1390, '2011-03-21'], [1395, '2016-03-20'], [1396, '2017-03-21'], [1397, '2018-03-21'],
  [1398, '2019-03-21'], [1399, '2020-03-20'], [1400, '2021-03-21'], [1401, '2022-03-21'],
  [1402, '2023-03-21'], [1403, '2024-03-20'], [1404, '2025-03-21'],
];

describe('solarHijriToGregorian / gregorianToSolarHijri', () => {
  it.each(NOWRUZ)('1 Farvardin %i is %s', (y, iso) => {
    expect(solarHijriToGregorian(y, 1, 1)).toBe(iso);
    expect(gregorianToSolarHijri(iso)).toEqual({ y, m: 1, d: 1 });
  });
  it('knows month lengths (31 × 6, 30 × 5, Esfand 29/30)', () => {
    expect(solarHijriToGregorian(1399, 7, 10)).toBe('2020-10-01');
    expect(solarHijriToGregorian(1399, 6, 31)).toBe('2020-09-21');
    expect(solarHijriToGregorian(1399, 7, 31)).toBeNull();
    expect(solarHijriToGregorian(1399, 12, 30)).toBe('2021-03-20'); // 1399 is a leap year
    expect(solarHijriToGregorian(1400, 12, 30)).toBeNull();
  });
  it('round-trips every day of 1398-1403', () => {
    for (let t = Date.UTC(2019, 2, 21); t < Date.UTC(2025, 2, 21); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const s = gregorianToSolarHijri(iso);
      expect(solarHijriToGregorian(s.y, s.m, s.d)).toBe(iso);
    }
  });
});
