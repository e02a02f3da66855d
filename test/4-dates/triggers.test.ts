import { describe, expect, it } from 'vitest';
import { presentFamilies } from '../../etl/4-dates/triggers.js';
import { normalizeForMatch } from '../../etl/3-segment/normalize.js';

const present = (text: string) => {
  const p = presentFamilies(normalizeForMatch(text).text);
  return Object.entries(p).filter(([, v]) => v).map(([k]) => k).sort();
};

describe('presentFamilies', () => {
  it('finds the families a text holds', () => {
    expect(present('الأحد 27 سبتمبر 2020 - 20:36 بتوقيت طهران')).toEqual(['colon', 'digit', 'month', 'weekday', 'zone']);
    expect(present('منذ أكثر من أسبوعين')).toEqual(['unit']);
    expect(present('قال أمس')).toEqual(['relday']);
    expect(present('الساعة الثامنة')).toEqual(['unit']);
  });
  it('finds nothing in a sentence without temporal words', () => {
    expect(present('دعا الرئيس إلى وقف إطلاق النار')).toEqual([]);
  });
});
