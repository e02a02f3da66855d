/**
 * Expressions resolved against the anchor (publication) day: اليوم، أمس، غدا; weekday names
 * (السبت الماضي، الأحد); parts of the day (صباح، مساء); and periods (الأسبوع الماضي، الشهر
 * الجاري، مطلع العام المقبل).
 */
import { REL_STEP, type RelMod, type Resolved, type ResolveContext, type Rule } from './atoms.js';
import { addDays, addMonths, isoWeek, pad, weekdayOf } from './day-math.js';
import { dateLexicon, lookup } from './lexicons.js';
import { compile, keyOf, S, WE } from './regex.js';
import type { Present } from './triggers.js';

/** The most recent day on or before `iso` (strictly before when `strict`) that is weekday `wd`. */
export function weekdayOnOrBefore(iso: string, wd: number, strict = false): string {
  let back = (weekdayOf(iso) - wd + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(iso, -back);
}

/** The first day on or after `iso` (strictly after when `strict`) that is weekday `wd`. */
export function weekdayOnOrAfter(iso: string, wd: number, strict = false): string {
  let ahead = (wd - weekdayOf(iso) + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(iso, ahead);
}

let futureCue: RegExp | null = null;

/** True when the sentence before a bare weekday speaks of the future (سوف، من المقرر …). */
export function speaksOfFuture(before: string): boolean {
  futureCue ??= new RegExp(`(?<![\\p{L}])${dateLexicon().words('future-cue').alt}(?![\\p{L}])`, 'u');
  return futureCue.test(before);
}

/**
 * The day a weekday name denotes: الماضي = strictly before the anchor, المقبل = strictly after,
 * a bare name = the most recent on or before the anchor, or the next one on or after it when
 * the sentence speaks of the future.
 * @example resolveWeekday(6, 'past', '2020-10-08', '') // '2020-10-03' (السبت الماضي)
 */
export function resolveWeekday(wd: number, rel: RelMod | null, anchor: string, before: string | (() => string)): string {
  if (rel === 'past') return weekdayOnOrBefore(anchor, wd, true);
  if (rel === 'past2') return addDays(weekdayOnOrBefore(anchor, wd, true), -7);
  if (rel === 'next') return weekdayOnOrAfter(anchor, wd, true);
  const text = typeof before === 'string' ? before : before();
  return speaksOfFuture(text) ? weekdayOnOrAfter(anchor, wd) : weekdayOnOrBefore(anchor, wd);
}

/**
 * The day of a relative day word, checked against a weekday named with it: "اليوم الأربعاء"
 * on a Thursday means the nearest Wednesday on or before (after, for غدا) the day the word names.
 * @example resolveRelativeDay(-1, null, '2020-10-07') // '2020-10-06' (أمس)
 */
export function resolveRelativeDay(offset: number, wd: number | null, anchor: string): string {
  const day = addDays(anchor, offset);
  if (wd === null || weekdayOf(day) === wd) return day;
  return offset > 0 ? weekdayOnOrAfter(day, wd) : weekdayOnOrBefore(day, wd);
}


/**
 * The value of a period relative to the anchor: a TIMEX3 week, a month or a year.
 * @example resolvePeriod('M', 'past', '2020-10-07').value // '2020-09' (الشهر الماضي)
 */
export function resolvePeriod(unit: string, rel: RelMod, anchor: string | null): Resolved {
  const r: Resolved = {
    kind: 'date', calendar: 'gregorian', originalValue: null, value: null, date: null,
    precision: 'unknown', relative: true,
  };
  if (!anchor) return r;
  const k = REL_STEP[rel];
  if (unit === 'W') r.value = isoWeek(addDays(anchor, 7 * k));
  else if (unit === 'M') {
    r.value = addMonths(anchor, k).slice(0, 7);
    r.precision = 'month';
  } else {
    r.value = pad(Number(anchor.slice(0, 4)) + k, 4);
    r.precision = 'year';
  }
  r.originalValue = r.value;
  return r;
}

const NOT_TODAY_BEFORE = /(?:مثل|نفس|ذلك|ذات)[ \t]+(?:هذا[ \t]+)?$/;

let rules: Rule[] | null = null;

/** Rules for relative days, weekdays, parts of the day and relative periods, compiled once. */
export function relativeRules(): Rule[] {
  if (rules) return rules;
  const L = dateLexicon();
  const RELDAY = L.words('relday');
  const RELMOD = L.words('relmod');
  const UNIT = L.words('period-unit');
  const blockers = L.words('today-blocker').alt;
  const earlier = `(?:في${S})?وقت${S}(?:سابق|لاحق|مبكر|متاخر)${S}(?:من${S})?(?:هذا${S})?`;
  const rel = (w: string | undefined) => (w ? (lookup(RELMOD, w) as RelMod) : null);
  const hasRelDay = (p: Present) => p.relday;
  const hasWeekday = (p: Present) => p.weekday;
  const hasDayRef = (p: Present) => p.digit || p.relday || p.weekday;
  rules = [
    {
      name: 'relative-day',
      gate: hasRelDay,
      re: compile(`(?:${earlier}|يوم${S})?(?<r>${RELDAY.alt})${WE}(?!${S}${blockers}${WE})`),
      build: (m) => {
        // "في مثل هذا اليوم" is an anniversary, not the publication day
        if (NOT_TODAY_BEFORE.test(m.input.slice(Math.max(0, m.index - 14), m.index))) return null;
        return { type: 'relday', start: m.index, end: m.index + m[0].length, offset: Number(lookup(RELDAY, m.groups!.r)) };
      },
    },
    {
      name: 'weekday',
      gate: hasWeekday,
      re: compile(`(?:يوم${S})?(?<w>${L.weekdayAlt})${WE}(?!${S}عشر)(?:${S}(?<rel>${RELMOD.alt})${WE})?`),
      build: (m) => ({
        type: 'weekday', start: m.index, end: m.index + m[0].length,
        iso: L.weekdays.get(keyOf(m.groups!.w))!, rel: rel(m.groups!.rel),
      }),
    },
    {
      name: 'part-of-day',
      gate: hasDayRef,
      re: compile(`${L.words('day-word').alt}${WE}`),
      build: (m) => ({ type: 'part', start: m.index, end: m.index + m[0].length }),
    },
    {
      name: 'relative-period',
      gate: (p) => p.unit,
      re: compile(`(?:${L.words('edge').alt}${S})?(?:(?<u>${UNIT.alt})${S}(?<rel>${RELMOD.alt})${WE}|${L.words('period-this').alt}${S}(?<u2>${UNIT.alt})${WE})`),
      build: (m) => {
        const g = m.groups!;
        const unit = lookup(UNIT, g.u ?? g.u2!)!;
        const mod = rel(g.rel) ?? 'current';
        return {
          type: 'whole', start: m.index, end: m.index + m[0].length,
          resolve: (ctx: ResolveContext) => resolvePeriod(unit, mod, ctx.anchor),
        };
      },
    },
  ];
  return rules;
}
