import { describe, expect, test } from 'vitest';
import { followingSubject, frontedSubject, type ScanContext } from '../../etl/6-quotes/speakers.js';
import { findCues } from '../../etl/6-quotes/cues.js';
import { tokenizeBody } from '../../etl/6-quotes/tokens.js';

/** Scans the text around its first cue; returns [fronted, following] subjects as text. */
function subjects(text: string, dateSurface?: string): [string | null, string | null] {
  const tokens = tokenizeBody(text);
  const cues = findCues(tokens);
  const dateAt = new Set<number>();
  if (dateSurface) dateAt.add(tokens.findIndex((t) => t.start === text.indexOf(dateSurface)));
  const sc: ScanContext = { tokens, cueAt: new Set(cues.map((c) => c.index)), dateAt };
  const c = cues[0].index;
  const show = (r: { from: number; to: number } | null) => (r ? text.slice(tokens[r.from].start, tokens[r.to - 1].end) : null);
  return [show(frontedSubject(sc, c, 0)), show(followingSubject(sc, c + 1, tokens.length))];
}

describe('frontedSubject / followingSubject', () => {
  test('topicalized subject with commas', () => {
    expect(subjects('الرئيس الروسي، فلاديمير بوتين، اكد أن')[0]).toBe('الرئيس الروسي، فلاديمير بوتين');
  });

  test('subject after وكان', () => {
    expect(subjects('وكان مصدر سوري معارض ذكر أن')[0]).toBe('مصدر سوري معارض');
  });

  test('an adverbial lead is not a subject', () => {
    expect(subjects('من جهتها، أكدت الوزارة أن')).toEqual([null, 'الوزارة']);
  });

  test('following subject stops at a channel adjunct', () => {
    expect(subjects('وقال المتحدث باسم الكرملين، ديميتري بيسكوف، في تصريح صحفي إن')[1])
      .toBe('المتحدث باسم الكرملين، ديميتري بيسكوف');
  });

  test('following subject stops at a date', () => {
    expect(subjects('حذر الرئيس الإيراني حسن روحاني، اليوم الأربعاء، أذربيجان', 'اليوم الأربعاء')[1])
      .toBe('الرئيس الإيراني حسن روحاني');
  });

  test('a title keeps a constituency after عن only when a name follows it', () => {
    expect(subjects('أكد النائب عن ائتلاف دولة القانون منصور البعيجي، الثلاثاء، أن')[1]).toBe('النائب عن ائتلاف دولة القانون منصور البعيجي');
    expect(subjects('أعلن الرئيس عن تشكيل لجنة التحقيق الوطنية برئاسة محمد علي')[1]).toBe('الرئيس');
    expect(subjects('ونقلت وكالة الأنباء الرسمية عن رئيس البرلمان مهدي كروبي قوله إن')[1]).toBe('وكالة الأنباء الرسمية');
  });

  test('a role keeps its prepositional complement', () => {
    expect(subjects('وقال نائب رئيس لجنة الأمن في البرلمان التركي محمد ألطاي في تصريح خاص')[1])
      .toBe('نائب رئيس لجنة الأمن في البرلمان التركي محمد ألطاي');
  });

  test('a colon right after the verb: no subject', () => {
    expect(subjects('وقال: على الدول')).toEqual([null, null]);
  });
});
