import { describe, expect, test } from 'vitest';
import { splitSpeaker } from '../../etl/6-quotes/titles.js';
import { tokenizeBody } from '../../etl/6-quotes/tokens.js';

/** Splits a whole phrase and returns [speaker, title]. */
function split(phrase: string): [string, string | null] {
  const tokens = tokenizeBody(phrase);
  const s = splitSpeaker(tokens, 0, tokens.length);
  const text = (a: number, b: number) => phrase.slice(tokens[a].start, tokens[b - 1].end);
  return [text(s.speakerFrom, s.speakerTo), s.titleFrom === null ? null : text(s.titleFrom, s.titleTo!)];
}

describe('splitSpeaker', () => {
  test('title then name', () => {
    expect(split('رئيس الوزراء الأرمني نيكول باشينيان')).toEqual(['نيكول باشينيان', 'رئيس الوزراء الأرمني']);
  });

  test('long role with a rank before the name', () => {
    expect(split('رئيس قسم التعاون العسكري الدولي بوزارة الدفاع الأذربيجانية اللواء حسين محمودوف'))
      .toEqual(['حسين محمودوف', 'رئيس قسم التعاون العسكري الدولي بوزارة الدفاع الأذربيجانية']);
  });

  test('a construct role or a rank with a nisba before a given name is the title', () => {
    expect(split('رائد الفضاء الإماراتي هزاع المنصوري')).toEqual(['هزاع المنصوري', 'رائد الفضاء الإماراتي']);
    expect(split('المهندس الإماراتي هزاع المنصوري')).toEqual(['هزاع المنصوري', 'المهندس الإماراتي']);
  });

  test('a role that opens with a construct of two bare nouns, and a kunya after a role', () => {
    expect(split('نقيب أصحاب الشاحنات الأردنية محمد الداوود')).toEqual(['محمد الداوود', 'نقيب أصحاب الشاحنات الأردنية']);
    expect(split('المزارع أبو خالد الربابعة')).toEqual(['أبو خالد الربابعة', 'المزارع']);
  });

  test('honorifics, then a role the lexicon does not list, then its rank and name', () => {
    expect(split('حضرة صاحب السمو أمير البلاد الشيخ مشعل الأحمد')).toEqual(['مشعل الأحمد', 'أمير البلاد']);
    expect(split('حضرة صاحب السمو الشيخ مشعل الأحمد')[0]).toBe('مشعل الأحمد');
  });

  test('a rank inside a role the lexicon does not know is followed by the name', () => {
    expect(split('المراقب العام لجماعة الإخوان المسلمين الدكتور همام سعيد')).toEqual(['همام سعيد', 'المراقب العام لجماعة الإخوان المسلمين']);
  });

  test('the honorifics الأخ and مار stand before the name, not in it', () => {
    expect(split('فخامة الأخ علي عبدالله صالح رئيس الجمهورية')).toEqual(['علي عبدالله صالح', 'رئيس الجمهورية']);
    expect(split('البطريرك الماروني مار نصرالله بطرس صفير')).toEqual(['نصرالله بطرس صفير', 'البطريرك الماروني']);
  });

  test('a name, then a kinship or other role set off by a comma, is name and title even with an unknown given name', () => {
    expect(split('بسمة الخلفاوي، أرملة الشهيد شكري بلعيد')).toEqual(['بسمة الخلفاوي', 'أرملة الشهيد شكري بلعيد']);
    expect(split('سامي أبو زهري، المتحدث باسم حماس')).toEqual(['سامي أبو زهري', 'المتحدث باسم حماس']);
  });

  test('الشيخ after ولد is part of a Mauritanian name, not a rank', () => {
    expect(split('المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد')).toEqual(['إسماعيل ولد الشيخ أحمد', 'المبعوث الأممي إلى اليمن']);
  });

  test('appositive after a comma', () => {
    expect(split('وزير الخارجية الروسي، سيرغي لافروف')).toEqual(['سيرغي لافروف', 'وزير الخارجية الروسي']);
  });

  test('coordination inside the role is not a name', () => {
    expect(split('الممثل الخاص للأمين العام لمنطقة القوقاز وآسيا الوسطى جيمس أباثوراي'))
      .toEqual(['جيمس أباثوراي', 'الممثل الخاص للأمين العام لمنطقة القوقاز وآسيا الوسطى']);
  });

  test('a name whose first letters fold to ال (إلهام) is still a name', () => {
    expect(split('الرئيس الأذربيجاني إلهام علييف')).toEqual(['إلهام علييف', 'الرئيس الأذربيجاني']);
  });

  test('a definite family name stays in the name', () => {
    expect(split('الرئيس السوري بشار الأسد')).toEqual(['بشار الأسد', 'الرئيس السوري']);
  });

  test('an indefinite title takes a genitive, not a name', () => {
    expect(split('محافظ عدن')).toEqual(['محافظ عدن', null]);
  });

  test('role without a name is the speaker', () => {
    expect(split('الأمين العام لحلف شمال الأطلسي')).toEqual(['الأمين العام لحلف شمال الأطلسي', null]);
  });

  test('institutions and anonymous sources are kept whole', () => {
    expect(split('وزارة الدفاع الأرمنية')).toEqual(['وزارة الدفاع الأرمنية', null]);
    expect(split('مصدر سوري معارض')).toEqual(['مصدر سوري معارض', null]);
  });
});

describe('splitSpeaker: honorifics, ranks, genitives and descriptions', () => {
  test('an honorific before a title, then a rank before the name', () => {
    expect(split('فخامة رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي'))
      .toEqual(['رشاد محمد العليمي', 'رئيس مجلس القيادة الرئاسي']);
  });

  test('a rank starts the name even when a given name comes later', () => {
    expect(split('المتحدث العسكري باسم الحوثيين العميد يحيى سريع')).toEqual(['يحيى سريع', 'المتحدث العسكري باسم الحوثيين']);
  });

  test('ب/ل + word before a definite word is a genitive in the role, not a name (باسم، لكرة)', () => {
    expect(split('رئيس الاتحادية الجزائرية لكرة القدم جهيد زفيزف')).toEqual(['جهيد زفيزف', 'رئيس الاتحادية الجزائرية لكرة القدم']);
    expect(split('المتحدث الرسمي باسم الحكومة باسل الحسن')).toEqual(['باسل الحسن', 'المتحدث الرسمي باسم الحكومة']);
  });

  test('a given name that starts with ب stays a name (بدر البوسعيدي، بشار الأسد)', () => {
    expect(split('وزير الخارجية العماني بدر البوسعيدي')).toEqual(['بدر البوسعيدي', 'وزير الخارجية العماني']);
  });

  test('a role word missing from the lexicon: a known given name after definite words starts the name', () => {
    expect(split('الناخب الوطني وليد الركراكي')).toEqual(['وليد الركراكي', 'الناخب الوطني']);
  });

  test('a description after a comma (أحد سكان …) is not the name', () => {
    expect(split('لحسن أيت إيدار، أحد سكان دوار تيخت')[0]).toBe('لحسن أيت إيدار');
  });
});

describe('a Mauritanian name with ولد before a rank word', () => {
  test('ولد الشيخ أحمد is a name, not the title ولد and the name أحمد', () => {
    const tokens = tokenizeBody('ولد الشيخ أحمد');
    const s = splitSpeaker(tokens, 0, tokens.length);
    expect([s.speakerFrom, s.speakerTo, s.titleFrom]).toEqual([0, 3, null]);
  });
});

describe('a possessed noun after a name is no part of it', () => {
  test('مضر يونس كلمته: the name ends before "his speech"; محمد شحاته keeps its family name', () => {
    const a = tokenizeBody('مضر يونس كلمته');
    const b = tokenizeBody('محمد شحاته');
    expect([splitSpeaker(a, 0, a.length).speakerTo, splitSpeaker(b, 0, b.length).speakerTo]).toEqual([2, 2]);
  });
});
