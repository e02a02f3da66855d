/**
 * The records that pass between stages. Offsets here are UTF-16 indices into the string the
 * stage was given (the article body); the rows stage converts them to code points.
 */

export type Precision = 'minute' | 'hour' | 'day' | 'month' | 'year' | 'unknown';
export type Calendar = 'gregorian' | 'hijri' | 'solar_hijri';
export type TemporalKind = 'date' | 'time' | 'datetime' | 'duration' | 'set';

/** One temporal expression found in a text (TIMEX3 in spirit). */
export interface DateMention {
  start: number;
  end: number;
  surface: string;
  kind: TemporalKind;
  calendar: Calendar;
  /** value in its own calendar, e.g. `1442-02-14` for a Hijri date; null when not a calendar date */
  originalValue: string | null;
  /** TIMEX3-style value: `2020-10-07`, `2020-09-27T20:36+03:30`, `2020-10`, `1992`, `P2W`; null when unresolvable */
  value: string | null;
  /** the Gregorian day it denotes (YYYY-MM-DD), when it denotes one */
  date: string | null;
  precision: Precision;
  /** resolved against the anchor (publication) date */
  relative: boolean;
  /** the date it was resolved against (YYYY-MM-DD) when relative */
  anchorDate: string | null;
  /** IANA zone when a zone was stated (e.g. Asia/Tehran) */
  zone?: string | null;
  /** set when two calendars of a dual dateline disagree */
  conflict?: string | null;
}

export type ActorKind = 'person' | 'organization' | 'state' | 'group';

/** An entry of the actor gazetteer. */
export interface Actor {
  actorId: string;
  wikidataQid: string | null;
  nameEn: string;
  nameAr: string;
  aliasesAr: string[];
  kind: ActorKind;
  countryIso3: string | null;
  title: string | null;
}

/** One place in a text where an actor is named. */
export interface ActorMention {
  start: number;
  end: number;
  surface: string;
  actorId: string;
}

export type QuoteType = 'direct' | 'indirect' | 'mixed';

/** One attributed statement. `start`/`end` is the span of `content` in the body. */
export interface QuoteRecord {
  start: number;
  end: number;
  content: string;
  speaker: string | null;
  speakerActorId: string | null;
  speakerTitle: string | null;
  cue: string | null;
  quoteType: QuoteType;
  channel: string | null;
  saidOn: string | null;
  saidOnPrecision: Precision;
}

export type Modality = 'asserted' | 'denied' | 'claimed' | 'future' | 'hypothetical';

/** One reported event. `start`/`end` is the span of the evidence sentence in the body. */
export interface EventRecord {
  start: number;
  end: number;
  eventType: string;
  eventMode: string | null;
  trigger: string;
  actor1Id: string | null;
  actor1Text: string | null;
  actor2Id: string | null;
  actor2Text: string | null;
  locationText: string | null;
  countryIso3: string | null;
  eventDate: string | null;
  datePrecision: Precision;
  killed: number | null;
  wounded: number | null;
  casualties: number | null;
  claimedByActorId: string | null;
  modality: Modality;
}

/** What the extractors know about the article besides its body. */
export interface ArticleContext {
  articleId: string;
  /** publication day, local to the source (YYYY-MM-DD), or null when unknown */
  publishedDate: string | null;
  /** date mentions already found in the body */
  dates: DateMention[];
  /** actor mentions already found in the body */
  actors: ActorMention[];
}
