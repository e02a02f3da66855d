import { defineTable } from './define.js';

export const REJECT_REASONS = ['empty', 'not_text', 'bad_encoding', 'too_large', 'no_body', 'no_arabic', 'unreadable', 'duplicate_id'] as const;

/** rejects — one row per input that could not become an article. */
export const rejects = defineTable({
  name: 'rejects',
  title: 'Rejected inputs',
  description: 'One row per input file that could not become an article, with a stable reason code.',
  primaryKey: ['source_file'],
  fields: [
    { name: 'source_file', type: 'string', required: true, description: 'Path of the input file relative to --input.' },
    { name: 'reason', type: 'string', required: true, enum: REJECT_REASONS, description: 'Stable code: empty, not_text, bad_encoding, too_large, no_body, no_arabic, unreadable, duplicate_id.' },
    { name: 'detail', type: 'string', required: true, description: 'One sentence a person can act on.' },
  ],
} as const);
