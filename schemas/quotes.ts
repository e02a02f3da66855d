import { defineTable, PRECISIONS } from './define.js';

/** quotes — one row per attributed statement. */
export const quotes = defineTable({
  name: 'quotes',
  title: 'Quotes',
  description: 'One row per attributed statement: who said what, when, through which channel.',
  primaryKey: ['quote_id'],
  fields: [
    { name: 'quote_id', type: 'string', required: true, description: 'Stable id <article_id>:q<n>.' },
    { name: 'article_id', type: 'string', required: true, description: 'Key into articles.' },
    { name: 'char_start', type: 'integer', required: true, description: 'Start of content in articles.body (code points, inclusive).' },
    { name: 'char_end', type: 'integer', required: true, description: 'End of content in articles.body (code points, exclusive).' },
    { name: 'speaker', type: 'string', required: false, description: 'The speaker as written, e.g. حسين محمودوف or وزارة الدفاع الأرمنية.' },
    { name: 'speaker_actor_id', type: 'string', required: false, description: 'Key into actors.' },
    { name: 'speaker_title', type: 'string', required: false, description: 'The speaker role as written.' },
    { name: 'cue', type: 'string', required: false, description: 'The attribution verb or phrase as written (قال، صرح، أكد، في بيان …).' },
    { name: 'quote_type', type: 'string', required: true, enum: ['direct', 'indirect', 'mixed'], description: 'direct (quotation marks), indirect (أن/إن/بأن clause) or mixed.' },
    { name: 'content', type: 'string', required: true, description: 'What was said.' },
    { name: 'channel', type: 'string', required: false, description: 'How it reached the outlet when stated: Sputnik, Reuters, Twitter, statement, TV interview …' },
    { name: 'said_on', type: 'date', required: false, description: 'The day it was said.' },
    { name: 'said_on_precision', type: 'string', required: true, enum: PRECISIONS, description: 'Precision of said_on.' },
  ],
} as const);
