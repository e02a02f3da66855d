/**
 * Converts between epoch days and the days of a non-Gregorian calendar through Node's Intl
 * (ICU). ICU only goes from a day to its calendar date; the other direction is found exactly
 * by binary search over days, which works because calendar dates grow with the days.
 */

/** A day of some calendar. */
export interface CalendarDay {
  y: number;
  m: number;
  d: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(calendar: string): Intl.DateTimeFormat {
  let f = formatters.get(calendar);
  if (!f) {
    f = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
      timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
    });
    formatters.set(calendar, f);
  }
  return f;
}

/** The date in `calendar` (an ICU calendar id) of an epoch day. */
export function calendarDayOf(calendar: string, epochDay: number): CalendarDay {
  const out: CalendarDay = { y: 0, m: 0, d: 0 };
  for (const p of formatter(calendar).formatToParts(new Date(epochDay * 86_400_000))) {
    if (p.type === 'year' || (p.type as string) === 'relatedYear') out.y = Number(p.value);
    else if (p.type === 'month') out.m = Number(p.value);
    else if (p.type === 'day') out.d = Number(p.value);
  }
  return out;
}

function compare(a: CalendarDay, b: CalendarDay): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/**
 * The epoch day whose date in `calendar` is `target`, searched in [lo, hi]; null when that
 * date does not exist (day 30 of a 29-day month).
 */
export function epochDayOfCalendarDay(calendar: string, target: CalendarDay, lo: number, hi: number): number | null {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = Math.floor((a + b) / 2);
    if (compare(calendarDayOf(calendar, mid), target) < 0) a = mid + 1;
    else b = mid;
  }
  return compare(calendarDayOf(calendar, a), target) === 0 ? a : null;
}
