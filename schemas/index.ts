import { articles } from './articles.js';
import { dateMentions } from './date-mentions.js';
import { quotes } from './quotes.js';
import { events } from './events.js';
import { actors } from './actors.js';
import { rejects } from './rejects.js';
import type { RowOf } from './define.js';

export * from './define.js';
export { articles, dateMentions, quotes, events, actors, rejects };

/** Every table, in the order they are written and documented. */
export const TABLES = [articles, dateMentions, quotes, events, actors, rejects] as const;

export type ArticleRow = RowOf<typeof articles>;
export type DateMentionRow = RowOf<typeof dateMentions>;
export type QuoteRow = RowOf<typeof quotes>;
export type EventRow = RowOf<typeof events>;
export type ActorRow = RowOf<typeof actors>;
export type RejectRow = RowOf<typeof rejects>;

/** Row type by table name. */
export interface RowsByTable {
  articles: ArticleRow;
  date_mentions: DateMentionRow;
  quotes: QuoteRow;
  events: EventRow;
  actors: ActorRow;
  rejects: RejectRow;
}
export type TableName = keyof RowsByTable;
