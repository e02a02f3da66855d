/** Clock times: 20:36، الساعة 8 صباحا، الساعة الثامنة والنصف مساء. */
import type { Rule, TimeAtom } from './atoms.js';
import { dateLexicon, lookup } from './lexicons.js';
import { compile, S, SO, WE } from './regex.js';

/**
 * The 24-hour clock hour of an hour said with a part of the day.
 * @example applyDayPart(8, 'pm') // 20 (الساعة 8 مساء)
 */
export function applyDayPart(h: number, part: string | undefined): number {
  if (part === 'am') return h === 12 ? 0 : h;
  if (part === 'pm') return h >= 1 && h <= 11 ? h + 12 : h;
  if (part === 'noon') return h >= 1 && h <= 5 ? h + 12 : h;
  if (part === 'night') return h === 12 ? 0 : h >= 6 && h <= 11 ? h + 12 : h;
  return h;
}

let rules: Rule[] | null = null;

/** Clock-time rules, compiled once. */
export function timeRules(): Rule[] {
  if (rules) return rules;
  const L = dateLexicon();
  const PART = L.words('day-part');
  const HOURW = L.words('hour-word');
  const MINW = L.words('minute-word');
  const HOUR_WORD = `(?:تمام${S})?الساعه${S}`;
  const atom = (m: RegExpExecArray, hour: number, minute: number | null): TimeAtom | null => {
    if (hour > 24 || (hour === 24 && minute)) return null;
    return { type: 'time', start: m.index, end: m.index + m[0].length, hour: hour % 24, minute };
  };
  const part = (m: RegExpExecArray) => (m.groups!.p ? lookup(PART, m.groups!.p) : undefined);
  rules = [
    {
      name: 'clock',
      gate: (p) => p.colon,
      re: compile(`(?:${HOUR_WORD})?(?<h>[01]?\\d|2[0-4]):(?<mi>[0-5]\\d)(?::[0-5]\\d)?(?![\\d:])(?:${SO}(?<p>${PART.alt})${WE})?`),
      build: (m) => atom(m, applyDayPart(Number(m.groups!.h), part(m)), Number(m.groups!.mi)),
    },
    {
      name: 'hour',
      gate: (p) => p.unit && p.digit,
      re: compile(`${HOUR_WORD}(?<h>\\d{1,2})(?![\\d:])(?:${S}(?<p>${PART.alt})${WE})?`),
      build: (m) => atom(m, applyDayPart(Number(m.groups!.h), part(m)), null),
    },
    {
      name: 'hour-word',
      gate: (p) => p.unit,
      re: compile(`${HOUR_WORD}(?<hw>${HOURW.alt})${WE}(?:${S}(?<mw>${MINW.alt})${WE})?(?:${S}(?:من${S})?(?<p>${PART.alt})${WE})?`),
      build: (m) => {
        let h = Number(lookup(HOURW, m.groups!.hw));
        let mi = m.groups!.mw ? Number(lookup(MINW, m.groups!.mw)) : null;
        if (mi !== null && mi < 0) { h = (h + 11) % 12 || 12; mi += 60; } // "الثامنة إلا ربعا" = 7:45
        return atom(m, applyDayPart(h, part(m)), mi);
      },
    },
  ];
  return rules;
}
