import { DateTime } from 'luxon';
import type { DateMention, Precision } from '../types.js';
import { findDates } from './index.js';

/** When an article was published, and on what evidence. */
export interface Publication {
  /** publication day, local to the source (YYYY-MM-DD) */
  date: string | null;
  /** ISO 8601 with the source's offset when a time (and zone) was given */
  local: string | null;
  /** the instant in UTC (ISO 8601, Z) when time and zone were given */
  utc: string | null;
  precision: Precision;
  basis: 'dateline' | 'inferred' | 'none';
}

/** The publication of an article with no dateline and no inference. */
export const UNKNOWN_PUBLICATION: Publication = { date: null, local: null, utc: null, precision: 'unknown', basis: 'none' };

/**
 * Dates an article from its dateline text: the first mention that names a Gregorian day
 * (a Hijri day of a dual dateline yields the same day), with its time and zone when given.
 * @example publicationFromDateline('الأحد 27 سبتمبر 2020 - 20:36 بتوقيت طهران').utc === '2020-09-27T17:06:00Z'
 */
export function publicationFromDateline(text: string | null): Publication {
  if (!text) return UNKNOWN_PUBLICATION;
  const mentions = findDates(text, { anchor: null });
  const best = pickDatelineMention(mentions);
  if (!best || !best.date) return UNKNOWN_PUBLICATION;
  const pub: Publication = { date: best.date, local: null, utc: null, precision: 'day', basis: 'dateline' };
  if (best.value && /T\d\d/.test(best.value)) {
    const hasZone = /([+-]\d\d:?\d\d|Z)$/.test(best.value);
    const dt = DateTime.fromISO(best.value, { setZone: true });
    if (dt.isValid) {
      pub.precision = best.precision === 'hour' ? 'hour' : 'minute';
      pub.local = hasZone
        ? dt.toISO({ suppressMilliseconds: true })
        : dt.toISO({ suppressMilliseconds: true, includeOffset: false });
      pub.utc = hasZone ? dt.toUTC().toISO({ suppressMilliseconds: true }) : null;
    }
  }
  return pub;
}

/** Prefers a datetime over a bare date, and a Gregorian mention over another calendar's. */
function pickDatelineMention(ms: DateMention[]): DateMention | undefined {
  const days = ms.filter((m) => m.date && (m.kind === 'date' || m.kind === 'datetime'));
  return days.find((m) => m.kind === 'datetime') ?? days.find((m) => m.calendar === 'gregorian') ?? days[0];
}
