import { describe, expect, test } from 'vitest';
import { findCues } from '../../etl/6-quotes/cues.js';
import { tokenizeBody } from '../../etl/6-quotes/tokens.js';

const cues = (text: string) => findCues(tokenizeBody(text)).map((c) => [c.text, c.lemma, c.tense, c.prefixed]);

describe('findCues', () => {
  test('past, present and participle forms with و/ف prefixes', () => {
    expect(cues('وقال فأكدت يؤكد مضيفاً')).toEqual([
      ['قال', 'قال', 'past', true],
      ['أكدت', 'أكد', 'past', true],
      ['يؤكد', 'أكد', 'present', false],
      ['مضيفاً', 'أضاف', 'participle', false],
    ]);
  });

  test('diacritics and hamza variants are folded (حذّر، اكد، رأى)', () => {
    expect(cues('حذّر اكد رأى').map((c) => c[1])).toEqual(['حذر', 'أكد', 'رأى']);
  });

  test('feminine participles and a participle without tanween alif', () => {
    expect(cues('مشيرة مؤكدةً موضح').map((c) => c[1])).toEqual(['أشار', 'أكد', 'أوضح']);
  });

  test('words that only contain a cue are not cues', () => {
    expect(cues('الانتقال التأكيد والإعلان')).toEqual([]);
  });
});

describe('بيّن written without its shadda', () => {
  test.each([
    ['وبين الوزير، خلال جلسة مجلس النواب أمس، أن الإجراءات تستهدف التوازن.', ['بيّن']],
    ['وبين أن لجنة التحقيق ما زالت تستمع إلى الشهود.', ['بيّن']],
    ['وبين الحكومة والمعارضة خلاف عميق.', []],
    ['وقال إن الفرق بين الطرفين أن الأول يريد الحوار.', ['قال']],
  ])('%s', (text, lemmas) => {
    expect(findCues(tokenizeBody(text)).map((c) => c.lemma)).toEqual(lemmas);
  });
});

describe('محمّلا written without its shadda', () => {
  test.each([
    ['محملا حركة فتح المسؤولية الكاملة عن تداعياته', ['حمّل']],
    ['ودخلت شاحنات محملة بالمساعدات إلى القطاع', []],
  ])('%s', (text, lemmas) => {
    expect(findCues(tokenizeBody(text)).map((c) => c.lemma)).toEqual(lemmas);
  });
});
