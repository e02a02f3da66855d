import type { ActorMention } from '../types.js';
import { normalizeKey } from '../3-segment/normalize.js';
import { actorById } from '../5-actors/index.js';
import { stems } from '../5-actors/match.js';
import { tokenAtOrAfter, type Doc } from './doc.js';
import type { Trigger } from './triggers.js';

/** An actor mention placed on the document's tokens. */
export interface Mention extends ActorMention {
  tokStart: number;
  tokEnd: number;
  person: boolean;
  /** clitics written before the name (و، ل، ب …), normalized */
  clitic: string;
  /** a place reference (في أذربيجان، بإقليم قره باغ) rather than a participant */
  locational: boolean;
  /** joined to the previous mention by و (أرمينيا وأذربيجان، بوتين والأميركي ترامب) */
  coordinated: boolean;
}

/** Who acted and towards whom. */
export interface Participants {
  actor1: Mention | null;
  actor2: Mention | null;
}

// Words before a state's name that make it a place or a topic, not a party: في أذربيجان، حول قره باغ، بتوقيت دمشق.
const PLACE_WORDS = new Set(
  ['في', 'داخل', 'قرب', 'بالقرب', 'حدود', 'الحدود', 'اراضي', 'الاراضي', 'مناطق', 'منطقه', 'اقليم', 'مدينه', 'مدن',
    'عاصمه', 'العاصمه', 'ارض', 'سماء', 'اجواء', 'حول', 'بشان', 'من', 'نحو', 'عبر', 'بتوقيت', 'توقيت'].map(normalizeKey),
);
// A trigger ending in one of these words takes its counterpart next (تقف إلى جانب X، بحث مع X).
const PREPOSITIONS = new Set(['جانب', 'مع', 'علي', 'الي', 'ضد', 'عن', 'اقتراح'].map(normalizeKey));
// Acts whose noun takes its object, not its subject, in the genitive (دعم الأذربيجانيين، الاعتراف بـ).
const OBJECT_GENITIVE = new Set(['SUPPORT', 'CONCEDE', 'COERCE', 'SANCTION']);
// A noun after these words is a topic (قلقه إزاء تجدد القتال), not an act of the clause subject.
const TOPIC_WORDS = new Set(['ازاء', 'حول', 'بشان', 'تجاه', 'عن', 'من'].map(normalizeKey));
// Relative pronouns: names inside a relative clause (الرؤساء الذين يمثلون … مجموعة مينسك، يدينون) are not the main verb's subject.
export const RELATIVE = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللذان', 'اللتين', 'اللتان', 'اللواتي', 'اللاتي'].map(normalizeKey));
// Two sides of a clash or a deal: "بين X و Y".
const PAIRED = new Set(['ASSAULT', 'AGREE', 'CONSULT']);
// Acts done together: a coordinated co-subject is the other party.
const RECIPROCAL = new Set(['AGREE', 'CONSULT']);
// A subject stands this close to its verb (dates may sit between: بحث الرئيس اليوم …).
const SUBJECT_REACH = 4;
// An SVO subject touches its verb (روسيا تدعم) — one word (التي، قد) may stand between.
const SVO_REACH = 1;
// The clause subject of a noun stands this close before it (أعلنت الحكومة اليوم عن استدعاء …).
const NOUN_SUBJECT_REACH = 3;
// The counterpart of a verb / a noun stands within this many words after it.
const VERB_OBJECT_REACH = 12;
const NOUN_OBJECT_REACH = 5;

/** Places actor mentions on tokens and marks place references and coordination. */
export function placeMentions(doc: Doc, actors: ActorMention[]): Mention[] {
  const out: Mention[] = [];
  for (const a of actors) {
    const tokStart = Math.max(0, tokenAtOrAfter(doc, a.start + 1) - 1);
    const tokEnd = tokenAtOrAfter(doc, a.end);
    const actor = actorById(a.actorId);
    const clitic = normalizeKey(doc.body.slice(doc.ostart[tokStart], a.start));
    const prev = tokStart > 0 ? doc.tokens[tokStart - 1].text : '';
    const placeLike = !actor || actor.kind === 'state' || actor.kind === 'group';
    const locational =
      placeLike && (PLACE_WORDS.has(prev) || stems(prev).some((s) => PLACE_WORDS.has(s.stem)) || /ب$/.test(clitic));
    const before = out[out.length - 1];
    const gap = before ? normalizeKey(doc.body.slice(before.end, a.start)) : '';
    out.push({
      ...a,
      tokStart,
      tokEnd,
      person: actor?.kind === 'person',
      clitic,
      locational,
      // "و" alone, or one word starting with و (والأميركي دونالد ترامب)
      coordinated: !!before && /^[\s,]*و\S*[\s,]*$/.test(gap),
    });
  }
  return out;
}

/** Whether a name carries ل or ب (لأذربيجان، بروسيا): an object, not a subject. The article ال does not count. */
export function isPrepositional(m: Mention): boolean {
  return /(^|[وف])[لب]$/.test(m.clitic) || /^[وف]?لل/.test(normalizeKey(m.clitic + m.surface));
}

/** Whether only punctuation (or one word) separates two mentions: an apposition or a list. */
function touching(doc: Doc, a: Mention, b: Mention, oneWord: boolean): boolean {
  const gap = doc.body.slice(a.end, b.start);
  if (/[.؟!]/.test(gap)) return false;
  return oneWord ? /^[\s،,:(]*(\S+[\s،,]*)?$/.test(gap) : /^[\s،,:(]*$/.test(gap);
}

/** A person named right after a title mention (الرئيس الروسي، فلاديمير بوتين) stands for it. */
export function apposed(doc: Doc, list: Mention[], i: number): number {
  const m = list[i];
  const n = list[i + 1];
  if (!m || !n || m.person || !n.person) return i;
  return touching(doc, m, n, true) ? i + 1 : i;
}

/** The first mention after index i that is not part of i's apposition or coordinated list. */
function counterpart(doc: Doc, list: Mention[], i: number, a1: Mention | null, limitTok: number): Mention | null {
  let j = i + 1;
  while (j < list.length && (list[j].coordinated || (list[j].person && touching(doc, list[j - 1], list[j], false))) && list[j].tokStart - list[j - 1].tokEnd <= 2) j++;
  for (; j < list.length; j++) {
    const m = list[j];
    if (m.tokStart >= limitTok) return null;
    if (!a1 || m.actorId !== a1.actorId) return list[apposed(doc, list, j)];
  }
  return null;
}

/** "بين X و Y" after a clash or deal trigger, in its clause: the two sides. */
function betweenPair(doc: Doc, t: Trigger, after: Mention[], to: number): Participants | null {
  if (!PAIRED.has(t.eventType)) return null;
  // talks and deals name their two sides right after the trigger; a clash may name them later
  const reach = t.eventType === 'ASSAULT' ? to : Math.min(to, t.tokEnd + 3);
  for (let k = t.tokEnd; k < reach; k++) {
    if (doc.tokens[k].text !== 'بين') continue;
    const x = after.findIndex((m) => m.tokStart === k + 1);
    if (x < 0) return null;
    const y = after[x + 1];
    return { actor1: after[x], actor2: y && y.coordinated && y.tokStart - after[x].tokEnd <= 1 ? y : null };
  }
  return null;
}

/**
 * Actor1 and actor2 of a trigger within its clause [from, to): a بين pair for clashes; for verbs
 * the subject right before (SVO) or right after (VSO) the verb, else the last actor before it; for
 * nouns the clause subject just before, or the actor right after (إضافة, for acts whose genitive
 * is the doer); for participles (داعيا) the first actor of the clause. Actor2 is the next actor
 * after (before `stop`, the next trigger), skipping actor1's apposition and coordinated co-subjects (بوتين وترامب وماكرون).
 */
export function findParticipants(doc: Doc, t: Trigger, mentions: Mention[], from: number, to: number, stop = to): Participants {
  const pool = mentions.filter((m) => !m.locational && m.tokStart >= from && m.tokEnd <= to);
  const after = pool.filter((m) => m.tokStart >= t.tokEnd);
  let before = pool.filter((m) => m.tokEnd <= t.tokStart);
  if (t.def.pos === 'v') {
    // the subject of a verb stands before a relative clause that precedes it, never inside it
    let rel = -1;
    for (let k = from; k < t.tokStart; k++) if (RELATIVE.has(doc.tokens[k].text)) { rel = k; break; }
    if (rel >= 0) before = before.filter((m) => m.tokEnd <= rel);
  }
  const pair = betweenPair(doc, t, after, to);
  if (pair) return pair;
  const verb = t.def.pos === 'v';
  // the counterpart stands before the next trigger of the sentence
  const limit = Math.min(stop, t.tokEnd + (verb ? VERB_OBJECT_REACH : NOUN_OBJECT_REACH));
  // the other party of a talk or deal may be coordinated with actor1 (توصلت إسرائيل وحماس إلى هدنة)
  const reciprocal = (a1: Mention): Mention | null => {
    if (!RECIPROCAL.has(t.eventType)) return null;
    const partner = pool[pool.indexOf(a1) + 1];
    return partner && partner.coordinated && partner.tokStart - a1.tokEnd <= 1 && partner.actorId !== a1.actorId ? partner : null;
  };
  const next = (a1: Mention | null): Mention | null => {
    const partner = a1 && reciprocal(a1);
    if (partner) return partner;
    const j = after.findIndex((m) => m.tokStart < limit && (!a1 || m.actorId !== a1.actorId));
    return j < 0 ? null : after[apposed(doc, after, j)];
  };
  const subjectBefore = (reach: number): Mention | null => {
    // a coordinated subject (روسيا وتركيا تدعمان) is led by its first member
    let k = before.length - 1;
    if (k < 0 || t.tokStart - before[k].tokEnd > reach) return null;
    if (!verb && t.tokStart > 0 && TOPIC_WORDS.has(doc.tokens[t.tokStart - 1].text)) return null;
    while (k > 0 && before[k].coordinated && before[k].tokStart - before[k - 1].tokEnd <= 1) k--;
    return before[k];
  };
  if (t.def.pos === 'p') {
    const a1 = before.length ? before[apposed(doc, before, 0)] : null;
    return { actor1: a1, actor2: next(a1) };
  }
  const lastWord = doc.tokens[t.tokEnd - 1].text;
  const svo = subjectBefore(SVO_REACH);
  if (svo || PREPOSITIONS.has(lastWord)) {
    const a1 = svo ?? subjectBefore(verb ? Infinity : NOUN_SUBJECT_REACH);
    return { actor1: a1, actor2: next(a1) };
  }
  const reach = verb ? SUBJECT_REACH : 0;
  const genitiveIsDoer = verb || !OBJECT_GENITIVE.has(t.eventType);
  // the subject after a verb: the first name not governed by a preposition (دعا الأمين العام للأمم المتحدة غوتيريش)
  const s = after.findIndex((m) => !isPrepositional(m));
  if (s >= 0 && after[s].tokStart - t.tokEnd <= reach && genitiveIsDoer) {
    const i = apposed(doc, after, s);
    const a1 = after[i];
    const partner = reciprocal(a1);
    return { actor1: a1, actor2: partner ?? counterpart(doc, after, i, a1, limit) };
  }
  const a1 = subjectBefore(verb ? Infinity : NOUN_SUBJECT_REACH);
  return { actor1: a1, actor2: next(a1) };
}
