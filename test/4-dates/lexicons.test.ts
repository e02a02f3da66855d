import { describe, expect, it } from 'vitest';
import { dateLexicon } from '../../etl/4-dates/lexicons.js';

describe('date lexicons', () => {
  it('index month names of every family under their normalized form', () => {
    const L = dateLexicon();
    for (const [name, month] of [['اكتوبر', 10], ['تشرين الاول', 10], ['شتنبر', 9], ['جويليه', 7], ['كانون الثاني', 1]] as const) {
      expect(L.months.get(name)?.[0]).toMatchObject({ calendar: 'gregorian', month });
    }
    expect(L.months.get('ذي الحجه')?.[0]).toMatchObject({ calendar: 'hijri', month: 12 });
    expect(L.months.get('شهريور')?.[0]).toMatchObject({ calendar: 'solar_hijri', month: 6 });
    expect(L.months.get('اذر')?.map((r) => r.calendar)).toEqual(['gregorian', 'solar_hijri']);
  });
  it('index weekdays, zones and date words', () => {
    const L = dateLexicon();
    expect(L.weekdays.get('الاثنين')).toBe(1);
    expect(L.zones.get('طهران')).toBe('Asia/Tehran');
    expect(L.words('relday').map.get('اول من امس')).toBe('-2');
  });
});
