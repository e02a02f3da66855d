import type { ActorMention } from '../types.js';
import type { SaidOn } from './said-on.js';

/** Who is speaking, as the discourse carries it from one attribution to the next. */
export interface SpeakerState {
  speaker: string;
  speakerActorId: string | null;
  speakerTitle: string | null;
  channel: string | null;
  said: SaidOn | null;
  /** where the speaker was named in the body, when known */
  at?: number;
}

/**
 * The actor mention inside (or equal to) the speaker span: for a named person the one nearest
 * the name's end (the surname), for a role or body the one nearest its head (the start); none
 * for a list of several named people.
 */
export function pickActor(actors: ActorMention[], start: number, end: number, named: boolean): string | null {
  const inside = actors.filter((m) => m.start >= start && m.end <= end);
  if (!inside.length) return null;
  // several people speaking together (بوتين وترامب وماكرون) are no one actor
  if (named && new Set(inside.map((m) => m.actorId)).size > 1) return null;
  inside.sort((a, b) => (named ? b.end - a.end : a.start - b.start) || (b.end - b.start) - (a.end - a.start));
  return inside[0].actorId;
}
