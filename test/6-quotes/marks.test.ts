import { describe, expect, test } from 'vitest';
import { pairQuoteMarks } from '../../etl/6-quotes/marks.js';

const spans = (body: string) => pairQuoteMarks(body).pairs.map((p) => body.slice(p.open + 1, p.close));

describe('pairQuoteMarks', () => {
  test('straight marks pair by spacing', () => {
    expect(spans('قال لـ "سبوتنيك" : "الجيش يتقدم".')).toEqual(['سبوتنيك', 'الجيش يتقدم']);
  });

  test('guillemets nest', () => {
    expect(spans('قال: «رفعنا شعار «لا للحرب» اليوم»')).toEqual(['رفعنا شعار «لا للحرب» اليوم', 'لا للحرب']);
  });

  test('„…“ pairs with a closing upper mark', () => {
    expect(spans('قالت: „سنعود“.')).toEqual(['سنعود']);
  });

  test('a closer with no opener is an orphan', () => {
    const body = 'غرد أن الأرض محررة. هذا لن يتكرر".';
    expect(pairQuoteMarks(body)).toEqual({ pairs: [], orphanClosers: [body.indexOf('"')], unclosed: [] });
  });

  test('an opener never closed is reported', () => {
    const body = 'وأضاف، "يجب وقف القتال، مؤكدا أنه "لا حل عسكريا".';
    const marks = pairQuoteMarks(body);
    expect(marks.unclosed).toEqual([body.indexOf('"')]);
    expect(spans(body)).toEqual(['لا حل عسكريا']);
  });

  test('a mark after a space and before a period closes', () => {
    expect(spans('وتابع: "لم نعلن ذلك ".')).toEqual(['لم نعلن ذلك ']);
  });
});
