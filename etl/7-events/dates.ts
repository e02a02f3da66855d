import type { DateMention, Precision } from '../types.js';

/** The day an event happened, and how precisely the text says so. */
export interface EventDate<D extends DateMention = DateMention> {
  date: string | null;
  precision: Precision;
  /** the date mention the day was read from */
  from?: D;
}

// a week's value (الأسبوع الماضي → 2025-W35)
const WEEK = /^\d{4}-W\d{2}$/u;
const UNKNOWN: EventDate<never> = { date: null, precision: 'unknown' };

/**
 * The date of an event: the calendar date mentioned in its sentence closest to the trigger
 * (اليوم، أمس، 27 أيلول/سبتمبر الماضي); with none, the publication day when the sentence says the
 * event is going on now (تدور الآن، الجارية); otherwise unknown — never a guess. An act told as done
 * (`past`) takes no date after publication.
 */
export function eventDate<D extends DateMention>(
  dates: D[],
  sentence: { start: number; end: number },
  trigger: { start: number; end: number },
  present: boolean,
  publishedDate: string | null,
  past = false,
): EventDate<D> {
  let best: D | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    if (d.start < sentence.start || d.end > sentence.end) continue;
    if (d.kind === 'duration' || d.kind === 'set') continue;
    // an act told as done (طالبت … ودعت إلى وقفة الخميس القادم) did not happen on a day still to come
    if (past && publishedDate && d.date && d.date > publishedDate) continue;
    // a year, month or week closest to the trigger (الهجوم على السفينة عام 2010، مقتل أربعة رعاة الأسبوع الماضي) dates it
    // coarsely: no day is borrowed
    if (!d.date && d.precision !== 'year' && d.precision !== 'month' && !WEEK.test(d.value ?? '')) continue;
    const dist = d.start >= trigger.end ? d.start - trigger.end : d.end <= trigger.start ? trigger.start - d.end : 0;
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  if (best && !best.date) return UNKNOWN;
  if (best) return { date: best.date, precision: best.precision === 'unknown' ? 'day' : best.precision, from: best };
  if (present && publishedDate) return { date: publishedDate, precision: 'day' };
  return UNKNOWN;
}
