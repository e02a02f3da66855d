/**
 * Joins atoms that stand next to each other into one mention, the way datelines and news
 * sentences chain them: [part of day] [relative day] [weekday] [date] [time [zone]]
 * ("الأحد 27 سبتمبر 2020 - 20:36 بتوقيت طهران"، "صباح أمس"، "اليوم الأربعاء").
 */
import type { Atom, DateAtom, PartAtom, RelDayAtom, Resolved, ResolveContext, TimeAtom, WeekdayAtom, ZoneAtom } from './atoms.js';
import { resolveCalendarDate } from './calendar-date.js';
import { addDays, pad, weekdayOf, weekdaysOn, WEEKDAY_EN } from './day-math.js';
import { resolveRelativeDay, resolveWeekday } from './relative.js';
import { zoneOffset } from './zones.js';

/** Atoms of one mention. */
export interface Group {
  start: number;
  end: number;
  atoms: Atom[];
  part?: PartAtom;
  relday?: RelDayAtom;
  weekday?: WeekdayAtom;
  date?: DateAtom;
  time?: TimeAtom;
  zone?: ZoneAtom;
}

/** What may stand between two atoms of one mention: blanks, a comma, a dash, a slash, من, في, or ISO's T. */
const GLUE = /^[ \t]*(?:[,\-–—/|]|من|في)?[ \t]*$|^t$/;

function canJoin(g: Group, a: Atom): boolean {
  const onlyPart = g.atoms.length === 1 && g.part !== undefined;
  switch (a.type) {
    case 'relday': return !g.relday && !g.weekday && !g.date;
    case 'weekday': return !g.weekday && !g.date;
    case 'date': return !g.date && a.d !== null && !(g.relday && !g.weekday && !g.time);
    case 'time': return !onlyPart && !g.time && (!g.date || g.date.d !== null);
    case 'zone': return g.atoms[g.atoms.length - 1]?.type === 'time';
    default: return false;
  }
}

function add(g: Group, a: Atom): void {
  g.atoms.push(a);
  g.end = a.end;
  switch (a.type) {
    case 'part': g.part = a; break;
    case 'relday': g.relday = a; break;
    case 'weekday': g.weekday = a; break;
    case 'date': g.date = a; break;
    case 'time': g.time = a; break;
    case 'zone': g.zone = a; break;
    default: break;
  }
}

/** Groups atoms (sorted, non-overlapping) into mentions. */
export function groupAtoms(atoms: Atom[], text: string): Group[] {
  const groups: Group[] = [];
  let g: Group | null = null;
  for (const a of atoms) {
    const joinable = g !== null && a.type !== 'whole' && GLUE.test(text.slice(g.end, a.start)) && canJoin(g, a);
    if (g && joinable) { add(g, a); continue; }
    g = { start: a.start, end: a.end, atoms: [] };
    add(g, a);
    groups.push(g);
    if (a.type === 'whole' || a.type === 'zone') g = null; // a zone only follows a time
  }
  return groups;
}

function emptyDay(relative: boolean): Resolved {
  return {
    kind: 'date', calendar: 'gregorian', originalValue: null, value: null, date: null,
    precision: 'unknown', relative,
  };
}

function dayResolved(day: string | null, relative: boolean): Resolved {
  const r = emptyDay(relative);
  if (day) Object.assign(r, { originalValue: day, value: day, date: day, precision: 'day' });
  return r;
}

/** The day part of a group: a written date wins; then a relative day; then a weekday. */
function resolveDay(g: Group, ctx: ResolveContext): Resolved | null {
  const { anchor } = ctx;
  if (g.date) {
    const r = resolveCalendarDate(g.date, anchor);
    if (g.weekday && r.date && weekdayOf(r.date) !== g.weekday.iso) {
      const off = weekdaysOn(weekdayOf(r.date), g.weekday.iso);
      // a Hijri day one off its weekday (الثلاثاء ٢٢ جمادى الأولى): the outlet's month began a day before or after Umm
      // al-Qura's, as local sightings often do, so the weekday it names tells the day
      const shift = r.calendar === 'hijri' ? (off === 1 ? 1 : off === 6 ? -1 : 0) : 0;
      let note = `the weekday named is ${WEEKDAY_EN[g.weekday.iso]} but ${r.date} is a ${WEEKDAY_EN[weekdayOf(r.date)]}`;
      if (shift) {
        const day = addDays(r.date, shift);
        note += `; taken as ${day}, the ${WEEKDAY_EN[g.weekday.iso]} next to it (a local month start)`;
        r.date = day;
        r.value = day;
      }
      r.conflict = r.conflict ? `${r.conflict}; ${note}` : note;
    }
    return r;
  }
  if (g.relday) return dayResolved(anchor ? resolveRelativeDay(g.relday.offset, g.weekday?.iso ?? null, anchor) : null, true);
  if (g.weekday) return dayResolved(anchor ? resolveWeekday(g.weekday.iso, g.weekday.rel, anchor, ctx.before) : null, true);
  return null;
}

/** The mention fields of a group, or null when it holds no temporal expression on its own. */
export function interpretGroup(g: Group, ctx: ResolveContext): Resolved | null {
  const first = g.atoms[0];
  if (first.type === 'whole') return first.resolve(ctx);
  const day = resolveDay(g, ctx);
  const t = g.time;
  if (!day && !t) return null; // a part of the day or a zone alone says nothing
  const zone = g.zone?.zone ?? null;
  if (!t) return day;
  const clock = t.minute === null ? `T${pad(t.hour)}` : `T${pad(t.hour)}:${pad(t.minute)}`;
  const precision = t.minute === null ? 'hour' : 'minute';
  if (!day) {
    return { ...emptyDay(false), kind: 'time', value: clock, originalValue: clock, precision, zone };
  }
  const r: Resolved = { ...day, kind: 'datetime', zone };
  if (day.date) {
    const offset = zone ? zoneOffset(zone, day.date, t.hour, t.minute ?? 0) : '';
    r.value = `${day.date}${clock}${offset ?? ''}`;
    r.precision = precision;
  } else if (day.value && /^XXXX-\d\d-\d\d$/.test(day.value)) {
    r.value = `${day.value}${clock}`;
  } else {
    r.value = null;
  }
  return r;
}
