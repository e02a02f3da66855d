import { describe, expect, it } from 'vitest';
import { fixedOffsetZone, zoneOffset } from '../../etl/4-dates/zones.js';
import { findDates } from '../../etl/4-dates/index.js';

describe('zones', () => {
  it('maps fixed offsets to IANA Etc zones (sign inverted)', () => {
    expect(fixedOffsetZone('+', 3, 0)).toBe('Etc/GMT-3');
    expect(fixedOffsetZone('-', 5, 0)).toBe('Etc/GMT+5');
    expect(fixedOffsetZone('+', 3, 30)).toBe('UTC+3:30');
    expect(fixedOffsetZone('+', 0, 0)).toBe('UTC');
  });
  it('applies historical offsets and daylight saving time', () => {
    expect(zoneOffset('Asia/Tehran', '2020-09-27', 20, 36)).toBe('+03:30');
    expect(zoneOffset('Asia/Tehran', '2020-06-27', 20, 36)).toBe('+04:30');
    expect(zoneOffset('Asia/Tehran', '2023-06-27', 20, 36)).toBe('+03:30'); // Iran dropped DST in 2022
    expect(zoneOffset('Europe/Istanbul', '2015-01-10', 12, 0)).toBe('+02:00');
    expect(zoneOffset('Europe/Istanbul', '2017-01-10', 12, 0)).toBe('+03:00');
  });
  it('finds zone phrases only after a time', () => {
    expect(findDates('بتوقيت طهران', { anchor: null })).toEqual([]);
    expect(findDates('20:36 بتوقيت طهران', { anchor: null })[0]).toMatchObject({ zone: 'Asia/Tehran', value: 'T20:36' });
    expect(findDates('20:36 بالتوقيت المحلي', { anchor: null })[0]).toMatchObject({ surface: '20:36 بالتوقيت المحلي', zone: null });
  });
});
