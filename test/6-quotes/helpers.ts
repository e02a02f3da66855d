import type { ActorMention, ArticleContext, DateMention, QuoteRecord } from '../../etl/types.js';

/** An article context with a fixed publication day and hand-made mentions. */
export function context(over: Partial<ArticleContext> = {}): ArticleContext {
  return { articleId: 't', publishedDate: '2024-03-07', dates: [], actors: [], ...over };
}

/** A hand-made date mention for `surface` (its first occurrence in `body`). */
export function dateIn(body: string, surface: string, date: string, precision: DateMention['precision'] = 'day'): DateMention {
  const start = body.indexOf(surface);
  if (start < 0) throw new Error(`test: "${surface}" not in body`);
  return {
    start, end: start + surface.length, surface, kind: 'date', calendar: 'gregorian', originalValue: date,
    value: date, date, precision, relative: true, anchorDate: '2024-03-07',
  };
}

/** A hand-made actor mention for `surface` (its first occurrence in `body`). */
export function actorIn(body: string, surface: string, actorId: string): ActorMention {
  const start = body.indexOf(surface);
  if (start < 0) throw new Error(`test: "${surface}" not in body`);
  return { start, end: start + surface.length, surface, actorId };
}

/** The expected row for `content` (its first occurrence in `body`), nulls unless given. */
export function row(body: string, content: string, over: Partial<QuoteRecord>): QuoteRecord {
  const start = body.indexOf(content);
  if (start < 0) throw new Error(`test: "${content}" not in body`);
  return {
    start, end: start + content.length, content,
    speaker: null, speakerActorId: null, speakerTitle: null, cue: null, quoteType: 'indirect',
    channel: null, saidOn: null, saidOnPrecision: 'unknown', ...over,
  };
}
