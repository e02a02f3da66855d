import { describe, expect, it } from 'vitest';
import { findDates } from '../../etl/4-dates/index.js';

describe('findDates', () => {
  it('maps spans back to the original text, diacritics and tatweel included', () => {
    const text = 'صدر في ١٤ صَفَر ١٤٤٢ هـ. وقال غداً';
    const ms = findDates(text, { anchor: '2020-10-01' });
    expect(ms.map((m) => m.surface)).toEqual(['١٤ صَفَر ١٤٤٢ هـ', 'غداً']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
  it('returns sorted, non-overlapping mentions', () => {
    const ms = findDates('منذ عام 1992 وحتى الأحد 27 سبتمبر 2020 مرورا بالعام الماضي', { anchor: '2020-10-07' });
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
    expect(ms.map((m) => m.surface)).toEqual(['عام 1992', 'الأحد 27 سبتمبر 2020', 'العام الماضي']);
  });
  it('sets anchorDate only on relative mentions', () => {
    const [a, b] = findDates('أمس و1 أكتوبر 2020', { anchor: '2020-10-07' });
    expect(a).toMatchObject({ relative: true, anchorDate: '2020-10-07' });
    expect(b).toMatchObject({ relative: false, anchorDate: null });
  });
  it('handles empty and dateless text', () => {
    expect(findDates('', { anchor: null })).toEqual([]);
    expect(findDates('لا تاريخ هنا', { anchor: null })).toEqual([]);
  });
});
