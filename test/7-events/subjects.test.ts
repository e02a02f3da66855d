import { describe, expect, it } from 'vitest';
import { subjectScan, verbSubject } from '../../etl/7-events/subjects.js';
import { run, dateIn } from './helpers.js';

/** The written subject of `verb` in `text`, scanning the whole text as one clause. */
function subjectOf(text: string, verb: string, patient = true, otherTriggers: string[] = []): string | null {
  const at = text.indexOf(verb);
  const scan = subjectScan(text, [], [at, ...otherTriggers.map((w) => text.indexOf(w))]);
  return verbSubject(scan, at, at + verb.length, 0, text.length, patient)?.text ?? null;
}

describe('verbSubject: the noun phrase that did the act', () => {
  it.each([
    ['فرقت قوات الأمن المتظاهرين بالغاز المسيل للدموع.', 'فرقت', 'قوات الأمن'],
    ['وكانت قوات الأمن قد فرقت المحتجين أمام الوزارة.', 'فرقت', 'قوات الأمن'],
    ['اعتقلت الشرطة العشرات منهم.', 'اعتقلت', 'الشرطة'],
    ['انسحبت قوات البيشمركة الكردية من مواقعها.', 'انسحبت', 'قوات البيشمركة الكردية'],
    ['فرقت قوات الأمن الخاصة الاعتصام.', 'فرقت', 'قوات الأمن الخاصة'],
    ['رفضت جبهة البوليساريو القرار الأمريكي.', 'رفضت', 'جبهة البوليساريو'],
    ['وخرج آلاف المتظاهرين إلى الشوارع.', 'خرج', 'آلاف المتظاهرين'],
    ['هدد النائب الأول للرئيس الإيراني محمد رضا رحيمي بإغلاق المضيق.', 'هدد', 'النائب الأول للرئيس الإيراني محمد رضا رحيمي'],
    ['وكان المواطنان قد اختطفا على يد مسلحين قبليين في مأرب.', 'اختطفا', 'مسلحين قبليين'],
  ])('%s → %s', (text, verb, subject) => {
    expect(subjectOf(text, verb, verb !== 'خرج')).toBe(subject);
  });

  it.each([
    ['قتل ثلاثة جنود في الهجوم.', 'قتل', 'a count after an act done to people is who suffered it'],
    ['أعلنت الوزارة أنها أسقطت طائرة مسيرة.', 'أسقطت', 'after أنها the subject is the pronoun'],
    ['قصفوا المدينة بالمدفعية.', 'قصفوا', 'a plural verb carries its subject'],
    ['بعد أن كانت قد أرسلت دفعتي مرتزقة.', 'أرسلت', 'كانت قد: the auxiliary carries the subject'],
    ['نرفض هذه الاتهامات.', 'نرفض', 'a first-person verb'],
    ['شن هجوم بغازات سامة على البلدة.', 'شن', 'another trigger right after the verb (a passive: شُنّ هجوم)'],
    ['وقعت بالقرب من الحدود.', 'وقعت', 'a phrase with a preposition clitic'],
  ])('%s → none (%s)', (text, verb) => {
    expect(subjectOf(text, verb, true, verb === 'شن' ? ['هجوم'] : [])).toBeNull();
  });
});

describe('extractEvents: a written subject that is no known actor', () => {
  it('fills actor1_text, leaves actor1_id empty, and borrows no doer from the sentence before', () => {
    const text = 'قصفت روسيا مواقع في إدلب أمس. وفرقت قوات الأمن المحتجين في دمشق.';
    const out = run(text, { dates: [dateIn(text, 'أمس', '2023-10-09', true)] });
    const coerce = out.find((e) => e.eventType === 'COERCE');
    expect(coerce).toMatchObject({ actor1Id: null, actor1Text: 'قوات الأمن' });
  });
});

describe('where a written subject ends', () => {
  it('an indefinite noun after a definite phrase with no role starts the object (الطيران الحربي | مواقع المتمردين)', () => {
    const text = 'وقصف الطيران الحربي مواقع المتمردين.';
    const at = text.indexOf('قصف');
    expect(verbSubject(subjectScan(text, [], [at]), at, at + 3, 0, text.length, false)?.text).toBe('الطيران الحربي');
  });
});

describe('written subjects: where the subject ends before its object (stop 23)', () => {
  it('after an indefinite feminine or plural nisba, a definite word starts the object (منظمات حقوقية السلطات)', () => {
    const [e] = run('واتهمت منظمات حقوقية السلطات بترك مهاجرين في الصحراء.');
    expect(e.actor1Text).toBe('منظمات حقوقية');
    // … while قوى الأمن الداخلي, whose قوى folds to a final ي, stays one phrase
    const [f] = run('وفرقت قوى الأمن الداخلي المعتصمين.');
    expect(f.actor1Text).toBe('قوى الأمن الداخلي');
  });
  it('a masculine nisba after a feminine head noun starts the object (وتتهم الحكومة الحوثي), not after a genitive (مجلس القيادة الرئاسي)', () => {
    const [e] = run('وتتهم الجبهة الحوثي بالسعي إلى إعادة الحكم الإمامي.');
    expect(e.actor1Text).toBe('الجبهة');
    const [f] = run('وفرق مجلس القيادة الرئاسي المعتصمين.');
    expect(f.actor1Text).toBe('مجلس القيادة الرئاسي');
  });
});
