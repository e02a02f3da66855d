/**
 * Amounts of time (3 سنوات 6 أشهر، أسبوعين، ثلاثة أيام): as durations after منذ، لمدة، خلال …
 * (kind duration, ISO 8601 value, date null), and as offsets from the anchor after قبل / بعد
 * (قبل يومين = two days before the anchor). A count needs a unit word next to it, so casualty
 * counts and ages (2700 قتيل، 55 سنة) never become dates.
 */
import type { Resolved, ResolveContext, Rule } from './atoms.js';
import { addDays, addMonths } from './day-math.js';
import { dateLexicon, lookup } from './lexicons.js';
import { numberWordsSource, parseNumber } from './numbers.js';
import { alternation, compile, S, SO, WE } from './regex.js';
import type { Present } from './triggers.js';

/** One amount: a count (null = unstated, "سنوات") of a unit (D W M Y H N E C). */
export interface Amount {
  n: number | null;
  unit: string;
}

interface UnitTables {
  form: Map<string, { unit: string; form: 'sg' | 'du' | 'pl' }>;
  any: string;
  sg: string;
  du: string;
  pl: string;
  definitePlural: string;
}

let units: UnitTables | null = null;

function unitTables(): UnitTables {
  if (units) return units;
  const L = dateLexicon();
  const form = new Map<string, { unit: string; form: 'sg' | 'du' | 'pl' }>();
  for (const f of ['sg', 'du', 'pl'] as const) {
    for (const [k, unit] of L.words(`unit-${f}`).map) form.set(k, { unit, form: f });
  }
  const pl = [...L.words('unit-pl').map.keys()];
  units = {
    form,
    any: alternation(form.keys()),
    sg: L.words('unit-sg').alt,
    du: L.words('unit-du').alt,
    pl: L.words('unit-pl').alt,
    definitePlural: alternation(pl.map((v) => `ال${v}`)),
  };
  return units;
}

/** The pattern of one or more amounts joined by blanks or و. */
function amountsSource(): string {
  const U = unitTables();
  const L = dateLexicon();
  const num = `(?:\\d{1,4}(?!\\d)|${numberWordsSource()})`;
  const one = `(?:${num}${SO}${U.any}${WE}|${U.du}${WE}|(?:${L.words('vague').alt}${S})?${U.pl}${WE}|${U.sg}${WE}(?!${SO}\\d|${S}(?:ال|امس|غد)))`;
  return `${one}(?:${SO}(?:و${SO})?${one})*`;
}

let amountRe: RegExp | null = null;

/**
 * Reads the amounts of a matched phrase.
 * @example parseAmounts('3 سنوات 6 أشهر') // [{ n: 3, unit: 'Y' }, { n: 6, unit: 'M' }]
 */
export function parseAmounts(text: string): Amount[] {
  const U = unitTables();
  amountRe ??= new RegExp(`(?:(?<num>\\d{1,4}|${numberWordsSource()})${SO})?(?<unit>${U.any})${WE}`, 'g');
  const re = amountRe;
  const out: Amount[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const u = U.form.get(m.groups!.unit.replace(/[ \t]+/g, ' '))!;
    const n = m.groups!.num ? parseNumber(m.groups!.num) : u.form === 'du' ? 2 : u.form === 'sg' ? 1 : null;
    out.push({ n, unit: u.unit });
  }
  return out;
}

const SCALE: Record<string, [string, number]> = { E: ['Y', 10], C: ['Y', 100] };

/**
 * The ISO 8601 duration of amounts; X stands for an unstated count (TIMEX3).
 * @example isoDuration(parseAmounts('أسبوعين')) // 'P2W'
 */
export function isoDuration(amounts: Amount[]): string {
  const tot = new Map<string, number | null>();
  for (const a of amounts) {
    const [unit, k] = SCALE[a.unit] ?? [a.unit, 1];
    const prev = tot.get(unit);
    tot.set(unit, a.n === null || prev === null ? null : (prev ?? 0) + a.n * k);
  }
  const weeks = tot.get('W');
  if (weeks !== undefined && tot.size === 1) return `P${weeks ?? 'X'}W`;
  if (weeks !== undefined) { // ISO mixes weeks with nothing else: count them as days
    tot.set('D', weeks === null || tot.get('D') === null ? null : (tot.get('D') ?? 0) + 7 * weeks);
    tot.delete('W');
  }
  const f = (u: string, letter: string) => (tot.has(u) ? `${tot.get(u) ?? 'X'}${letter}` : '');
  const date = f('Y', 'Y') + f('M', 'M') + f('D', 'D');
  const time = f('H', 'H') + f('N', 'M');
  return `P${date}${time ? `T${time}` : ''}`;
}

/**
 * The day (or month, or year) an offset from the anchor lands on: قبل يومين, بعد أسبوع.
 * @example resolveOffset(-1, [{ n: 3, unit: 'D' }], '2020-10-07').date // '2020-10-04' (قبل ثلاثة أيام)
 */
export function resolveOffset(dir: number, amounts: Amount[], anchor: string | null): Resolved {
  const r: Resolved = {
    kind: 'date', calendar: 'gregorian', originalValue: null, value: null, date: null,
    precision: 'unknown', relative: true,
  };
  // Hours and minutes need the publication time, and an unstated count has no day at all.
  if (!anchor || amounts.some((a) => a.n === null || a.unit === 'H' || a.unit === 'N')) return r;
  const shift = { years: 0, months: 0, days: 0 };
  for (const a of amounts) {
    const n = dir * a.n!;
    if (a.unit === 'D') shift.days += n;
    else if (a.unit === 'W') shift.days += 7 * n;
    else if (a.unit === 'M') shift.months += n;
    else shift.years += n * (SCALE[a.unit]?.[1] ?? 1);
  }
  const d = addDays(addMonths(anchor, 12 * shift.years + shift.months), shift.days);
  const finest = amounts.some((a) => a.unit === 'D' || a.unit === 'W') ? 'day' : amounts.some((a) => a.unit === 'M') ? 'month' : 'year';
  r.precision = finest;
  r.value = finest === 'day' ? d : finest === 'month' ? d.slice(0, 7) : d.slice(0, 4);
  r.originalValue = r.value;
  if (finest === 'day') r.date = r.value;
  return r;
}

function duration(value: string): Resolved {
  return {
    kind: 'duration', calendar: 'gregorian', originalValue: null, value, date: null,
    precision: 'unknown', relative: false,
  };
}

// adjectives that describe the day or days counted (يوم دام، أيام عصيبة، يوم حافل): the phrase names them, it is no offset
// (matched on the normalized view: ة → ه, ى → ي, hamza folded)
const DESCRIBED = /^[ \t]+(?:دام|دامي|داميه|داميا|دمويه?|دموي|حافل|حافله|حافلا|عصيب|عصيبه|عصيبا|طويل|طويله|طويلا|ساخن|ساخنه|مشحون|متوتر|عنيف|عنيفه|حزين|اسود|مأساوي|ماساوي|صعب|صعبه|هادئ|هادي|هادئه)(?![\p{L}])/u;

// من followed by a complementizer (من أن، من أنها، من أنه) is governed by the verb before the offset (حذر من أن) (normalized view)
const FROM_THAT = /^[ \t]+من[ \t]+(?:ان|انه|انها|انهم|انهما)(?![\p{L}])/u;

let rules: Rule[] | null = null;

/** Duration and offset rules, compiled once. */
export function durationRules(): Rule[] {
  if (rules) return rules;
  const L = dateLexicon();
  const U = unitTables();
  const AMOUNTS = amountsSource();
  const QUANT = `(?:${L.words('quantifier').alt}${S})?`;
  const AGO = L.words('ago-cue');
  const hasUnit = (p: Present) => p.unit;
  rules = [
    {
      name: 'duration',
      gate: hasUnit,
      re: compile(`${L.words('duration-cue').alt}${S}${QUANT}(?<a>${AMOUNTS})`),
      build: (m) => {
        const value = isoDuration(parseAmounts(m.groups!.a));
        return { type: 'whole', start: m.index, end: m.index + m[0].length, resolve: () => duration(value) };
      },
    },
    {
      name: 'recent-period',
      gate: hasUnit,
      re: compile(`(?:${L.words('duration-cue').alt}${S}|في${S})?(?<u>${U.definitePlural})(?:${S}ال?(?<n>\\d{1,3}))?${S}${L.words('recent').alt}${WE}`),
      build: (m) => {
        const unit = U.form.get(m.groups!.u.replace(/^ال/, '').replace(/[ \t]+/g, ' '))!.unit;
        const value = isoDuration([{ n: m.groups!.n ? Number(m.groups!.n) : null, unit }]);
        return { type: 'whole', start: m.index, end: m.index + m[0].length, resolve: () => duration(value) };
      },
    },
    {
      // "خلال الـ24 ساعة الماضية": a count with the article, then the unit
      name: 'recent-count',
      gate: (p) => p.unit && p.digit,
      re: compile(`(?:${L.words('duration-cue').alt}${S}|في${S})?ال${SO}(?<n>\\d{1,3})${SO}(?<u>${U.any})${S}${L.words('recent').alt}${WE}`),
      build: (m) => {
        const unit = U.form.get(m.groups!.u.replace(/[ \t]+/g, ' '))!.unit;
        const value = isoDuration([{ n: Number(m.groups!.n), unit }]);
        return { type: 'whole', start: m.index, end: m.index + m[0].length, resolve: () => duration(value) };
      },
    },
    {
      name: 'offset',
      gate: hasUnit,
      re: compile(`(?<dir>${AGO.alt})${S}${QUANT}(?<a>${AMOUNTS})`),
      build: (m) => {
        const amounts = parseAmounts(m.groups!.a);
        const end = m.index + m[0].length;
        // "بعد يومين من المحادثات"، "بعد ستة أيام على وفاتها" count from an event, not from the anchor: only a duration
        // is known (على is read folded too, its final ى as ي; بعد يوم واحد من الهجوم, بعد يومين فقط من …)
        // (… and so does a day described, بعد يوم دام في الناصرية، بعد ليلة عصيبة: a day of events, not one day from now)
        // (… but not من opening what a verb governs: حذرت قبل يومين من أنها ستمنع أي تجمع, two days before publication)
        const next = m.input.slice(end, end + 24);
        if ((/^[ \t]+(?:(?:واحد|واحدة|فقط|كامل|كاملة)[ \t]+)?(?:من|على|علي)(?![\p{L}])/u.test(next) && !FROM_THAT.test(next))
          || DESCRIBED.test(next)) {
          const value = isoDuration(amounts);
          return { type: 'whole', start: m.index, end, resolve: () => duration(value) };
        }
        const dir = Number(lookup(AGO, m.groups!.dir));
        return { type: 'whole', start: m.index, end, resolve: (ctx: ResolveContext) => resolveOffset(dir, amounts, ctx.anchor) };
      },
    },
  ];
  return rules;
}
