import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../etl/4-dates/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['3', 3], ['ثلاثة', 3], ['ثلاث', 3], ['اثنين', 2], ['عشرة', 10], ['خمسة عشر', 15],
    ['احدى عشر', 11], ['اثنا عشر', 12], ['عشرين', 20], ['خمسة وعشرين', 25], ['ثلاثين', 30], ['مائة', 100],
  ] as const)('%s → %i', (text, n) => expect(parseNumber(text)).toBe(n));
  it('returns null for words that are not numbers', () => expect(parseNumber('قتلى')).toBeNull());
});
