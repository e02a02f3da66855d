import type { ActorMention } from '../types.js';
import { normalizeKey } from '../3-segment/normalize.js';
import { loadLexicon, variants } from '../lexicon/load.js';
import { actorById } from '../5-actors/index.js';
import { keyWords, tokenAt, type Token } from './tokens.js';
import { grammar, isDefinite } from './grammar.js';
import { followingSubject, type ScanContext } from './speakers.js';
import { isGivenName, isNameLink, roleMatcher, splitSpeaker } from './titles.js';
import { pickActor, type SpeakerState } from './speaker-state.js';

/**
 * People the article names, with or without a speech verb (أدى حضرة صاحب الجلالة السلطان هيثم بن
 * طارق اليمين، عاد السيد رئيس الجمهورية المشير عمر البشير): a later honorific pronoun (وقال جلالته)
 * or a bare title (وكان رئيس الجمهورية قد أكد) refers back to them.
 */
export interface NamedPerson {
  /** where the mention starts and ends in the body */
  at: number;
  end: number;
  state: SpeakerState;
}

// A titled name runs at most this many words (رئيس اللجنة السياسية بالمجلس العسكري الانتقالي الفريق أول ركن …).
const MENTION_WORDS = 24;

/** The people named in the body with a title before their name, and the gazetteer's persons, in text order. */
export function namedPeople(sc: ScanContext, body: string, actors: ActorMention[]): NamedPerson[] {
  const { tokens } = sc;
  const out: NamedPerson[] = [];
  const roles = roleMatcher();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].word || !roles.has(tokens, i)) continue;
    const r = followingSubject(sc, i, Math.min(tokens.length, i + MENTION_WORDS));
    if (!r || r.from !== i) continue;
    const split = splitSpeaker(tokens, r.from, r.to, actors);
    // استقبل الرئيس قيس الهمامي وفدا: an indefinite accusative third word is the verb's object
    const third = tokens[split.speakerTo - 1];
    // … and so is one after a family name with the article (زار السيد عمار الحكيم مقر الحكومة)
    const three = split.speakerTo - split.speakerFrom === 3;
    // (… but not after a name link: عبد العزيز بوتفليقة)
    const objectLike = three && (/ا$/u.test(third.bare) || (isDefinite(tokens[split.speakerTo - 2].bare) && !!tokens[split.speakerTo]?.word
      && !isNameLink(tokens[split.speakerTo - 2].norm) && !isNameLink(tokens[split.speakerTo - 3].norm)));
    if (objectLike && !isDefinite(third.bare) && !isGivenName(third) && !isNameLink(third.norm)
      && !actors.some((m) => m.start < third.end && third.start < m.end)) split.speakerTo--;
    const s = tokens[split.speakerFrom].start;
    const e = tokens[split.speakerTo - 1].end;
    const actorId = pickActor(actors, s, e, true);
    const person = actorId !== null && actorById(actorId)?.kind === 'person';
    // a title, then a name: a given name, a known person, or a word without the article that is no
    // function word (العماد إميل لحود; not الرئيس قد ظهر)
    const first = tokens[split.speakerFrom];
    const nameWord = isGivenName(first) || (!isDefinite(first.bare) && first.norm.length > 2 && !functionWord(first.norm));
    if (split.titleFrom === null && roles.has(tokens, split.speakerFrom)) {
      // وكان الرئيس قد ظهر …: a bare title names again the person who holds that office
      const again = referent(out, body.slice(s, e), tokens, split.speakerFrom, split.speakerTo, s);
      if (again) out.push({ at: tokens[i].start, end: e, state: { ...again, at: tokens[i].start } });
    } else if ((split.titleFrom !== null || split.speakerFrom > i) && (nameWord || person) && !deceased(tokens, i, r.to)) {
      // a title, or only ranks and honorifics (سماحة السيد عمار الحكيم), before the name
      out.push({
        at: tokens[i].start,
        end: e,
        state: {
          speaker: body.slice(s, e),
          speakerTitle: split.titleFrom !== null && split.titleTo !== null ? body.slice(tokens[split.titleFrom].start, tokens[split.titleTo - 1].end) : null,
          speakerActorId: actorId,
          channel: null,
          said: null,
          at: tokens[i].start,
        },
      });
    }
    i = r.to - 1;
  }
  for (const m of actors) {
    // a known person not already inside a titled mention (بوتين alone)
    if (actorById(m.actorId)?.kind !== 'person' || out.some((p) => p.at <= m.start && m.end <= p.end)) continue;
    out.push({ at: m.start, end: m.end, state: { speaker: m.surface, speakerTitle: null, speakerActorId: m.actorId, channel: null, said: null, at: m.start } });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Whether the mention at [from, to) names someone dead (خلفا للأمير الراحل الشيخ صباح …، طيب الله ثراه): a
 * word of mourning in it, in the two words before it or the four after it. The dead are no one a later
 * "he said" refers to.
 */
function deceased(tokens: Token[], from: number, to: number): boolean {
  const mourning = grammar().mourning;
  for (let k = Math.max(0, from - 2); k < Math.min(tokens.length, to + 4); k++) if (tokens[k].word && mourning.has(tokens[k].norm)) return true;
  return false;
}

/** A grammar word that cannot start a name (قد، أن، في، الذي، أي). */
function functionWord(norm: string): boolean {
  const g = grammar();
  return [g.marker, g.auxiliary, g.complementizer, g.adverb, g.stopPreposition, g.relative, g.quantifier, g.contrast].some((set) => set.has(norm));
}

/** The words of a title without articles, folded (رئيس الجمهورية → [رئيس, جمهوريه]). */
function titleWords(title: string): string[] {
  return normalizeKey(title).split(' ').filter(Boolean).map((w) => w.replace(/^(?:ال|لل)/u, ''));
}

/**
 * Whether a bare title (الرئيس، وزير الخارجية، رئيس الجمهورية) names the office in a person's title:
 * a title of two words or more is the start of it (وزير الخارجية → وزير الخارجية والتعاون الدولي);
 * a one-word title is the whole of it, or it with an adjective or "of the republic" (الرئيس → الرئيس
 * الأمريكي، رئيس الجمهورية; not رئيس الوزراء).
 */
function sameOffice(bare: string[], title: string[]): boolean {
  if (bare.length === 0 || bare.length > title.length) return false;
  const officeOf = grammar().officeOf;
  const ofState = (w: string | undefined): boolean => !!w && (officeOf.has(w) || officeOf.has(`ال${w}`));
  // رئيس الدولة → رئيس الجمهورية: the same head written with another word for the state
  if (bare.length === 2 && bare[0] === title[0] && ofState(bare[1]) && ofState(title[1])) return true;
  if (!bare.every((w, k) => title[k] === w)) return false;
  if (bare.length >= 2) return true;
  // words after a one-word title that still name the same office (الرئيس → رئيس الجمهورية), from the grammar lexicon
  return title.slice(1).every((w) => /(?:ي|يه)$/u.test(w) || ofState(w));
}

/**
 * The person an honorific pronoun (سموه، جلالته) or a bare title (الرئيس، وزير الخارجية) at offset
 * `at` refers back to: the last person named before it (for a title, the last whose title names
 * that office), or null.
 */
export function referent(people: NamedPerson[], speaker: string, tokens: Token[], from: number, to: number, at: number): SpeakerState | null {
  const g = grammar();
  const key = normalizeKey(speaker);
  const before = people.filter((p) => p.at < at);
  if (g.backReference.has(key)) {
    // وقال سموه: the last person mentioned with a matching title word (الأمير), else the last one
    const words = honorificTitles().get(key);
    const titled = words ? before.filter((p) => mentionWords(tokens, p).some((w) => words.has(w))) : [];
    return (titled[titled.length - 1] ?? before[before.length - 1])?.state ?? null;
  }
  // a bare title: role words only, no name in it
  if (!roleMatcher().has(tokens, from)) return null;
  for (let k = from; k < to; k++) if (tokens[k].word && isGivenName(tokens[k])) return null;
  const bare = titleWords(speaker);
  for (let k = before.length - 1; k >= 0; k--) {
    const title = before[k].state.speakerTitle;
    if (title && sameOffice(bare, titleWords(title))) return before[k].state;
  }
  return null;
}

let honorifics: Map<string, Set<string>> | null = null;

/** lexicons/honorifics.tsv: each honorific pronoun with the title words of the one it refers to, normalized without the article. */
function honorificTitles(): Map<string, Set<string>> {
  if (honorifics) return honorifics;
  honorifics = new Map();
  for (const row of loadLexicon('honorifics')) {
    const words = new Set(variants(row.title_words).map((w) => keyWords(w).join(' ').replace(/^ال/u, '')));
    for (const p of variants(row.pronoun)) honorifics.set(keyWords(p).join(' '), words);
  }
  return honorifics;
}

/** The words of a person's mention (with its ranks and title), normalized without the article. */
function mentionWords(tokens: Token[], p: NamedPerson): string[] {
  const out: string[] = [];
  for (let k = tokenAt(tokens, p.at); k < tokens.length && tokens[k].end <= p.end; k++) {
    if (tokens[k].word) out.push(tokens[k].norm.replace(/^ال/u, ''));
  }
  return out;
}
