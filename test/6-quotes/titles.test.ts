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
