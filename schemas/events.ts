import { defineTable, PRECISIONS } from './define.js';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

/** events — one row per reported event, coded in PLOVER. */
export const events = defineTable({
  name: 'events',
  title: 'Events',
  description: 'One row per reported event: PLOVER type, actors, place, date, counts, claim and modality.',
  primaryKey: ['event_id'],
  fields: [
    { name: 'event_id', type: 'string', required: true, description: 'Stable id <article_id>:e<n>.' },
    { name: 'article_id', type: 'string', required: true, description: 'Key into articles.' },
    { name: 'char_start', type: 'integer', required: true, description: 'Start of the evidence sentence in articles.body (code points, inclusive).' },
    { name: 'char_end', type: 'integer', required: true, description: 'End of the evidence sentence in articles.body (code points, exclusive).' },
    { name: 'event_type', type: 'string', required: true, enum: PLOVER_TYPES, description: 'PLOVER event type.' },
    { name: 'event_mode', type: 'string', required: false, description: 'PLOVER mode where one fits (ASSAULT heavy-weapons, aerial; COERCE martial-law …).' },
    { name: 'trigger', type: 'string', required: true, description: 'The word(s) that state the event, as written.' },
    { name: 'actor1_id', type: 'string', required: false, description: 'Who acted: key into actors.' },
    { name: 'actor2_id', type: 'string', required: false, description: 'Towards whom: key into actors.' },
    { name: 'actor1_text', type: 'string', required: false, description: 'Who acted, as written. Set with an empty actor1_id when the subject names no actor in the gazetteer (قوات الأمن، آلاف المحتجين، مسلحون مجهولون); holds the personal name written after a known title or body (وزير الخارجية الجزائري رمطان لعمامرة), whose office actor1_id keys.' },
    { name: 'actor2_text', type: 'string', required: false, description: 'Towards whom, as written.' },
    { name: 'location_text', type: 'string', required: false, description: 'Where, as written.' },
    { name: 'country_iso3', type: 'string', required: false, description: 'Where it happened, ISO 3166-1 alpha-3 (Nagorno-Karabakh coded AZE as in PLOVER).' },
    { name: 'event_date', type: 'date', required: false, description: 'When it happened.' },
    { name: 'date_precision', type: 'string', required: true, enum: PRECISIONS, description: 'Precision of event_date.' },
    { name: 'killed', type: 'integer', required: false, description: 'Killed, when stated for this event.' },
    { name: 'wounded', type: 'integer', required: false, description: 'Wounded, when stated for this event.' },
    { name: 'casualties', type: 'integer', required: false, description: 'A combined count when the text does not split it (مقتل وجرح 2700).' },
    { name: 'claimed_by_actor_id', type: 'string', required: false, description: 'Whose claim this is when the text attributes it: key into actors.' },
    { name: 'modality', type: 'string', required: true, enum: ['asserted', 'denied', 'claimed', 'future', 'hypothetical'], description: 'asserted, denied, claimed, future or hypothetical.' },
  ],
} as const);
