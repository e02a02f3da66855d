import { describe, expect, it } from 'vitest';
import { groupAtoms } from '../../etl/4-dates/group.js';
import { scanAtoms } from '../../etl/4-dates/find.js';
import { normalizeForMatch } from '../../etl/3-segment/normalize.js';

const groups = (text: string) => {
  const t = normalizeForMatch(text).text;
  return groupAtoms(scanAtoms(t), t).map((g) => g.atoms.map((a) => a.type).join('+'));
};

describe('groupAtoms', () => {
  it('chains a dateline into one group', () => {
    expect(groups('الأحد 27 سبتمبر 2020 - 20:36 بتوقيت طهران')).toEqual(['weekday+date+time+zone']);
  });
  it('joins parts of the day and weekdays to relative days', () => {
    expect(groups('مساء أمس')).toEqual(['part+relday']);
    expect(groups('اليوم الأربعاء')).toEqual(['relday+weekday']);
  });
  it('keeps the two halves of a dual dateline apart', () => {
    expect(groups('14 صفر 1442 هـ / 1 أكتوبر 2020')).toEqual(['date', 'date']);
  });
  it('does not chain across words', () => {
    expect(groups('الأحد قال 27 سبتمبر')).toEqual(['weekday', 'date']);
  });
});
