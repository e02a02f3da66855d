import { DateTime } from 'luxon';
import type { ActorMention, DateMention } from '../types.js';
import type { Sentence } from '../3-segment/sentences.js';
import { normalizeForMatch, normalizeKey } from '../3-segment/normalize.js';
import { loadLexicon, variants } from '../lexicon/load.js';
import type { Publication } from './publication-date.js';

/**
 * What one article contributes to corpus-level dating: a few dates and ids, never its text.
 * Built in the first pass; the inference runs once every article has one.
 */
export interface PublicationSummary {
  key: string;
  publication: Publication;
  /** ISO weekday (1 = Monday … 7 = Sunday) the article names as today ("اليوم الخميس"), if any */
  todayWeekday: number | null;
  /** days the article says a conflict began on ("تجددت الاشتباكات في 27 أيلول/سبتمبر الماضي") */
  onsets: string[];
  /** how long the article says a conflict has lasted: ISO duration and whether "more than" */
  durations: Array<{ value: string; moreThan: boolean }>;
  /** sentences naming three or more people, with the absolute days they state */
  actorSentences: Array<{ actors: string[]; days: string[] }>;
}

const WEEKDAYS: Array<[number, string[]]> = [
  [1, ['الاثنين', 'الإثنين', 'الأثنين']],
  [2, ['الثلاثاء']],
  [3, ['الأربعاء', 'الاربعاء']],
  [4, ['الخميس']],
  [5, ['الجمعة']],
  [6, ['السبت']],
  [7, ['الأحد', 'الاحد']],
];

let lex: { today: RegExp; onset: RegExp; conflict: RegExp } | null = null;

function patterns() {
  if (lex) return lex;
  const alt = (xs: string[]) => xs.map((x) => normalizeKey(x).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
  const rows = loadLexicon('onset-words');
  const of = (role: string) => rows.filter((r) => r.role === role).flatMap((r) => variants(r.variants));
  const days = WEEKDAYS.flatMap(([, names]) => names);
  lex = {
    today: new RegExp(`(?:^|[^\\p{L}])اليوم\\s+(${alt(days)})(?![\\p{L}])`, 'u'),
    onset: new RegExp(`(?:^|[^\\p{L}])[وف]?(?:${alt(of('onset_verb'))})(?![\\p{L}])`, 'u'),
    conflict: new RegExp(`(?:^|[^\\p{L}])[وب]?(?:${alt(of('conflict_noun'))})(?![\\p{L}])`, 'u'),
  };
  return lex;
}

function weekdayOf(name: string): number | null {
  const key = normalizeKey(name);
  for (const [n, names] of WEEKDAYS) if (names.some((x) => normalizeKey(x) === key)) return n;
  return null;
}

/**
 * Summarizes one article for corpus-level dating (pure). `dates` are resolved against the
 * dateline day when there is one, so a dated article's year-less onsets get their year.
 */
export function summarizeForPublication(
  key: string,
  publication: Publication,
  body: string,
  sentences: Sentence[],
  dates: DateMention[],
  actors: ActorMention[],
  isPerson: (actorId: string) => boolean,
): PublicationSummary {
  const p = patterns();
  const norm = normalizeForMatch(body).text;
  const today = p.today.exec(norm);
  const summary: PublicationSummary = {
    key,
    publication,
    todayWeekday: today ? weekdayOf(today[1]) : null,
    onsets: [],
    durations: [],
    actorSentences: [],
  };
  for (const s of sentences) {
    const text = normalizeForMatch(s.text).text;
    const inside = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.start >= s.start && x.end <= s.end);
    const sd = inside(dates);
    const conflict = p.conflict.test(text);
    if (conflict && p.onset.test(text)) {
      for (const d of sd) if (d.date && d.precision === 'day' && d.kind !== 'duration') summary.onsets.push(d.date);
    }
    if (conflict) {
      for (const d of sd) {
        if (d.kind !== 'duration' || !d.value) continue;
        const before = normalizeForMatch(body.slice(Math.max(s.start, d.start - 12), d.end)).text;
        summary.durations.push({ value: d.value, moreThan: /اكثر من/.test(before) });
      }
    }
    // Only people: three states or ministries are named together in countless sentences.
    const ids = [...new Set(inside(actors).map((a) => a.actorId).filter(isPerson))].sort();
    if (ids.length >= 3) {
      const days = sd.filter((d) => d.date && d.precision === 'day' && !d.relative).map((d) => d.date!);
      summary.actorSentences.push({ actors: ids, days });
    }
  }
  return summary;
}

const DAY = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });

/** The days in [from, to] (inclusive) that fall on an ISO weekday. */
function weekdaysBetween(from: DateTime, to: DateTime, weekday: number): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = d.plus({ days: 1 })) if (d.weekday === weekday) out.push(d.toISODate()!);
  return out;
}

/**
 * Dates articles that have no dateline, only on strong evidence: the weekday the article
 * names as today must agree with either (a) how long it says the conflict has lasted,
 * counted from the onset the dated articles give, or (b) a day that a dated article states
 * for a sentence naming the same three or more people. Exactly one candidate day, or none.
 */
export function inferPublications(summaries: readonly PublicationSummary[]): Map<string, Publication> {
  const out = new Map<string, Publication>();
  const dated = summaries.filter((s) => s.publication.date);
  const onsetVotes = new Map<string, number>();
  for (const s of dated) for (const d of new Set(s.onsets)) onsetVotes.set(d, (onsetVotes.get(d) ?? 0) + 1);
  const onset = [...onsetVotes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;

  for (const s of summaries) {
    if (s.publication.date || s.todayWeekday === null) continue;
    const candidates = new Set<string>();
    if (onset) {
      for (const d of s.durations) {
        const dur = DateTime.fromISO('2000-01-01').plus(parseDuration(d.value) ?? {}).diff(DateTime.fromISO('2000-01-01'), 'days').days;
        const unit = unitDays(d.value);
        if (!dur || !unit) continue;
        // "منذ أسبوعين" = between 2 and 3 weeks; "منذ أكثر من أسبوعين" = more than 2, under 3.
        const from = DAY(onset).plus({ days: dur + (d.moreThan ? 1 : 0) });
        const to = DAY(onset).plus({ days: dur + unit - 1 });
        const days = weekdaysBetween(from, to, s.todayWeekday);
        if (days.length === 1) candidates.add(days[0]);
      }
    }
    for (const mine of s.actorSentences) {
      for (const other of dated) {
        if (other.key === s.key) continue;
        for (const theirs of other.actorSentences) {
          const shared = mine.actors.filter((a) => theirs.actors.includes(a)).length;
          if (shared < 3) continue;
          for (const d of theirs.days) if (DAY(d).weekday === s.todayWeekday) candidates.add(d);
        }
      }
    }
    if (candidates.size === 1) {
      const [date] = candidates;
      out.set(s.key, { date, local: null, utc: null, precision: 'day', basis: 'inferred' });
    }
  }
  return out;
}

function parseDuration(v: string): Record<string, number> | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(v);
  if (!m) return null;
  return { years: +(m[1] ?? 0), months: +(m[2] ?? 0), weeks: +(m[3] ?? 0), days: +(m[4] ?? 0) };
}

/** Days in the smallest unit of a duration: the span "N units" leaves open. */
function unitDays(v: string): number | null {
  if (/D$/.test(v)) return 1;
  if (/W$/.test(v)) return 7;
  if (/M$/.test(v)) return 30;
  if (/Y$/.test(v)) return 365;
  return null;
}
