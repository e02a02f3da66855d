import { describe, expect, it } from 'vitest';
import { findDates } from '../../etl/4-dates/index.js';

describe('findDates', () => {
  it('reads a bare weekday after a call to a strike or march as the next one', () => {
    const anchor = '2013-02-07'; // a Thursday
    expect(findDates('دعا الاتحاد إلى إضراب عام يوم الجمعة تزامنا مع التشييع.', { anchor }).map((m) => m.value)).toEqual(['2013-02-08']);
    expect(findDates('دعا الرئيس يوم الجمعة إلى الحوار.', { anchor }).map((m) => m.value)).toEqual(['2013-02-01']);
  });

  it('reads a day and month with no year after a name head as a name (حركة 20 فبراير), not a date; with a year, or elsewhere, it is a date', () => {
    const ms = findDates('قالت حركة 20 فبراير ولقوى 14 آذار وصحيفة 26 سبتمبر إن المسيرة يوم 20 مارس، بعد ثورة 25 يناير 2011', { anchor: '2011-03-10' });
    expect(ms.map((m) => m.surface)).toEqual(['يوم 20 مارس', '25 يناير 2011']);
    expect(findDates('تظاهر الآلاف في 20 فبراير الماضي', { anchor: '2011-03-10' }).map((m) => m.value)).toEqual(['2011-02-20']);
  });

  it('… also a unit, quarter or camp named by a day (كتيبة «17 فبراير»، حي 7 يوليو، ميدان 6 أكتوبر), a quote between or not (stop 29)', () => {
    const ms = findDates('هاجمت القوات معسكرات لكتيبة «17 فبراير» في بنغازي، وقصفت حي 7 يوليو وميدان 6 أكتوبر يوم 16 مايو', { anchor: '2014-05-17' });
    expect(ms.map((m) => m.surface)).toEqual(['يوم 16 مايو']);
  });

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
