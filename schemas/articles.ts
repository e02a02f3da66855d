import { defineTable, PRECISIONS } from './define.js';

/** articles — one row per input article. */
export const articles = defineTable({
  name: 'articles',
  title: 'Articles',
  description: 'One row per input article: headline, dateline fields and the cleaned body.',
  primaryKey: ['article_id'],
  fields: [
    { name: 'article_id', type: 'string', required: true, description: 'Input file name without extension.' },
    { name: 'source_file', type: 'string', required: true, description: 'Path of the input file relative to --input.' },
    { name: 'content_sha256', type: 'string', required: true, description: 'SHA-256 of the raw file bytes (hex).' },
    { name: 'title', type: 'string', required: false, description: 'Headline.' },
    { name: 'outlet', type: 'string', required: false, description: 'Who wrote it (e.g. Sputnik Arabic), when the text says so.' },
    { name: 'republished_by', type: 'string', required: false, description: 'The site it was taken from, when the text says so (e.g. Pakistan Point News).' },
    { name: 'published_at', type: 'datetime', required: false, description: 'Publication instant in UTC, when a time and zone are given.' },
    { name: 'published_local', type: 'string', required: false, description: 'Publication time as ISO 8601 with the source offset, e.g. 2020-09-27T20:36:00+03:30.' },
    { name: 'published_date', type: 'date', required: false, description: 'Publication day, local to the source.' },
    { name: 'published_precision', type: 'string', required: true, enum: PRECISIONS, description: 'Precision of the publication date: minute, hour, day, month, year or unknown.' },
    { name: 'published_basis', type: 'string', required: true, enum: ['dateline', 'inferred', 'none'], description: 'dateline (stated), inferred (from the text and the corpus) or none.' },
    { name: 'body', type: 'string', required: true, description: 'The article text with boilerplate (comments, share buttons, rights lines, site menus) removed; all offsets point into it.' },
    { name: 'paragraph_count', type: 'integer', required: true, description: 'Number of paragraphs in body.' },
    { name: 'word_count', type: 'integer', required: true, description: 'Number of words in body.' },
  ],
} as const);
