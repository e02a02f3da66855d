/** The bench corpus is varied and every sample holds a date; the throughput is printed, never asserted. */
import { describe, expect, it } from 'vitest';
import { sampleDateExpressions } from '../../etl/4-dates/bench-corpus.js';
import { findDates } from '../../etl/4-dates/index.js';

describe('sampleDateExpressions', () => {
  it('gives a few hundred distinct samples, each with a mention', () => {
    const xs = sampleDateExpressions();
    expect(xs.length).toBeGreaterThanOrEqual(200);
    expect(new Set(xs).size).toBeGreaterThan(xs.length / 2);
    for (const x of xs) expect(findDates(x, { anchor: '2020-10-07' }).length).toBeGreaterThan(0);
  });
  it('prints the throughput', () => {
    const xs = sampleDateExpressions();
    for (const x of xs) findDates(x, { anchor: '2020-10-07' });
    const t = performance.now();
    let n = 0;
    for (let r = 0; r < 20; r++) for (const x of xs) { findDates(x, { anchor: '2020-10-07' }); n++; }
    console.log(`date engine: ${Math.round(n / ((performance.now() - t) / 1000))} expressions/s`);
  });
});
