import type { ActorMention, ArticleContext } from './types.js';
import type { Rejection } from './1-read/reject.js';
import { cleanArticle, type CleanArticle } from './2-clean/clean-article.js';
import { findDates } from './4-dates/index.js';
import { leadDatelineLength } from './2-clean/dateline.js';
import type { Publication } from './4-dates/publication-date.js';
import { findActors } from './5-actors/index.js';
import { extractQuotes } from './6-quotes/index.js';
import { extractEvents } from './7-events/index.js';
import type { ArticleFacts } from './8-rows/article-rows.js';

/** Milliseconds spent in each stage, summed over articles for the manifest. */
export type StageTimings = Record<'clean' | 'dates' | 'actors' | 'quotes' | 'events', number>;

/** A new, zeroed set of stage timings. */
export function newTimings(): StageTimings {
  return { clean: 0, dates: 0, actors: 0, quotes: 0, events: 0 };
}

const ARABIC = /[\u0621-\u064A]/;

/** Splits decoded text into a clean article, or says why it holds none. */
export function cleanOrReject(sourceFile: string, text: string): { ok: true; clean: CleanArticle } | { ok: false; rejection: Rejection } {
  const clean = cleanArticle(text);
  if (!clean.body.trim()) {
    return { ok: false, rejection: { sourceFile, reason: 'no_body', detail: 'Nothing is left once site menus, share lines and comments are removed; check that the file holds the article text.' } };
  }
  if (!ARABIC.test(clean.body)) {
    return { ok: false, rejection: { sourceFile, reason: 'no_arabic', detail: 'The text has no Arabic letters; this tool reads Arabic articles only.' } };
  }
  return { ok: true, clean };
}

/**
 * Runs the extraction stages over one cleaned article: dates (resolved against the
 * publication day), actors, quotes and events. Pure: no I/O, no clock.
 */
export function extractArticle(
  meta: { articleId: string; sourceFile: string; sha256: string },
  clean: CleanArticle,
  publication: Publication,
  timings: StageTimings = newTimings(),
): { facts: ArticleFacts; actorMentions: ActorMention[] } {
  const body = clean.body;
  let t = performance.now();
  const lap = (k: keyof StageTimings) => {
    const now = performance.now();
    timings[k] += now - t;
    t = now;
  };
  // a dateline left at the head of the body (الفاشر – السودان اليوم:) holds no date of the text: an outlet's اليوم is no day
  const dateline = leadDatelineLength(body);
  const dates = findDates(body, { anchor: publication.date }).filter((d) => d.start >= dateline);
  lap('dates');
  const actors = findActors(body);
  lap('actors');
  const ctx: ArticleContext = { articleId: meta.articleId, publishedDate: publication.date, dates, actors };
  const quotes = extractQuotes(body, ctx);
  lap('quotes');
  const events = extractEvents(body, ctx);
  lap('events');
  return { facts: { ...meta, clean, publication, dates, quotes, events }, actorMentions: actors };
}

