import type { DateMention, EventRecord } from '../../etl/types.js';
import { findActors } from '../../etl/5-actors/index.js';
import { extractEvents } from '../../etl/7-events/index.js';

/** Runs the events stage on a text with its own actor mentions and hand-made dates. */
export function run(text: string, opts: { dates?: DateMention[]; published?: string | null } = {}): EventRecord[] {
  return extractEvents(text, {
    articleId: 't',
    publishedDate: opts.published === undefined ? '2023-10-10' : opts.published,
    dates: opts.dates ?? [],
    actors: findActors(text),
  });
}

/** The fields most tests check, in a compact shape. */
export function brief(e: EventRecord): Record<string, unknown> {
  return {
    type: e.eventType,
    mode: e.eventMode,
    a1: e.actor1Id,
    a2: e.actor2Id,
    modality: e.modality,
    claimedBy: e.claimedByActorId,
  };
}

/** A hand-made date mention of `surface` in `text` (the date engine is tested elsewhere). */
export function dateIn(text: string, surface: string, date: string, relative = false): DateMention {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`test: "${surface}" not in text`);
  return {
    start,
    end: start + surface.length,
    surface,
    kind: 'date',
    calendar: 'gregorian',
    originalValue: date,
    value: date,
    date,
    precision: 'day',
    relative,
    anchorDate: relative ? '2023-10-10' : null,
  };
}
