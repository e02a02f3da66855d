import { defineTable } from './define.js';

/** actors — one row per distinct person, organization or state mentioned. */
export const actors = defineTable({
  name: 'actors',
  title: 'Actors',
  description: 'One row per distinct person, organization, group or state mentioned in the corpus.',
  primaryKey: ['actor_id'],
  fields: [
    { name: 'actor_id', type: 'string', required: true, description: 'Wikidata QID when known (e.g. Q7747), otherwise a stable slug.' },
    { name: 'wikidata_qid', type: 'string', required: false, description: 'Wikidata item id.' },
    { name: 'name_en', type: 'string', required: true, description: 'Canonical English name.' },
    { name: 'name_ar', type: 'string', required: true, description: 'Canonical Arabic name.' },
    { name: 'aliases_ar', type: 'string', required: false, description: 'Other spellings seen in the corpus, |-separated.' },
    { name: 'actor_kind', type: 'string', required: true, enum: ['person', 'organization', 'state', 'group'], description: 'person, organization, state or group.' },
    { name: 'country_iso3', type: 'string', required: false, description: 'ISO 3166-1 alpha-3 of the actor country.' },
    { name: 'title', type: 'string', required: false, description: 'Role, e.g. President, Foreign Minister.' },
    { name: 'mention_count', type: 'integer', required: true, description: 'Mentions across the corpus.' },
  ],
} as const);
