import { describe, expect, it } from 'vitest';
import { eventDate } from '../../etl/7-events/dates.js';
import { dateIn } from './helpers.js';

const text = 'اندلعت اشتباكات أمس بعد هدنة أعلنت السبت الماضي.';
const sentence = { start: 0, end: text.length };
const trigger = { start: text.indexOf('اشتباكات'), end: text.indexOf('اشتباكات') + 8 };

describe('eventDate', () => {
  it('picks the mention closest to the trigger', () => {
    const dates = [dateIn(text, 'السبت الماضي', '2020-10-10', true), dateIn(text, 'أمس', '2020-10-14', true)];
    expect(eventDate(dates, sentence, trigger, false, '2020-10-15')).toMatchObject({ date: '2020-10-14', precision: 'day' });
    expect(eventDate(dates, sentence, trigger, false, '2020-10-15').from?.surface).toBe('أمس');
  });

  it('skips durations and mentions without a day', () => {
    const d = { ...dateIn(text, 'أمس', '2020-10-14'), kind: 'duration' as const };
    const m = { ...dateIn(text, 'السبت الماضي', '2020-10-10'), date: null, precision: 'month' as const };
    expect(eventDate([d, m], sentence, trigger, false, '2020-10-15')).toEqual({ date: null, precision: 'unknown' });
  });

  it('uses the publication day only for an event said to go on now', () => {
    expect(eventDate([], sentence, trigger, true, '2020-10-15')).toEqual({ date: '2020-10-15', precision: 'day' });
    expect(eventDate([], sentence, trigger, true, null)).toEqual({ date: null, precision: 'unknown' });
    expect(eventDate([], sentence, trigger, false, '2020-10-15')).toEqual({ date: null, precision: 'unknown' });
  });

  it('gives an act told as done no day after publication, and still gives one to an act to come', () => {
    const dates = [dateIn(text, 'أمس', '2020-10-14', true), dateIn(text, 'السبت الماضي', '2020-10-17', true)];
    const near = { start: text.indexOf('السبت'), end: text.indexOf('السبت') + 5 };
    expect(eventDate(dates, sentence, near, false, '2020-10-15', true)).toMatchObject({ date: '2020-10-14', precision: 'day' });
    expect(eventDate(dates, sentence, near, false, '2020-10-15', false)).toMatchObject({ date: '2020-10-17', precision: 'day' });
  });
});

describe('eventDate: a week closer than a day (stop 30)', () => {
  it('احتجاجا على مقتل أربعة رعاة … الأسبوع الماضي: the week dates the killing coarsely, the summons\' day is not borrowed', () => {
    const t = 'استدعت الخارجية أمس الاثنين السفير احتجاجا على مقتل أربعة رعاة الأسبوع الماضي.';
    const week = { ...dateIn(t, 'الأسبوع الماضي', '2025-08-25'), date: null, precision: 'unknown' as const, value: '2025-W35' };
    const trig = { start: t.indexOf('مقتل'), end: t.indexOf('مقتل') + 4 };
    expect(eventDate([dateIn(t, 'أمس الاثنين', '2025-09-01', true), week], { start: 0, end: t.length }, trig, false, '2025-09-02'))
      .toEqual({ date: null, precision: 'unknown' });
  });
});
