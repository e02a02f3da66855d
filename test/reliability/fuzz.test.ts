import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes } from '../../etl/1-read/decode.js';
import { cleanOrReject, extractArticle } from '../../etl/extract-article.js';
import { publicationFromDateline } from '../../etl/4-dates/publication-date.js';
import { findDates } from '../../etl/4-dates/index.js';
import { toArticleRows } from '../../etl/8-rows/article-rows.js';

// Property tests: whatever bytes or article-like text come in, the pipeline never throws,
// every span it writes reproduces its text, and counts never become dates.

const WORDS = ['قال', 'الرئيس', 'إن', 'أن', 'وزارة', 'الدفاع', 'الأذربيجانية', 'أرمينيا', 'في', 'على', 'اليوم', 'أمس', 'الخميس', 'سبتمبر', 'أيلول', 'تشرين', 'الأول', 'صفر', 'هـ', 'م', 'ء', 'منذ', 'قبل', 'يومين', 'الماضي', 'قتلى', 'جرحى', 'بتوقيت', 'طهران', 'دعا', 'إلى', 'وقف', 'إطلاق', 'النار', 'اتهم', 'نفى', 'بوتين', 'علييف', 'مقتل', 'وجرح', 'هجوم', 'قصف', 'بيان', 'وأضاف', ':', '،', '.', '"', '«', '»', '“', '”', '(', ')', '-', '/', '\n', '\n\n', '😀', '\u200F', 'ـ', 'ً'];
const NUMBERS = fc.oneof(fc.integer({ min: 0, max: 3000 }).map(String), fc.integer({ min: 0, max: 99 }).map((n) => String(n).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[+d])), fc.constant('20:36'), fc.constant('1442'), fc.constant('2020'));
const articleText = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: NUMBERS }), { minLength: 1, maxLength: 300 }).map((ws) => ws.join(' '));

function checkArticle(text: string): void {
  const c = cleanOrReject('fuzz.txt', text);
  if (!c.ok) return;
  const publication = publicationFromDateline(c.clean.datelineText);
  const { facts } = extractArticle({ articleId: 'fuzz', sourceFile: 'fuzz.txt', sha256: '0'.repeat(64) }, c.clean, publication);
  const rows = toArticleRows(facts);
  const body = [...rows.article.body];
  for (const d of rows.dateMentions) expect(body.slice(d.char_start, d.char_end).join('')).toBe(d.surface);
  for (const q of rows.quotes) expect(body.slice(q.char_start, q.char_end).join('')).toBe(q.content);
  for (const e of rows.events) {
    expect(e.char_start).toBeGreaterThanOrEqual(0);
    expect(e.char_end).toBeLessThanOrEqual(body.length);
    expect(e.char_end).toBeGreaterThan(e.char_start);
  }
}

describe('fuzz', () => {
  it('decodeBytes never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const r = decodeBytes(bytes);
      expect(typeof r.ok).toBe('boolean');
    }), { numRuns: 500 });
  });

  it('random text decoded from random bytes never breaks the pipeline', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 1, maxLength: 3000 }), (bytes) => {
      const r = decodeBytes(bytes);
      if (r.ok) checkArticle(r.text);
    }), { numRuns: 200 });
  });

  it('article-like texts: no throw, every span reproduces its text', () => {
    fc.assert(fc.property(articleText, (text) => checkArticle(`عنوان\n\n${text}`)), { numRuns: 300 });
  });

  it('a count of people, villages or years of age never becomes a date', () => {
    const counted = fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('قتيلا', 'قتلى', 'جريحا', 'جرحى', 'قرى', 'سنة من العمر', 'عنصرا', 'مدنيا', 'صاروخا', 'طائرة', 'ألف نازح', 'دولار'));
    fc.assert(fc.property(fc.array(counted, { minLength: 1, maxLength: 6 }), (items) => {
      const text = items.map(([n, noun]) => `سقط ${n} ${noun} في المنطقة`).join('، ');
      const dated = findDates(text, { anchor: '2020-10-07' }).filter((m) => m.date !== null);
      expect(dated).toEqual([]);
    }), { numRuns: 300 });
  });
});
