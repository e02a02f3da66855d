/**
 * Gregorian day arithmetic on ISO day strings. Day steps (addDays, weekdays, differences) are
 * integer epoch-day arithmetic, exact and about fifty times faster than building luxon objects,
 * which the engine would otherwise do for every mention. Luxon is kept for what integers cannot
 * know: zone offsets (zones.ts).
 */
/** Zero padding to `width` digits (2 by default). */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a Gregorian month. */
export function monthLength(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1];
}

/** The ISO day for y-m-d, or null when no such Gregorian day exists (31 نوفمبر). */
export function isoDay(y: number, m: number, d: number): string | null {
  if (!(Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1)) return null;
  return d <= monthLength(y, m) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 of an ISO day (the common scale of the calendar converters). */
export function epochDayOf(iso: string): number {
  const n = daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  if (Number.isNaN(n) || iso.length !== 10) throw new Error(`dates: bad ISO day "${iso}"`);
  return n;
}

/** The ISO day of an epoch day (H. Hinnant's civil_from_days). */
export function isoOfEpochDay(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The day n days after (or before, n < 0) iso. */
export function addDays(iso: string, n: number): string {
  return isoOfEpochDay(epochDayOf(iso) + n);
}

/** The ISO weekday (1 = Monday … 7 = Sunday) of a day. */
export function weekdayOf(iso: string): number {
  const n = epochDayOf(iso); // 1970-01-01 was a Thursday (4)
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** How many days on from weekday a (ISO 1–7) weekday b falls, 0–6. */
export function weekdaysOn(a: number, b: number): number {
  return (b - a + 7) % 7;
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return epochDayOf(b) - epochDayOf(a);
}

/** The day `months` months after iso, the day clamped to the month's length (31 March − 1 month = 29 February). */
export function addMonths(iso: string, months: number): string {
  const idx = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(Number(iso.slice(8, 10)), monthLength(y, m)))}`;
}

/** The TIMEX3 week value (2020-W40) of the ISO week holding iso: the week's Thursday gives its year. */
export function isoWeek(iso: string): string {
  const thursday = addDays(iso, 4 - weekdayOf(iso));
  const y = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${pad(y, 4)}-01-01`, thursday) / 7) + 1;
  return `${pad(y, 4)}-W${pad(week)}`;
}

/** Weekday names used in explanations (conflict notes). */
export const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
