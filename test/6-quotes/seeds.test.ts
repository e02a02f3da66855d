import { describe, expect, test } from 'vitest';
import { extractQuotes } from '../../etl/6-quotes/index.js';
import { readSeedBodies } from './seed-body.js';

// General properties over the seed articles; no seed answers are written here.
describe.each(readSeedBodies())('seed $name', ({ headline, body, name }) => {
  const rows = extractQuotes(body, { articleId: name, publishedDate: null, dates: [], actors: [] });

  test('finds statements', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  test('every span reproduces its content; every row has a cue, a speaker and content', () => {
    for (const q of rows) {
      expect(body.slice(q.start, q.end)).toBe(q.content);
      expect(q.content.trim().length).toBeGreaterThan(0);
      expect(q.content).toBe(q.content.trim());
      expect(q.cue && body.includes(q.cue)).toBeTruthy();
      expect(q.speaker && q.speaker.trim()).toBeTruthy();
      expect(['direct', 'indirect', 'mixed']).toContain(q.quoteType);
    }
  });

  test('rows are sorted and do not overlap', () => {
    for (let i = 1; i < rows.length; i++) expect(rows[i].start).toBeGreaterThanOrEqual(rows[i - 1].end);
  });

  test('no row comes from the headline', () => {
    expect(body.startsWith(headline)).toBe(false);
    for (const q of rows) expect(headline.includes(q.content)).toBe(false);
  });

  test('without a publication day or date mentions nothing is dated', () => {
    for (const q of rows) expect([q.saidOn, q.saidOnPrecision]).toEqual([null, 'unknown']);
  });
});
