import { canonicalOutlet } from './outlets.js';
import { normalizeForMatch, normalizeKey } from '../3-segment/normalize.js';

/** The dateline of an article: its text, and who wrote and republished it when stated. */
export interface Dateline {
  /** the date part as written (for the date engine), or null */
  dateText: string | null;
  outlet: string | null;
  republishedBy: string | null;
  /** how many UTF-16 units of the paragraph the dateline occupies (0 when it is a line of its own) */
  consumed: number;
}

const YEAR = /(^|[^0-9])(1[34]\d\d|19\d\d|20\d\d)([^0-9]|$)/;
// "(Site / Agency - 07 اكتوبر 2020ء)" at the head of the first paragraph.
const PAREN = /^\s*\(([^()\n]{2,160}?)\s+[-–—]\s+([^()\n]{4,80}?)\)\s*[-–—:]?\s*/u;
// "القاهرة (رويترز) -" or "موسكو - سبوتنيك -": a place, an outlet, a dash.
const CITY_OUTLET = /^\s*([\p{L}\s]{2,30}?)\s*\(([^()\n]{2,40})\)\s*[-–—:]\s*/u;
const CITY_DASH_OUTLET = /^\s*([\p{L}\s]{2,30}?)\s*[-–—]\s*([\p{L}\s]{2,30}?)\s*[-–—:.]\s+/u;

// The same shapes with any outlet, known or not, and with the colon first (الجنينة: دارفور24 –): a few
// words up to two separators (dash, colon, a source in parentheses), then the text.
// (an outlet in guillemets may hold a hyphen: الخرطوم – «Al-Rakoba Record»:)
// (… and a byline or a source after the outlet: غزة – «رأي اليوم» – من نادر الصفدي:، – وكالات:، – خاص:; and the day before a
// source in parentheses: الخرطوم 22-5-2011 (سونا) –)
const ANY_DATELINE = /^\s*(?:[^\n:–—\-()]{1,40}?|[\p{L}\s]{2,30}?\s[0-9\u0660-\u0669]{1,2}[-/][0-9\u0660-\u0669]{1,2}[-/][0-9\u0660-\u0669]{4}\s*)(?:\([^\n()]{1,30}\)\s*[-–—:]|\s[-–—]\s(?:«[^«»\n]{1,40}»(?:\s[-–—]\s[^\n:–—\-«»]{1,30}?)?|[^\n:–—\-]{1,30}?):|:\s[^\n:–—\-]{1,30}?\s[-–—])(?=\s*\S)/u;

// A dateline with the publication day after the outlet or before it (بيدوا – «العربي» – 11 رجب 1438هـ:، جازان، الثلاثاء ١ رمضان
// ١٤٤٢هـ – «جازان تايمز»:): a year, Western, Arabic-Indic or Hijri, stands in the date part.
const DATED_DATELINE = /^\s*[^\n:–—\-()،]{1,30}?(?:\s[-–—]\s[^\n:–—،]{1,30}?\s*[-–—،]\s*([^\n:–—\-]{4,60}?)|،\s*([^\n:–—\-]{4,40}?)\s[-–—]\s[^\n:–—\-]{1,30}?):(?=\s*\S)/u;

/**
 * How many UTF-16 units a dateline-shaped head of `text` takes (at most eight words), or 0: for a
 * body whose dateline the clean step left in place because its outlet is not known.
 */
export function leadDatelineLength(text: string): number {
  const m = ANY_DATELINE.exec(text);
  return m && m[0].trim().split(/\s+/u).length <= 8 ? m[0].length : 0;
}

/**
 * How many UTF-16 units a dateline with its publication day takes at the head of `text` (at most sixteen words), or 0:
 * the events of the text take no day from it, as the day is the article's, not an act's.
 */
export function datedLeadLength(text: string): number {
  const m = DATED_DATELINE.exec(text);
  return m && YEAR.test(normalizeKey(m[1] ?? m[2] ?? '')) && m[0].trim().split(/\s+/u).length <= 16 ? m[0].length : 0;
}

/** Names of the outlets in "A / B": the last is the author, an earlier one the site that republished it. */
function splitSources(s: string): { outlet: string | null; republishedBy: string | null } {
  const parts = s.split(/\s*[/|،,]\s*/).map((p) => p.trim()).filter(Boolean);
  const name = (p: string) => canonicalOutlet(p) ?? p;
  if (parts.length === 0) return { outlet: null, republishedBy: null };
  if (parts.length === 1) return { outlet: name(parts[0]), republishedBy: null };
  return { outlet: name(parts[parts.length - 1]), republishedBy: name(parts[0]) };
}

/** Finds a dateline at the head of a paragraph ("(A / B - date) …", "City (Reuters) - …"). */
export function parseLeadDateline(paragraph: string): Dateline | null {
  const p = PAREN.exec(paragraph);
  if (p && YEAR.test(normalizeForMatch(p[2]).text)) {
    return { dateText: p[2].trim(), ...splitSources(p[1]), consumed: p[0].length };
  }
  const c = CITY_OUTLET.exec(paragraph);
  if (c && canonicalOutlet(c[2])) {
    return { dateText: null, outlet: canonicalOutlet(c[2]), republishedBy: null, consumed: c[0].length };
  }
  const d = CITY_DASH_OUTLET.exec(paragraph);
  if (d && canonicalOutlet(d[2])) {
    return { dateText: null, outlet: canonicalOutlet(d[2]), republishedBy: null, consumed: d[0].length };
  }
  return null;
}

/** True when a short line is a date line ("الأحد 27 سبتمبر 2020 - 20:36 بتوقيت طهران", "نشر في: …"). */
export function isDateLine(line: string): boolean {
  const norm = normalizeForMatch(line).text;
  if (norm.length > 90 || !YEAR.test(norm)) return false;
  const words = norm.split(/\s+/).filter(Boolean);
  if (words.length > 12) return false;
  // A sentence with a verb-like run of long words is text, not a dateline.
  const longWords = words.filter((w) => /^\p{L}{6,}$/u.test(w)).length;
  return longWords <= 3;
}
