/**
 * Rules for dates written with month names (all calendars and regional families), numeric
 * dates, and years marked as years (عام 1992، 2020م). Bare numbers never match.
 */
import type { Calendar } from '../types.js';
import type { DateAtom, RelMod, Rule } from './atoms.js';
import { dateLexicon, lookup, type MonthReading } from './lexicons.js';
import { compile, keyOf, LETTER, S, SO, startsExpression, WE, wordBefore } from './regex.js';
import type { Present } from './triggers.js';

const DAY = '(?:0?[1-9]|[12][0-9]|3[01])';
/** Prepositions that let a month name stand alone (في أكتوبر); they stay outside the surface. */
const CUE_PREPOSITIONS = ['في', 'خلال', 'منذ', 'حتى', 'قبل', 'بعد', 'الى', 'مع', 'طوال', 'طيله'];
/** Single-letter era marks double as abbreviations (م = metre): they need a four-digit year. */
const SHORT_ERA_MIN_DIGITS = 4;

/** The year range a calendar's years fall in when no era mark says which calendar is meant. */
const UNMARKED_YEARS: Record<Calendar, [number, number]> = {
  gregorian: [1000, 2199],
  hijri: [1300, 1500],
  solar_hijri: [1200, 1499],
};
const MARKED_YEARS: Record<Calendar, [number, number]> = {
  gregorian: [1, 2999],
  hijri: [1, 1600],
  solar_hijri: [1, 1600],
};

function yearFits(cal: Calendar, y: number, era: Calendar | null): boolean {
  const [lo, hi] = era === cal ? MARKED_YEARS[cal] : UNMARKED_YEARS[cal];
  return y >= lo && y <= hi;
}

/** Which calendar an era mark names (م → gregorian, هـ → hijri, ه.ش → solar_hijri). */
export function eraCalendar(mark: string | undefined): Calendar | null {
  if (!mark) return null;
  return (lookup(dateLexicon().words('era'), mark) as Calendar | undefined) ?? null;
}

function relOf(word: string | undefined): RelMod | null {
  if (!word) return null;
  return (lookup(dateLexicon().words('relmod'), word) as RelMod | undefined) ?? null;
}

/**
 * Picks the reading of a month name: with a year, the calendar whose years it fits (آذر 1399 is
 * Solar Hijri, آذر 2020 a misspelt آذار); without one, a reading whose `needs` the context meets.
 */
function pickReading(
  readings: MonthReading[], y: number | null, era: Calendar | null, context: 'day' | 'cue',
): MonthReading | null {
  if (y !== null) {
    const fits = readings.filter((r) => yearFits(r.calendar, y, era));
    // Years below 1500 written with a month name are Hijri or Solar Hijri years in the news.
    return fits.find((r) => r.calendar === era) ?? fits.find((r) => y < 1500 && r.calendar !== 'gregorian') ?? fits[0] ?? null;
  }
  return readings.find((r) => (context === 'cue' ? r.needs === '' : r.needs !== 'year')) ?? null;
}

function monthDate(
  g: Record<string, string | undefined>, start: number, end: number, d: number | null, context: 'day' | 'cue',
): DateAtom | null {
  const L = dateLexicon();
  const readings = L.months.get(keyOf(g.m1 ?? '')) ?? [];
  const y = g.y ? Number(g.y) : null;
  const era = eraCalendar(g.era);
  if (g.era && era === null) return null;
  if (y !== null && g.era && g.y!.length < SHORT_ERA_MIN_DIGITS && keyOf(g.era).length === 1 && era !== 'hijri') return null;
  const rel = relOf(g.rel);
  const reading = pickReading(readings, y, era, d !== null || rel !== null || g.sh !== undefined ? 'day' : context);
  if (!reading) return null;
  let note: string | null = null;
  const second = g.m2 ?? g.m3;
  if (second) {
    const other = L.months.get(keyOf(second)) ?? [];
    if (!other.some((r) => r.calendar === reading.calendar && r.month === reading.month)) {
      note = `month names "${g.m1}" and "${second}" name different months; the first is kept`;
    }
  }
  return { type: 'date', start, end, calendar: reading.calendar, y, m: reading.month, d, rel, note };
}

function numericDate(g: Record<string, string | undefined>, start: number, end: number): DateAtom | null {
  const era = eraCalendar(g.era);
  const y = Number(g.y);
  const m = Number(g.mo);
  const d = Number(g.d);
  const calendar: Calendar = era ?? 'gregorian';
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31) || !yearFits(calendar, y, era)) return null;
  return { type: 'date', start, end, calendar, y, m, d, rel: null, note: null };
}

function yearDate(g: Record<string, string | undefined>, start: number, end: number, marked = g.yw !== undefined): DateAtom | null {
  const era = eraCalendar(g.era);
  if (g.era && era === null) return null;
  const y = Number(g.y);
  if (!marked && keyOf(g.era ?? '').length === 1 && g.y!.length < SHORT_ERA_MIN_DIGITS && !(era === 'hijri' && g.y!.length === 3)) return null;
  const calendar: Calendar = era ?? 'gregorian';
  // A number with a lone "م" is as often metres as a year: only years of the usual range count.
  const short = !marked && keyOf(g.era ?? '').length === 1 && calendar === 'gregorian';
  if (!yearFits(calendar, y, short ? null : era)) return null;
  return { type: 'date', start, end, calendar, y, m: null, d: null, rel: null, note: null };
}

let rules: Rule[] | null = null;

/** The month-name, numeric-date and marked-year rules, compiled once. */
export function monthRules(): Rule[] {
  if (rules) return rules;
  const L = dateLexicon();
  const MON = `${L.monthAlt}(?![${LETTER}])`;
  const MONX = `(?<m1>${MON})(?:${SO}[/\\\\-]${SO}(?<m2>${MON})|${SO}\\(${SO}(?<m3>${MON})${SO}\\))?`;
  const ERA = `${L.words('era').alt}${WE}`;
  const YEAR = `${SO},?${SO}(?<y>\\d{3,4})(?!\\d)(?:${SO}(?<era>${ERA}))?`;
  const REL = `${S}(?<rel>${L.words('relmod').alt})${WE}`;
  const ORD = L.words('ordinal');
  const at = (m: RegExpExecArray): [Record<string, string | undefined>, number, number] =>
    [m.groups ?? {}, m.index, m.index + m[0].length];
  const hasMonth = (p: Present) => p.month;
  const edges = new Set(L.words('edge').map.keys());
  const preps = new Set(CUE_PREPOSITIONS);
  const hasDigit = (p: Present) => p.digit;
  const hasYearWord = (p: Present) => p.unit && p.digit;
  rules = [
    {
      name: 'day-month',
      gate: (p) => p.month && p.digit,
      re: compile(`(?<d>${DAY})(?!\\d)${SO}(?:من${S})?(?:(?<sh>شهر)${S})?${MONX}(?:${YEAR}|${REL})?`),
      build: (m) => {
        const [g, s, e] = at(m);
        const w = wordBefore(m.input, s); // "يوم 5 مايو"
        return monthDate(g, w?.word === 'يوم' && startsExpression(m.input, w.start) ? w.start : s, e, Number(g.d), 'day');
      },
    },
    {
      name: 'ordinal-day-month',
      gate: hasMonth,
      re: compile(`(?<o>${ORD.alt})${S}من${S}(?:(?<sh>شهر)${S})?${MONX}(?:${YEAR}|${REL})?`),
      build: (m) => { const [g, s, e] = at(m); return monthDate(g, s, e, Number(lookup(ORD, g.o!)), 'day'); },
    },
    {
      // غرة جويلية، غرة شهر رمضان: the first day of the month named right after
      name: 'first-day-month',
      gate: hasMonth,
      re: compile(`(?:${L.words('first-day').alt})${S}(?:(?<sh>شهر)${S})?${MONX}(?:${YEAR}|${REL})?`),
      build: (m) => { const [g, s, e] = at(m); return monthDate(g, s, e, 1, 'day'); },
    },
    {
      // أكتوبر 2020، أكتوبر الماضي، مطلع شهر أكتوبر، في أكتوبر (the preposition stays outside the surface)
      name: 'month',
      gate: hasMonth,
      re: compile(`${MONX}(?:${YEAR}|${REL})?`),
      build: (m) => {
        const [g, s0, e] = at(m);
        // look back over "مطلع" / "شهر" / "مطلع شهر" (in the surface) and a preposition (not in it)
        let s = s0;
        let sh: string | undefined;
        let w = wordBefore(m.input, s);
        if (w?.word === 'شهر' && startsExpression(m.input, w.start)) { s = w.start; sh = 'شهر'; w = wordBefore(m.input, s); }
        if (w && edges.has(w.word) && startsExpression(m.input, w.start)) { s = w.start; w = wordBefore(m.input, s); }
        const cue = w !== null && (preps.has(w.word) || preps.has(w.word.replace(/^[وف]/, '')));
        if (!g.y && !g.rel && s === s0 && !cue) return null;
        return monthDate(g, s, e, null, g.y || g.rel || sh ? 'day' : 'cue'); // (spreading m.groups costs microseconds)
      },
    },
    {
      // الخامس من الشهر الجاري، يوم 5 من الشهر الماضي، في 3 الجاري: a day of the month the publication falls in, or of one
      // next to it
      name: 'day-relative-month',
      gate: (p) => p.digit || p.unit,
      re: compile(`(?:(?<d>${DAY})(?!\\d)|(?<o>${ORD.alt}))${S}(?:من${S})?(?:(?:الشهر|شهر)${S})?(?<rel>${L.words('relmod').alt})${WE}`),
      build: (m) => {
        const [g, s, e] = at(m);
        // (the bare relmod reads only الجاري / الحالي: 3 الماضي is no date)
        const rel = relOf(g.rel)!;
        if (!/(?:الشهر|شهر)\s/u.test(m[0]) && rel !== 'current') return null;
        const d = g.d ? Number(g.d) : Number(lookup(ORD, g.o!));
        const w = wordBefore(m.input, s); // "يوم 5 من الشهر الجاري"
        const start = w?.word === 'يوم' && startsExpression(m.input, w.start) ? w.start : s;
        return { type: 'date', start, end: e, calendar: 'gregorian', y: null, m: null, d, rel: null, monthRel: rel, note: null };
      },
    },
    {
      name: 'numeric-ymd',
      gate: hasDigit,
      re: compile(`(?<y>\\d{4})(?<s>[-/.])(?<mo>\\d{1,2})\\k<s>(?<d>\\d{1,2})(?![\\d.:/])(?:${SO}(?<era>${ERA}))?`),
      build: (m) => { const [g, s, e] = at(m); return numericDate(g, s, e); },
    },
    {
      name: 'numeric-dmy',
      gate: hasDigit,
      re: compile(`(?<d>\\d{1,2})(?<s>[-/.])(?<mo>\\d{1,2})\\k<s>(?<y>\\d{4})(?![\\d.:/])(?:${SO}(?<era>${ERA}))?`),
      build: (m) => { const [g, s, e] = at(m); return numericDate(g, s, e); },
    },
    {
      name: 'year-word',
      gate: hasYearWord,
      re: compile(`(?<yw>${L.words('year-word').alt})${S}(?<y>\\d{3,4})(?![\\d:/.])(?:${SO}(?<era>${ERA}))?`),
      build: (m) => { const [g, s, e] = at(m); return yearDate(g, s, e); },
    },
    {
      // the second year of "عامي 2019 و2020" / "بين عامي 2014 و2016"
      name: 'year-pair-second',
      gate: hasYearWord,
      re: compile(`(?:عامي|سنتي|العامين)${S}\\d{4}${SO}(?:و|-|الى|حتى)${SO}(?<y>\\d{4})(?![\\d:/.])`),
      build: (m) => { const [g, , e] = at(m); return yearDate(g, e - g.y!.length, e, true); },
    },
    {
      name: 'year-era',
      gate: hasDigit,
      re: compile(`(?<y>\\d{1,4})${SO}(?<era>${ERA})`),
      build: (m) => { const [g, s, e] = at(m); return yearDate(g, s, e); },
    },
  ];
  return rules;
}
