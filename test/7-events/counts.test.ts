import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../etl/3-segment/normalize.js';
import { findCounts, parseCount } from '../../etl/7-events/counts.js';

const counts = (text: string) => Object.fromEntries(findCounts(normalizeKey(text)).map((c) => [c.field, c.value]));

describe('findCounts', () => {
  it.each([
    ['أسفر عن وقوع 3 قتلى و5 جرحى', { killed: 3, wounded: 5 }],
    ['أسفر عن وقوع ٣ قتلى و٥ جرحى', { killed: 3, wounded: 5 }],
    ['أدى إلى مقتل 5 أشخاص', { killed: 5 }],
    ['وإصابة 12 آخرين', { wounded: 12 }],
    ['أدت إلى مقتل وجرح 2700 من عناصر هذه القوات', { casualties: 2700 }],
    ['سقط 40 بين قتيل وجريح', { casualties: 40 }],
    ['مقتل ثلاثة مدنيين وإصابة سبعة آخرين', { killed: 3, wounded: 7 }],
    ['مقتل أكثر من 50 شخصا', { killed: 50 }],
    ['قتل 5 جنود وأصيب 12 آخرون', { killed: 5, wounded: 12 }],
    ['ارتفع عدد القتلى إلى 1,250 قتيلا', { killed: 1250 }],
    ['مقتل 3 آلاف شخص', { killed: 3000 }],
    ['استشهاد عشرين فلسطينيا', { killed: 20 }],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each(['مقتل عشرات المدنيين', 'سقوط قتلى في صفوف المدنيين', 'إصابة مئات الأشخاص', 'منذ 30 عاما'])('leaves a vague quantity empty: %s', (text) => {
    expect(counts(text)).toEqual({});
  });
});

describe('parseCount', () => {
  it('reads digits, grouped digits, words and multipliers', () => {
    expect(parseCount('2700', undefined)).toBe(2700);
    expect(parseCount('2.700', undefined)).toBe(2700);
    expect(parseCount(normalizeKey('ثلاثة'), undefined)).toBe(3);
    expect(parseCount('3', normalizeKey('آلاف'))).toBe(3000);
    expect(parseCount('غير', undefined)).toBeNull();
  });
});
