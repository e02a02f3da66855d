import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../etl/3-segment/sentences.js';

describe('splitSentences', () => {
  it('splits at full stops and keeps offsets into the body', () => {
    const body = 'قال الوزير إن المحادثات مستمرة. وأضاف أن الوفد سيعود غدا.\n\nفقرة ثانية هنا.';
    const s = splitSentences(body);
    expect(s.map((x) => x.text)).toEqual(['قال الوزير إن المحادثات مستمرة.', 'وأضاف أن الوفد سيعود غدا.', 'فقرة ثانية هنا.']);
    for (const x of s) expect(body.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });

  it('does not split inside a quotation', () => {
    const body = 'وقال: "الوضع صعب. لكننا سنواصل". ثم غادر.';
    expect(splitSentences(body).map((x) => x.text)).toEqual(['وقال: "الوضع صعب. لكننا سنواصل".', 'ثم غادر.']);
  });

  it('does not split decimals or abbreviations', () => {
    const body = 'ارتفع المؤشر 2.5 بالمئة عند الساعة 10 ت.غ أمس.';
    expect(splitSentences(body)).toHaveLength(1);
  });

  it('splitParagraphs skips blank lines', () => {
    expect(splitParagraphs('أ\n\n\nب').map((p) => p.text)).toEqual(['أ', 'ب']);
  });
});

it('a one-letter abbreviation (د.) does not end a sentence', () => {
  const b = 'قال د. موسى إن الوضع صعب. وأضاف أنه متفائل.';
  expect(splitSentences(b).map((x) => x.text)).toEqual(['قال د. موسى إن الوضع صعب.', 'وأضاف أنه متفائل.']);
});
