import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../etl/5-actors/index.js';

const places = (t: string) => findPlaces(t).map((p) => [p.surface, p.countryIso3]);

describe('findPlaces', () => {
  it('keeps a heading descriptor and codes Nagorno-Karabakh as Azerbaijan', () => {
    expect(places('في إقليم قره باغ')).toEqual([['إقليم قره باغ', 'AZE']]);
    expect(places('بمنطقة ناغورنو كاراباخ')).toEqual([['منطقة ناغورنو كاراباخ', 'AZE']]);
  });

  it.each([
    ['في إدلب', 'إدلب', 'SYR'],
    ['في قطاع غزة', 'قطاع غزة', 'PSE'],
    ['قرب الحديدة', 'الحديدة', 'YEM'],
    ['في مدينة بنغازي', 'مدينة بنغازي', 'LBY'],
    ['في الفاشر', 'الفاشر', 'SDN'],
    ['في دونيتسك', 'دونيتسك', 'UKR'],
    ['في شبه جزيرة القرم', 'شبه جزيرة القرم', 'UKR'],
    ['وفي ستيباناكيرت', 'ستيباناكيرت', 'AZE'],
    ['بالعاصمة الأذربيجانية باكو', 'باكو', 'AZE'],
  ])('%s', (text, surface, iso) => {
    expect(places(text)).toEqual([[surface, iso]]);
  });

  it('returns UTF-16 offsets into the original text', () => {
    const t = 'قصفٌ في إقليم قرهْ باغ';
    const [p] = findPlaces(t);
    expect(t.slice(p.start, p.end)).toBe(p.surface);
    expect(p.surface).toBe('إقليم قرهْ باغ');
  });
});
