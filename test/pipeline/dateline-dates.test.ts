import { describe, expect, it } from 'vitest';
import { cleanOrReject, extractArticle } from '../../etl/extract-article.js';

// A dateline the clean step leaves in the body (its outlet is not in lexicons/outlets.tsv) is no date of the text.
describe('date mentions: a dateline left at the head of the body', () => {
  it('الفاشر – السودان اليوم: the outlet\'s اليوم is no date mention; the days of the text are', () => {
    const text = 'ميليشيات تهاجم بلدة في دارفور\n\nالفاشر – السودان اليوم: هاجمت ميليشيات صباح أمس الجمعة بلدة غرب الفاشر.\n\nوقال شهود إن المهاجمين أحرقوا السوق.';
    const c = cleanOrReject('x.txt', text);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    const { facts } = extractArticle({ articleId: 'x', sourceFile: 'x.txt', sha256: '0'.repeat(64) }, c.clean, { date: '2004-02-28', source: 'metadata', precision: 'day' } as never);
    const surfaces = facts.dates.map((d) => d.surface);
    expect(surfaces).not.toContain('اليوم');
    expect(surfaces).toContain('صباح أمس الجمعة');
  });
});
