/**
 * Time zones: بتوقيت طهران، بتوقيت مكة المكرمة، GMT+3، ت.غ، بالتوقيت المحلي. Places map to IANA
 * zones so luxon applies the offset in force on that day (daylight saving, historical changes).
 */
import { DateTime } from 'luxon';
import type { Rule, ZoneAtom } from './atoms.js';
import { dateLexicon } from './lexicons.js';
import { compile, keyOf, LETTER, S, SO } from './regex.js';

/**
 * The zone of a fixed offset from UTC: Etc/GMT-3 for +3 (IANA inverts the sign), UTC+3:30 otherwise.
 * @example fixedOffsetZone('+', 3, 0) // 'Etc/GMT-3' (GMT+3)
 */
export function fixedOffsetZone(sign: string, h: number, m: number): string | null {
  if (h > 14 || m >= 60) return null;
  if (h === 0 && m === 0) return 'UTC';
  if (m === 0) return `Etc/GMT${sign === '+' ? '-' : '+'}${h}`;
  return `UTC${sign}${h}:${String(m).padStart(2, '0')}`;
}

/**
 * The UTC offset (+03:30) of a zone at a local day and time.
 * @example zoneOffset('Asia/Tehran', '2020-09-27', 20, 36) // '+03:30'
 */
export function zoneOffset(zone: string, day: string, hour: number, minute: number): string | null {
  const key = `${zone} ${day} ${hour}:${minute}`;
  let hit = offsets.get(key);
  if (hit === undefined) {
    const [year, month, d] = day.split('-').map(Number);
    const dt = DateTime.fromObject({ year, month, day: d, hour, minute }, { zone });
    hit = dt.isValid ? dt.toFormat('ZZ') : null;
    // Luxon asks Intl for the offset, which is slow; datelines of one outlet repeat zone and day.
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, hit);
  }
  return hit;
}

const offsets = new Map<string, string | null>();

let rules: Rule[] | null = null;

/** Zone rules, compiled once. */
export function zoneRules(): Rule[] {
  if (rules) return rules;
  const L = dateLexicon();
  const OFFSET = `(?:${SO}(?<sign>[+-])${SO}(?<oh>\\d{1,2})(?::(?<om>\\d\\d))?(?!\\d))?`;
  const withOffset = (zone: string | null, g: Record<string, string | undefined>): string | null => {
    if (!g.sign) return zone;
    return zone === 'UTC' ? fixedOffsetZone(g.sign, Number(g.oh), Number(g.om ?? 0)) : null;
  };
  const atom = (start: number, end: number, zone: string | null): ZoneAtom => ({ type: 'zone', start, end, zone });
  rules = [
    {
      name: 'zone-place',
      gate: (p) => p.zone,
      re: compile(`توقيت${S}(?<place>${L.zoneAlt})(?![${LETTER}])${OFFSET}`),
      build: (m) => {
        const zone = withOffset(L.zones.get(keyOf(m.groups!.place)) ?? null, m.groups!);
        // "بتوقيت" / "وبتوقيت": the attached preposition belongs to the surface
        const prefix = /(?:^|[^\p{L}])(و?ب)$/u.exec(m.input.slice(Math.max(0, m.index - 3), m.index));
        const start = m.index - (prefix ? prefix[1].length : 0);
        return zone ? atom(start, m.index + m[0].length, zone) : null;
      },
    },
    {
      name: 'zone-local',
      gate: (p) => p.zone,
      re: compile(`(?:و?ب|حسب${S}|وفق${S})?التوقيت${S}المحلي(?![${LETTER}])`),
      build: (m) => atom(m.index, m.index + m[0].length, null),
    },
    {
      name: 'zone-abbreviation',
      gate: (p) => p.zone,
      re: compile(`(?<open>\\(${SO})?(?:ت\\.${SO}غ\\.?|gmt|utc)(?![${LETTER}])${OFFSET}(?<close>${SO}\\))?`),
      build: (m) => {
        const g = m.groups!;
        let start = m.index;
        let end = m.index + m[0].length;
        if (g.open && !g.close) start += g.open.length; // keep brackets balanced in the surface
        if (g.close && !g.open) end -= g.close.length;
        const zone = withOffset('UTC', g);
        return zone ? atom(start, end, zone) : null;
      },
    },
  ];
  return rules;
}
