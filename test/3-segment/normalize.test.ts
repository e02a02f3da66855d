import { describe, expect, it } from 'vitest';
import { normalizeForMatch, normalizeKey, toOriginalSpan } from '../../etl/3-segment/normalize.js';

describe('normalizeForMatch', () => {
  it.each([
    ['أكّد', 'اكد'],
    ['إيران', 'ايران'],
    ['آذار', 'اذار'],
    ['مصطفى', 'مصطفي'],
    ['الدولة', 'الدوله'],
    ['مسؤول', 'مسوول'],
    ['رئيس', 'رييس'],
    ['دعواتٌ', 'دعوات'],
    ['قـــال', 'قال'],
    ['٢٧ سبتمبر ٢٠٢٠', '27 سبتمبر 2020'],
    ['۱۳۹۹', '1399'],
    ['پاکستان', 'پاكستان'],
    ['GMT', 'gmt'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForMatch(input).text).toBe(expected);
  });

  it('maps every normalized span back to the original text', () => {
    const original = 'قـال الرئيسُ: «نُرحّب»';
    const view = normalizeForMatch(original);
    const at = view.text.indexOf('نرحب');
    const [s, e] = toOriginalSpan(view, at, at + 4);
    expect(original.slice(s, e)).toBe('نُرحّب');
    expect(view.map[view.text.length]).toBe(original.length);
  });

  it('normalizeKey collapses spaces', () => {
    expect(normalizeKey('  وزارة   الدفاع ')).toBe('وزاره الدفاع');
  });
});
