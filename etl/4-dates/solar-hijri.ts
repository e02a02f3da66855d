/**
 * Solar Hijri (Iranian, ھجری شمسی) ↔ Gregorian through Node's Intl `persian` calendar,
 * inverted exactly by search.
 */
import { calendarDayOf, epochDayOfCalendarDay, type CalendarDay } from './calendar-search.js';
import { epochDayOf, isoOfEpochDay } from './day-math.js';

const FA = 'persian';
const SEARCH_LO = epochDayOf('0622-01-01');
const SEARCH_HI = epochDayOf('2700-12-31');
const yearStarts = new Map<number, number | null>();

function nowruz(y: number): number | null {
  if (!yearStarts.has(y)) yearStarts.set(y, epochDayOfCalendarDay(FA, { y, m: 1, d: 1 }, SEARCH_LO, SEARCH_HI));
  return yearStarts.get(y) ?? null;
}

/**
 * The Gregorian day of a Solar Hijri date, or null when that date does not exist.
 * @example solarHijriToGregorian(1399, 7, 10) // '2020-10-01' (10 مهر 1399)
 */
export function solarHijriToGregorian(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1 || y > 2000 || !(m >= 1 && m <= 12) || !(d >= 1 && d <= 31)) return null;
  if (m > 6 && d > 30) return null; // months 7-12 have 30 days (Esfand 29 or 30)
  const start = nowruz(y);
  if (start === null) return null;
  // Months 1-6 have 31 days, 7-11 have 30: the day's offset in the year is arithmetic.
  const day = start + (m <= 6 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d - 1;
  if (m === 12 && d === 30 && calendarDayOf(FA, day).m !== 12) return null;
  return isoOfEpochDay(day);
}

/**
 * The Solar Hijri date of a Gregorian day.
 * @example gregorianToSolarHijri('2020-03-20') // { y: 1399, m: 1, d: 1 } (1 فروردین 1399)
 */
export function gregorianToSolarHijri(iso: string): CalendarDay {
  if (!/^\d{4}-\d\d-\d\d$/.test(iso)) throw new Error(`solar-hijri: bad ISO day "${iso}"`);
  return calendarDayOf(FA, epochDayOf(iso));
}
