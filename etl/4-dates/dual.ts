/**
 * Dual datelines: a Hijri (or Solar Hijri) date and its Gregorian counterpart side by side
 * ("14 صفر 1442 هـ الموافق 1 أكتوبر 2020 م"). Each stays its own mention; when the two name
 * different days, both get a `conflict` note.
 */
import type { Resolved } from './atoms.js';

/** What links the two halves of a dual dateline. */
const LINK = /^[ \t]*(?:[,/\-–(=|]|ال?موافق(?:[ \t]*ل)?|الذي[ \t]+يوافق|الذي[ \t]+يصادف|ويوافق|يوافق)?[ \t]*\(?[ \t]*$/;

/** A resolved mention with its span on the normalized view. */
export interface Placed {
  start: number;
  end: number;
  r: Resolved;
}

/** Sets `conflict` on both halves of every dual dateline whose calendars disagree. */
export function checkDualDates(ms: Placed[], text: string): void {
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (!a.r.date || !b.r.date || a.r.calendar === b.r.calendar || a.r.date === b.r.date) continue;
    if (!LINK.test(text.slice(a.end, b.start))) continue;
    const note = `dual dateline disagrees: ${a.r.calendar} ${a.r.originalValue} is ${a.r.date}, ${b.r.calendar} ${b.r.originalValue} is ${b.r.date}`;
    for (const m of [a, b]) m.r.conflict = m.r.conflict ? `${m.r.conflict}; ${note}` : note;
  }
}
