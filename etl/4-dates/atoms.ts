/**
 * The pieces the rules find on the normalized view before they are grouped into mentions:
 * a calendar date, a weekday, a relative day, a part of the day, a clock time, a zone, or an
 * expression that is complete on its own (durations, offsets, relative periods).
 */
import type { Calendar, DateMention } from '../types.js';
import type { Present } from './triggers.js';

/** Direction words after a date or a weekday: الماضي، الجاري، المقبل.
 * past = the last one; past2 = the one before it (السبت قبل الماضي، الأسبوع قبل الماضي). */
export type RelMod = 'past2' | 'past' | 'current' | 'next';

/** How many periods (weeks, months, years) from the anchor's each direction word moves. */
export const REL_STEP: Readonly<Record<RelMod, number>> = { past2: -2, past: -1, current: 0, next: 1 };

/** The fields of a mention that its resolver computes (all but the span and the anchor). */
export type Resolved = Omit<DateMention, 'start' | 'end' | 'surface' | 'anchorDate'>;

/** What resolvers know besides the atom: the anchor day and the text before the atom. */
export interface ResolveContext {
  anchor: string | null;
  /** normalized text of the same sentence before the expression (for tense cues), computed on demand */
  before: () => string;
}

interface Span {
  start: number;
  end: number;
}

/** A date written with a month name, as numbers, or a marked year. */
export interface DateAtom extends Span {
  type: 'date';
  calendar: Calendar;
  y: number | null;
  m: number | null;
  d: number | null;
  rel: RelMod | null;
  /** a day of a month named only by its place next to the anchor's (الخامس من الشهر الجاري، 3 الجاري، 12 من الشهر الماضي):
   * m and y are null and come from the anchor */
  monthRel?: RelMod;
  /** set when the two names of a doubled month disagree (أيلول/أكتوبر) */
  note: string | null;
}

/** A weekday name, with the direction word after it when there is one. */
export interface WeekdayAtom extends Span {
  type: 'weekday';
  iso: number;
  rel: RelMod | null;
}

/** اليوم، أمس، غدا …: a day offset from the anchor. */
export interface RelDayAtom extends Span {
  type: 'relday';
  offset: number;
}

/** صباح، مساء … before a day. */
export interface PartAtom extends Span {
  type: 'part';
}

/** A clock time. */
export interface TimeAtom extends Span {
  type: 'time';
  hour: number;
  minute: number | null;
}

/** A time zone; zone null for "local time". */
export interface ZoneAtom extends Span {
  type: 'zone';
  zone: string | null;
}

/** An expression complete on its own. */
export interface WholeAtom extends Span {
  type: 'whole';
  resolve: (ctx: ResolveContext) => Resolved;
}

export type Atom = DateAtom | WeekdayAtom | RelDayAtom | PartAtom | TimeAtom | ZoneAtom | WholeAtom;

/** A pattern and the function that turns one of its matches into an atom (null: not a date after all). */
export interface Rule {
  name: string;
  re: RegExp;
  /** which trigger families the text must hold before `re` runs at all (most sentences hold no date) */
  gate?: (p: Present) => boolean;
  build: (m: RegExpExecArray) => Atom | null;
}
