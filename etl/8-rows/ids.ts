/** Table letters used in row ids: `<article_id>:<letter><n>`. */
export const ID_LETTER = { date_mentions: 'd', quotes: 'q', events: 'e' } as const;

/** The stable id of the n-th row (1-based, in body order) of an article in a table. */
export function rowId(articleId: string, table: keyof typeof ID_LETTER, n: number): string {
  return `${articleId}:${ID_LETTER[table]}${n}`;
}
