import type { ArticleRow, DateMentionRow, EventRow, QuoteRow } from '../../schemas/index.js';
import type { DateMention, EventRecord, QuoteRecord } from '../types.js';
import type { CleanArticle } from '../2-clean/clean-article.js';
import type { Publication } from '../4-dates/publication-date.js';
import { codePointIndexer } from './offsets.js';
import { rowId } from './ids.js';

/** Everything known about one article before it becomes rows. */
export interface ArticleFacts {
  articleId: string;
  sourceFile: string;
  sha256: string;
  clean: CleanArticle;
  publication: Publication;
  dates: DateMention[];
  quotes: QuoteRecord[];
  events: EventRecord[];
}

/** The rows one article contributes to each per-article table. */
export interface ArticleRows {
  article: ArticleRow;
  dateMentions: DateMentionRow[];
  quotes: QuoteRow[];
  events: EventRow[];
}

/** Flattens one article's facts into table rows with stable ids and code-point spans. */
export function toArticleRows(f: ArticleFacts): ArticleRows {
  const body = f.clean.body;
  const cp = codePointIndexer(body);
  const article: ArticleRow = {
    article_id: f.articleId,
    source_file: f.sourceFile,
    content_sha256: f.sha256,
    title: f.clean.title,
    outlet: f.clean.outlet,
    republished_by: f.clean.republishedBy,
    published_at: f.publication.utc,
    published_local: f.publication.local,
    published_date: f.publication.date,
    published_precision: f.publication.precision,
    published_basis: f.publication.basis,
    body,
    paragraph_count: f.clean.paragraphCount,
    word_count: f.clean.wordCount,
  };
  const dateMentions = f.dates.map((d, i): DateMentionRow => ({
    mention_id: rowId(f.articleId, 'date_mentions', i + 1),
    article_id: f.articleId,
    char_start: cp(d.start),
    char_end: cp(d.end),
    surface: body.slice(d.start, d.end),
    kind: d.kind,
    calendar: d.calendar,
    original_value: d.originalValue,
    value: d.value,
    date: d.date,
    precision: d.precision,
    relative: d.relative,
    anchor_date: d.anchorDate,
  }));
  const quotes = f.quotes.map((q, i): QuoteRow => ({
    quote_id: rowId(f.articleId, 'quotes', i + 1),
    article_id: f.articleId,
    char_start: cp(q.start),
    char_end: cp(q.end),
    speaker: q.speaker,
    speaker_actor_id: q.speakerActorId,
    speaker_title: q.speakerTitle,
    cue: q.cue,
    quote_type: q.quoteType,
    content: body.slice(q.start, q.end),
    channel: q.channel,
    said_on: q.saidOn,
    said_on_precision: q.saidOnPrecision,
  }));
  const events = f.events.map((e, i): EventRow => ({
    event_id: rowId(f.articleId, 'events', i + 1),
    article_id: f.articleId,
    char_start: cp(e.start),
    char_end: cp(e.end),
    event_type: e.eventType,
    event_mode: e.eventMode,
    trigger: e.trigger,
    actor1_id: e.actor1Id,
    actor2_id: e.actor2Id,
    actor1_text: e.actor1Text,
    actor2_text: e.actor2Text,
    location_text: e.locationText,
    country_iso3: e.countryIso3,
    event_date: e.eventDate,
    date_precision: e.datePrecision,
    killed: e.killed,
    wounded: e.wounded,
    casualties: e.casualties,
    claimed_by_actor_id: e.claimedByActorId,
    modality: e.modality,
  }));
  return { article, dateMentions, quotes, events };
}
