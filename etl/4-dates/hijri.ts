/**
 * Hijri ↔ Gregorian. Inside the years ICU tabulates (1300–1600 AH) the Umm al-Qura calendar
 * comes from Node's Intl `islamic-umalqura`, inverted exactly by search; outside, the tabular
 * (civil) Islamic calendar is computed directly, as ICU itself does there.
 */
import { calendarDayOf, epochDayOfCalendarDay, type CalendarDay } from './calendar-search.js';
import { epochDayOf, isoOfEpochDay } from './day-math.js';

const UQ = 'islamic-umalqura';
/** First Hijri year of ICU's Umm al-Qura table. */
export const UMALQURA_FIRST_YEAR = 1300;
/** Last Hijri year of ICU's Umm al-Qura table. */
export const UMALQURA_LAST_YEAR = 1600;
const SEARCH_LO = epochDayOf('1882-01-01');
const SEARCH_HI = epochDayOf('2176-12-31');
const FIRST_UQ_DAY = epochDayOf('1882-11-12'); // 1 Muharram 1300 (checked in the tests)
const CIVIL_EPOCH = 1948439.5 - 2440587.5; // 1 Muharram 1 AH (Julian 16 July 622) as an epoch day

const monthStarts = new Map<number, number | null>();

/** Epoch day of a tabular Islamic date (the 30-year cycle with leap years 2,5,7,10,13,16,18,21,24,26,29). */
function civilToEpochDay(y: number, m: number, d: number): number {
  return d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + CIVIL_EPOCH - 1;
}

function civilMonthLength(y: number, m: number): number {
  if (m % 2 === 1) return 30;
  if (m < 12) return 29;
  return (14 + 11 * y) % 30 < 11 ? 30 : 29;
}

function civilOfEpochDay(n: number): CalendarDay {
  const y = Math.floor((30 * (n - CIVIL_EPOCH) + 10646) / 10631);
  const m = Math.min(12, Math.ceil((n - 29 - civilToEpochDay(y, 1, 1)) / 29.5) + 1);
  const d = n - civilToEpochDay(y, m, 1) + 1;
  return { y, m, d };
}

function umalquraMonthStart(y: number, m: number): number | null {
  const key = y * 100 + m;
  if (!monthStarts.has(key)) monthStarts.set(key, epochDayOfCalendarDay(UQ, { y, m, d: 1 }, SEARCH_LO, SEARCH_HI));
  return monthStarts.get(key) ?? null;
}

/**
 * The Gregorian day (YYYY-MM-DD) of a Hijri date, or null when that date does not exist.
 * @example hijriToGregorian(1442, 2, 14) // '2020-10-01' (14 صفر 1442 هـ)
 */
export function hijriToGregorian(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !(m >= 1 && m <= 12) || !(d >= 1 && d <= 30) || y < 1) return null;
  if (y < UMALQURA_FIRST_YEAR || y > UMALQURA_LAST_YEAR) {
    return d <= civilMonthLength(y, m) ? isoOfEpochDay(civilToEpochDay(y, m, d)) : null;
  }
  const start = umalquraMonthStart(y, m);
  if (start === null) return null;
  const day = start + d - 1;
  // Umm al-Qura months have 29 or 30 days: only day 30 needs checking.
  if (d === 30 && calendarDayOf(UQ, day).m !== m) return null;
  return isoOfEpochDay(day);
}

/**
 * The Hijri date of a Gregorian day (Umm al-Qura where tabulated, tabular Islamic elsewhere).
 * @example gregorianToHijri('2020-10-01') // { y: 1442, m: 2, d: 14 }
 */
export function gregorianToHijri(iso: string): CalendarDay {
  if (!/^\d{4}-\d\d-\d\d$/.test(iso)) throw new Error(`hijri: bad ISO day "${iso}"`);
  const n = epochDayOf(iso);
  const last = umalquraMonthStart(UMALQURA_LAST_YEAR, 12);
  if (n < FIRST_UQ_DAY || last === null || n >= last + 30) return civilOfEpochDay(n);
  return calendarDayOf(UQ, n);
}
