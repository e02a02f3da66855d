import { defineTable, PRECISIONS } from './define.js';

/** date_mentions — one row per temporal expression in an article body. */
export const dateMentions = defineTable({
  name: 'date_mentions',
  title: 'Date mentions',
  description: 'One row per temporal expression in an article body (TimeML TIMEX3 in spirit).',
  primaryKey: ['mention_id'],
  fields: [
    { name: 'mention_id', type: 'string', required: true, description: 'Stable id <article_id>:d<n>.' },
    { name: 'article_id', type: 'string', required: true, description: 'Key into articles.' },
    { name: 'char_start', type: 'integer', required: true, description: 'Start of the span in articles.body (code points, inclusive).' },
    { name: 'char_end', type: 'integer', required: true, description: 'End of the span in articles.body (code points, exclusive).' },
    { name: 'surface', type: 'string', required: true, description: 'The expression as written.' },
    { name: 'kind', type: 'string', required: true, enum: ['date', 'time', 'datetime', 'duration', 'set'], description: 'date, time, datetime, duration or set.' },
    { name: 'calendar', type: 'string', required: true, enum: ['gregorian', 'hijri', 'solar_hijri'], description: 'Calendar as written: gregorian, hijri or solar_hijri.' },
    { name: 'original_value', type: 'string', required: false, description: 'The value in its own calendar, e.g. 1442-02-14 for a Hijri date.' },
    { name: 'value', type: 'string', required: false, description: 'TIMEX3-style normalized value: 2020-10-07, 2020-09-27T20:36+03:30, 2020-10, 1992, P2W.' },
    { name: 'date', type: 'date', required: false, description: 'The Gregorian day it denotes, when it denotes one.' },
    { name: 'precision', type: 'string', required: true, enum: PRECISIONS, description: 'minute, hour, day, month, year or unknown.' },
    { name: 'relative', type: 'boolean', required: true, description: 'True when resolved against the publication date (أمس، اليوم الخميس، السبت الماضي …).' },
    { name: 'anchor_date', type: 'date', required: false, description: 'The date a relative expression was resolved against.' },
  ],
} as const);
