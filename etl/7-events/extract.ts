import type { ArticleContext, EventRecord, Modality } from '../types.js';
import { loadLexicon } from '../lexicon/load.js';
import { normalizeKey } from '../3-segment/normalize.js';
import { findPlacesInView, type PlaceMention } from '../5-actors/index.js';
import { buildDoc, type Doc, type DocSentence } from './doc.js';
import { cuesWithin, findCues, type Cue } from './cues.js';
import { findTriggers, type Trigger } from './triggers.js';
import { clauseStart, denialOf, irrealis, isCancelled, isNegated, isPresent, type ModalityCues } from './modality.js';
import { attribute } from './claims.js';
import { findParticipants, placeMentions, type Mention, type Participants } from './participants.js';
import { findCounts } from './counts.js';
import { eventDate } from './dates.js';

// Statements that are acts in themselves: their speaker is their actor.
const SPEECH_ACTS = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SUPPORT', 'COOPERATE', 'CONSULT']);
// Whatever follows a call or a threat in its clause is its content, not a reported event.
const SWALLOWING = new Set(['REQUEST', 'THREATEN']);
// Events that happen somewhere: they get a location.
const PHYSICAL = new Set(['ASSAULT', 'MOBILIZE', 'COERCE', 'RETREAT', 'PROTEST', 'AID']);
const FIRST_PERSON = /^(لا |لن |لم )?ن(دعو|طالب|رفض|تهم|دين|دعم|حذر|هدد|ري|قف|ناشد|حمل|عتزم|ؤيد)/;
// How far (UTF-16 units, about eight words) a place may stand from its event's trigger.
const PLACE_REACH = 60;
// How far from an ASSAULT trigger a weapon word still gives its mode.
const MODE_REACH = 10;

let modeOrder: string[] | null = null;

/** A scope opened by an earlier trigger of the same sentence. */
interface Scope {
  kind: 'swallow' | 'accuse';
  accuser: Mention | null;
  from: number;
}

/** The cues of one document. */
interface DocCues {
  modality: ModalityCues;
  claims: Map<string, Cue[]>;
  modes: Map<string, Cue[]>;
}

/**
 * Extracts PLOVER events from an article body: one row per event, with type and mode, actors,
 * location, date, casualty counts, attribution and modality (see CONTRACT.md, events table).
 */
export function extractEvents(body: string, ctx: ArticleContext): EventRecord[] {
  const doc = buildDoc(body);
  const actors = [...ctx.actors].sort((a, b) => a.start - b.start);
  const mentions = placeMentions(doc, actors);
  const triggers = findTriggers(doc, actors);
  if (triggers.length === 0) return [];
  const cues: DocCues = {
    modality: findCues(doc, 'event-modality'),
    claims: findCues(doc, 'event-claims'),
    modes: outsideActors(doc, findCues(doc, 'event-modes', 'mode'), mentions),
  };
  const places = findPlacesInView(body, doc.view, doc.tokens);
  const out: EventRecord[] = [];
  // triggers, mentions and places are sorted, so each sentence takes its share with a moving pointer
  let ti = 0;
  let mi = 0;
  let pi = 0;
  for (const sent of doc.sentences) {
    const own: Trigger[] = [];
    while (ti < triggers.length && triggers[ti].start < sent.end) own.push(triggers[ti++]);
    const sMentions: Mention[] = [];
    while (mi < mentions.length && mentions[mi].start < sent.end) {
      if (mentions[mi].start >= sent.start && mentions[mi].end <= sent.end) sMentions.push(mentions[mi]);
      mi++;
    }
    const sPlaces: PlaceMention[] = [];
    while (pi < places.length && places[pi].start < sent.end) {
      if (places[pi].start >= sent.start && places[pi].end <= sent.end) sPlaces.push(places[pi]);
      pi++;
    }
    if (own.length === 0) continue;
    const local: DocCues = {
      modality: cuesWithin(cues.modality, sent.tokStart, sent.tokEnd),
      claims: cuesWithin(cues.claims, sent.tokStart, sent.tokEnd),
      modes: cuesWithin(cues.modes, sent.tokStart, sent.tokEnd),
    };
    const events = sentenceEvents(doc, ctx, sent, own, sMentions, sPlaces, local);
    addCounts(doc, sent, events);
    for (const e of events) merge(out, e.record);
  }
  return out;
}

interface Draft {
  record: EventRecord;
  trigger: Trigger;
  participants: Participants;
  /** token where the trigger's clause starts */
  clause: number;
}

/** The events of one sentence, trigger by trigger, with the scopes earlier triggers open. */
function sentenceEvents(
  doc: Doc,
  ctx: ArticleContext,
  sent: DocSentence,
  own: Trigger[],
  mentions: Mention[],
  places: PlaceMention[],
  cues: DocCues,
): Draft[] {
  const drafts: Draft[] = [];
  let scope: Scope | null = null;
  const present = isPresent(cues.modality, sent.tokStart, sent.tokEnd);
  for (let k = 0; k < own.length; k++) {
    const t = own[k];
    const clause = clauseStart(cues.modality, sent.tokStart, t.tokStart);
    if (scope && clause > scope.from) scope = null;
    if (isNegated(cues.modality, t, sent.tokStart) || isCancelled(cues.modality, t, sent.tokStart)) continue;
    if (scope?.kind === 'swallow') continue;
    // بوساطة قطرية، برعاية روسية: a manner phrase, not an act of its own
    if (t.eventType === 'COOPERATE' && /ب$/.test(t.clitic)) continue;
    const end = clauseEnd(cues.modality, t, sent);
    // the counterpart stands before the next act of another type (… حتى انسحاب القوات)
    const nextAct = own.slice(k + 1).find((o) => o.eventType !== t.eventType);
    const stop = nextAct ? Math.min(end, Math.max(t.tokEnd, nextAct.tokStart)) : end;
    // "ونفت …", "وحذر …": a conjoined speech act is a new main clause, not part of an earlier report
    const fresh = SPEECH_ACTS.has(t.eventType) && t.def.pos === 'v' && /^[وف]/.test(t.clitic);
    const att = fresh
      ? { claimer: null, reported: false, clauseStart: clause, resumptive: false, cue: null, source: false }
      : attribute(doc, cues.claims, cues.modality.get('break'), t, mentions, clause, sent);
    const denial = denialOf(cues.modality, t, clause);
    // لم تعلن أرمينيا التعبئة: a negated announcement announces nothing
    if (att.cue && !att.reported && isNegated(cues.modality, { tokStart: att.cue.tokStart }, sent.tokStart)) continue;
    let pool = att.source ? mentions.filter((m) => m !== att.claimer) : mentions;
    let from = att.reported ? att.clauseStart : clause;
    if (denial) {
      // the denier is not a party to the denied event
      const denier = mentions.find((m) => m.tokStart >= denial.tokEnd && m.tokEnd <= t.tokStart);
      pool = pool.filter((m) => m !== denier);
      from = denial.tokEnd;
    } else if (scope?.kind === 'accuse') {
      from = Math.max(from, scope.from);
    }
    let p: Participants = findParticipants(doc, t, pool, from, end, stop);
    // نرى، ندعو، نرفض: first-person verbs in reported words are the speaker's own acts
    const firstPerson = t.def.pos === 'v' && FIRST_PERSON.test(normalizeKey(t.text));
    if (!denial && att.claimer && (firstPerson || !p.actor1)) {
      const speaks = att.resumptive || firstPerson || !att.reported || SPEECH_ACTS.has(t.eventType);
      if (speaks) p = { actor1: att.claimer, actor2: p.actor2 && p.actor2 !== att.claimer ? p.actor2 : null };
    }
    const last = drafts[drafts.length - 1];
    if (!p.actor1 && !denial && last && (last.clause === clause || t.def.pos === 'v' || (att.cue && !att.reported))) {
      // coordinated acts, and a verb whose subject is a pronoun, share the last subject
      // (أقر علييف فرض حالة الحرب وحظر التجول، كما أعلن عن تعبئة جزئية؛ بعد أن كانت قد أرسلت …)
      const prev = last.participants;
      p = { actor1: prev.actor1, actor2: p.actor2 && p.actor2 !== prev.actor1 ? p.actor2 : null };
    }
    let modality: Modality = 'asserted';
    let claimedBy: string | null = null;
    const irr = irrealis(cues.modality, t, clause);
    if (denial) modality = 'denied';
    else if (irr) modality = irr;
    if (scope?.kind === 'accuse' && scope.accuser) {
      claimedBy = scope.accuser.actorId;
      if (modality === 'asserted') modality = 'claimed';
    } else if (att.reported && att.claimer && !denial) {
      const self = p.actor1?.actorId === att.claimer.actorId && SPEECH_ACTS.has(t.eventType);
      if (!self) {
        claimedBy = att.claimer.actorId;
        if (modality === 'asserted') modality = 'claimed';
      }
    }
    const date =
      modality === 'future' || modality === 'hypothetical'
        ? { date: null, precision: 'unknown' as const }
        : eventDate(ctx.dates, sent, t, present, ctx.publishedDate);
    const place = PHYSICAL.has(t.eventType) ? locate(places, t, p, doc.oend[Math.max(end, t.tokEnd) - 1]) : null;
    drafts.push({
      trigger: t,
      participants: p,
      clause,
      record: {
        start: sent.start,
        end: sent.end,
        eventType: t.eventType,
        eventMode: t.eventType === 'ASSAULT' ? t.mode ?? modeNear(cues.modes, t, sent) : t.mode,
        trigger: t.text,
        actor1Id: p.actor1?.actorId ?? null,
        actor1Text: p.actor1?.surface ?? null,
        actor2Id: p.actor2?.actorId ?? null,
        actor2Text: p.actor2?.surface ?? null,
        locationText: place?.surface ?? null,
        countryIso3: place?.countryIso3 ?? null,
        eventDate: date.date,
        datePrecision: date.precision,
        killed: null,
        wounded: null,
        casualties: null,
        claimedByActorId: claimedBy,
        modality,
      },
    });
    if (SWALLOWING.has(t.eventType)) scope = { kind: 'swallow', accuser: null, from: clause };
    else if (t.eventType === 'ACCUSE') scope = { kind: 'accuse', accuser: p.actor1, from: t.tokEnd };
  }
  return drafts;
}

/** Drops weapon words that belong to an actor's name (الدفاعات الجوية السورية is no air strike). */
function outsideActors(doc: Doc, cues: Map<string, Cue[]>, mentions: Mention[]): Map<string, Cue[]> {
  for (const [k, list] of cues) {
    // both lists are sorted: walk them together
    let j = 0;
    cues.set(k, list.filter((c) => {
      while (j < mentions.length && mentions[j].tokEnd <= c.tokStart) j++;
      return !(j < mentions.length && mentions[j].tokStart <= c.tokStart && c.tokEnd <= mentions[j].tokEnd);
    }));
  }
  return cues;
}

/** The token where the clause of a trigger ends: the next break cue, or the sentence end. */
function clauseEnd(cues: ModalityCues, t: Trigger, sent: DocSentence): number {
  const next = cues.get('break')?.find((c) => c.tokStart >= t.tokEnd && c.tokStart < sent.tokEnd);
  return next ? next.tokStart : sent.tokEnd;
}

/** The PLOVER mode given by the first weapon word (in lexicon order) near an ASSAULT trigger. */
function modeNear(modes: Map<string, Cue[]>, t: Trigger, sent: DocSentence): string | null {
  modeOrder ??= loadLexicon('event-modes').map((r) => r.mode);
  const from = Math.max(sent.tokStart, t.tokStart - MODE_REACH);
  const to = Math.min(sent.tokEnd, t.tokEnd + MODE_REACH);
  for (const mode of modeOrder) {
    if (modes.get(mode)?.some((c) => c.tokStart >= from && c.tokEnd <= to)) return mode;
  }
  return null;
}

/** Where a physical event happened: the first place after the trigger in its clause, else the last before. */
function locate(places: PlaceMention[], t: Trigger, p: Participants, clauseEndOffset: number): PlaceMention | null {
  const party = (x: PlaceMention): boolean =>
    [p.actor1, p.actor2].some((m) => m && x.start < m.end && m.start < x.end);
  const after = places.find((x) => x.start >= t.end && x.end <= clauseEndOffset && x.start - t.end <= PLACE_REACH && !party(x));
  if (after) return after;
  const before = places.filter((x) => x.end <= t.start && t.start - x.end <= PLACE_REACH && !party(x));
  return before.length ? before[before.length - 1] : null;
}

/** Attaches the casualty counts of a sentence to its nearest preceding (else following) ASSAULT. */
function addCounts(doc: Doc, sent: DocSentence, drafts: Draft[]): void {
  const assaults = drafts.filter((d) => d.record.eventType === 'ASSAULT');
  if (assaults.length === 0 || sent.tokEnd <= sent.tokStart) return;
  const base = doc.tokens[sent.tokStart].start;
  const text = doc.view.text.slice(base, doc.tokens[sent.tokEnd - 1].end);
  for (const c of findCounts(text)) {
    const at = base + c.at;
    const before = assaults.filter((d) => doc.tokens[d.trigger.tokStart].start <= at);
    const target = before.length ? before[before.length - 1] : assaults[0];
    if (target.record[c.field] === null) target.record[c.field] = c.value;
  }
}

/** Adds an event unless it restates one already listed (same type, actors and date); then fills gaps. */
function merge(out: EventRecord[], e: EventRecord): void {
  const same = out.find(
    (o) =>
      o.eventType === e.eventType &&
      o.actor1Id === e.actor1Id &&
      o.actor2Id === e.actor2Id &&
      o.eventDate === e.eventDate &&
      (o.modality === 'denied') === (e.modality === 'denied'),
  );
  if (!same) {
    out.push(e);
    return;
  }
  same.eventMode ??= e.eventMode;
  same.locationText ??= e.locationText;
  same.countryIso3 ??= e.countryIso3;
  same.killed ??= e.killed;
  same.wounded ??= e.wounded;
  same.casualties ??= e.casualties;
}
