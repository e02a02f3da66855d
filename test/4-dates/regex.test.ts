import { describe, expect, it } from 'vitest';
import { alternation, startsExpression } from '../../etl/4-dates/regex.js';

describe('regex helpers', () => {
  it('builds longest-first normalized alternations', () => {
    expect(alternation(['تشرين', 'تشرين الأول'])).toBe('(?:تشرين[ \\t]+الاول|تشرين)');
  });
  it('accepts word starts after clitics only', () => {
    expect(startsExpression('والاحد', 1)).toBe(true);
    expect(startsExpression('بالامس', 1)).toBe(true);
    expect(startsExpression('للعام', 2)).toBe(true);
    expect(startsExpression('جداول', 3)).toBe(false);
    expect(startsExpression('1.5', 2)).toBe(false);
    expect(startsExpression('و27', 1)).toBe(true);
  });
});
