import { describe, expect, it } from 'vitest';
import { dateIn, run } from './helpers.js';

describe('acts referred to as the object of a stance, and which mention is the evidence', () => {
  it('رحبت X بإعلان الهدنة: the truce is not the welcomer\'s act, and the welcome\'s day is not its day', () => {
    const text = 'رحبت الإمارات اليوم بإعلان الهدنة.';
    const rows = run(text, { dates: [dateIn(text, 'اليوم', '2022-04-03')] });
    expect(rows.map((e) => [e.eventType, e.actor1Id, e.eventDate])).toEqual([
      ['SUPPORT', 'Q878', '2022-04-03'],
      ['AGREE', null, null],
    ]);
  });

  it('a date after the act referred to is its own (أدان الهجوم الذي استهدف … أمس)', () => {
    const text = 'أدانت مصر الهجوم الذي استهدف مسجدا في كابول أمس.';
    const rows = run(text, { dates: [dateIn(text, 'أمس', '2021-10-08')] });
    const attack = rows.find((e) => e.eventType === 'ASSAULT');
    expect(attack && [attack.actor1Id, attack.eventDate]).toEqual([null, '2021-10-08']);
  });

  it('a restatement in a later sentence joins the first mention, which stays the evidence', () => {
    const text = 'التقى الأمين العام للأمم المتحدة أنطونيو غوتيريش اليوم في بنغازي خليفة حفتر. وقال غوتيريش عقب اللقاء إنه يغادر ليبيا بقلق.';
    const rows = run(text, { dates: [dateIn(text, 'اليوم', '2019-04-05')] }).filter((e) => e.eventType === 'CONSULT');
    expect(rows.map((e) => [e.trigger, e.start, e.eventDate])).toEqual([['التقى', 0, '2019-04-05']]);
  });
});
