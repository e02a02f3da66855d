/**
 * Resolves a date atom (any calendar) to TIMEX3-style values. Year-less dates take their year
 * from the anchor: الماضي = the latest such day before the anchor, المقبل = the first after it,
 * الجاري = the anchor's own year; with no word, the nearest occurrence, counting days after the
 * anchor double (news mostly reports the past: "27 سبتمبر" read on 7 October is 27 September of
 * the same year, "3 نوفمبر" read on 7 October is this coming 3 November).
 */
import type { Calendar } from '../types.js';
import { REL_STEP, type DateAtom, type RelMod, type Resolved } from './atoms.js';
import { addMonths, daysBetween, isoDay, pad } from './day-math.js';
import { gregorianToHijri, hijriToGregorian } from './hijri.js';
import { gregorianToSolarHijri, solarHijriToGregorian } from './solar-hijri.js';

/** The Gregorian day of a date in any calendar, or null when it does not exist. */
export function toGregorian(cal: Calendar, y: number, m: number, d: number): string | null {
  if (cal === 'hijri') return hijriToGregorian(y, m, d);
  if (cal === 'solar_hijri') return solarHijriToGregorian(y, m, d);
  return isoDay(y, m, d);
}

/** The date, in any calendar, of a Gregorian day. */
export function fromGregorian(cal: Calendar, iso: string): { y: number; m: number; d: number } {
  if (cal === 'hijri') return gregorianToHijri(iso);
  if (cal === 'solar_hijri') return gregorianToSolarHijri(iso);
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

/** Picks among candidates by signed distance to the anchor (negative = before it). */
function choose<T extends { delta: number; y: number }>(cands: T[], rel: RelMod | null, anchorYear: number): T | null {
  if (rel === 'current') return cands.find((c) => c.y === anchorYear) ?? null;
  if (rel === 'past' || rel === 'past2') return cands.filter((c) => c.delta < 0).sort((a, b) => b.delta - a.delta)[rel === 'past' ? 0 : 1] ?? null;
  if (rel === 'next') return cands.filter((c) => c.delta > 0).sort((a, b) => a.delta - b.delta)[0] ?? null;
  const cost = (c: T) => (c.delta <= 0 ? -c.delta : 2 * c.delta);
  return [...cands].sort((a, b) => cost(a) - cost(b))[0] ?? null;
}

function ymd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

function base(a: DateAtom): Resolved {
  return {
    kind: 'date', calendar: a.calendar, originalValue: null, value: null, date: null,
    precision: 'unknown', relative: false, conflict: a.note,
  };
}

/** A day with its year: Gregorian value and date, original value in its own calendar. */
function fullDay(a: DateAtom, y: number, relative: boolean): Resolved {
  const r = base(a);
  const iso = toGregorian(a.calendar, y, a.m!, a.d!);
  r.relative = relative;
  if (!iso) return r; // 31 نوفمبر: the surface stays, the value is unknown
  return { ...r, originalValue: ymd(y, a.m!, a.d!), value: iso, date: iso, precision: 'day' };
}

function yearlessDay(a: DateAtom, anchor: string | null): Resolved {
  if (!anchor) {
    const r = { ...base(a), relative: true, originalValue: `XXXX-${pad(a.m!)}-${pad(a.d!)}` };
    if (a.calendar === 'gregorian') r.value = r.originalValue;
    return r;
  }
  const ay = fromGregorian(a.calendar, anchor).y;
  const cands = [ay - 1, ay, ay + 1].flatMap((y) => {
    const iso = toGregorian(a.calendar, y, a.m!, a.d!);
    return iso ? [{ y, delta: daysBetween(anchor, iso) }] : [];
  });
  const pick = choose(cands, a.rel, ay);
  return pick ? fullDay(a, pick.y, true) : { ...base(a), relative: true };
}

function monthOnly(a: DateAtom, y: number | null, anchor: string | null): Resolved {
  const r = base(a);
  let year = y;
  if (year === null) {
    r.relative = true;
    if (!anchor) {
      r.originalValue = `XXXX-${pad(a.m!)}`;
      if (a.calendar === 'gregorian') r.value = r.originalValue;
      return r;
    }
    const at = fromGregorian(a.calendar, anchor);
    const cands = [at.y - 1, at.y, at.y + 1].map((cy) => ({ y: cy, delta: (cy - at.y) * 12 + a.m! - at.m }));
    year = choose(cands, a.rel, at.y)?.y ?? null;
    if (year === null) return r;
  }
  r.originalValue = `${pad(year, 4)}-${pad(a.m!)}`;
  r.precision = 'month';
  // A Hijri or Solar Hijri month straddles two Gregorian months: no single Gregorian value.
  if (a.calendar === 'gregorian') r.value = r.originalValue;
  return r;
}

/**
 * Resolves a calendar date atom against the anchor day (needed only when the year is missing).
 * @example resolveCalendarDate({ calendar: 'hijri', y: 1442, m: 2, d: 14, … }, null).date // '2020-10-01' (14 صفر 1442 هـ)
 */
export function resolveCalendarDate(a: DateAtom, anchor: string | null): Resolved {
  if (a.monthRel && a.d !== null) {
    if (!anchor) return { ...base(a), relative: true };
    const [y, m] = addMonths(anchor.slice(0, 8) + '01', REL_STEP[a.monthRel]).split('-').map(Number);
    return fullDay({ ...a, y, m }, y, true);
  }
  if (a.m === null) {
    const r = base(a);
    r.originalValue = pad(a.y!, 4);
    r.precision = 'year';
    if (a.calendar === 'gregorian') r.value = r.originalValue;
    return r;
  }
  if (a.d === null) return monthOnly(a, a.y, anchor);
  if (a.y === null) return yearlessDay(a, anchor);
  return fullDay(a, a.y, false);
}
