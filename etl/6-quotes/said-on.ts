import type { DateMention, Precision } from '../types.js';

/** When a statement was made, with the precision of that day. */
export interface SaidOn {
  saidOn: string | null;
  saidOnPrecision: Precision;
}

/** The unknown said-on value. */
export const UNKNOWN_DAY: SaidOn = { saidOn: null, saidOnPrecision: 'unknown' };

/**
 * The first calendar day mentioned in [from, to) of the body (the attribution clause), taken
 * from the date engine's mentions; a time of day still says only which day it was said.
 */
export function findSaidOn(dates: DateMention[], from: number, to: number): SaidOn | null {
  const hits = dates
    .filter((d) => d.start >= from && d.end <= to && d.date && (d.kind === 'date' || d.kind === 'datetime'))
    .sort((a, b) => a.start - b.start);
  const d = hits[0];
  if (!d) return null;
  const precision: Precision = d.precision === 'minute' || d.precision === 'hour' ? 'day' : d.precision;
  return { saidOn: d.date, saidOnPrecision: precision };
}
