import type { DateMention } from '../types.js';
import { tokenizeBody, tokenAt, isComma, type Token } from '../6-quotes/tokens.js';
import { followingSubject, frontedSubject, skipCommas, type ScanContext } from '../6-quotes/speakers.js';
import { grammar, isCount, isDefinite } from '../6-quotes/grammar.js';
import { afterRanks, isGivenName, isNameLink, roleMatcher } from '../6-quotes/titles.js';
import { isQuoteMark } from '../6-quotes/marks.js';
import { matchCue } from '../6-quotes/cues.js';

/**
 * The written subject of an event verb when no gazetteer actor stands there: "قوات الأمن" in
 * فرقت قوات الأمن المتظاهرين, "آلاف المحتجين" in وخرج آلاف المحتجين. It fills actor1_text only
 * (actor1_id stays empty: the phrase names no known actor). The phrase scanners are the quote
 * extractor's, which read the same Arabic noun phrases after and before speech verbs.
 */
export interface SubjectText {
  start: number;
  end: number;
  text: string;
}

/** What the scan needs about one article: its tokens, and where dates and other triggers stand. */
export interface SubjectScan {
  body: string;
  sc: ScanContext;
}

// A preposition carrying a pronoun (عنهم، عليه، منها، لهم، بها، فيه، معهم) (folded).
const PREPOSITION_PRONOUN = /^(?:عن|من|علي|الي|ل|ب|في|مع|لدي)(?:ه|ها|هم|هما|هن)$/u;
// Words that put a count as "about" (نحو، حوالي، قرابة، زهاء) (folded).
const APPROXIMATOR = /^(?:نحو|حوالي|قرابه|زهاء)$/u;
// An object pronoun on a verb (فرقتها، اعتقلتهم، استهدفتهما) (folded).
const OBJECT_PRONOUN = /(?:ها|هم|هما)$/u;
// A subject longer than this is a clause the scanner ran into, not a noun phrase.
const MAX_SUBJECT_WORDS = 8;
// A fronted subject stands this close before its verb (قوات الأمن فرقت، مسلحون مجهولون اختطفوا).
const MAX_FRONTED_WORDS = 6;

/** The token holding offset pos (a trigger may start after a clitic: وخرج), or the next one. */
function tokenHolding(tokens: Token[], pos: number): number {
  const k = tokenAt(tokens, pos);
  return k > 0 && tokens[k - 1].end > pos ? k - 1 : k;
}

/** Prepares the scan of an article body. */
export function subjectScan(body: string, dates: DateMention[], triggerStarts: number[]): SubjectScan {
  const tokens = tokenizeBody(body);
  const dateAt = new Set<number>();
  for (const d of dates) {
    // every word of a date (فجر الأربعاء 8 كانون الثاني) ends a subject and is stepped over before one
    for (let k = tokenAt(tokens, d.start); k < tokens.length && tokens[k].start < d.end; k++) dateAt.add(k);
  }
  // another trigger ends a subject as a speech verb ends a speaker
  const cueAt = new Set<number>();
  for (const s of triggerStarts) {
    const k = tokenHolding(tokens, s);
    if (k < tokens.length) cueAt.add(k);
  }
  return { body, sc: { tokens, cueAt, dateAt } };
}

/**
 * The noun phrase subject of the verb at [verbStart, verbEnd): the phrase fronted before it in its
 * clause (from clauseStart), else the phrase right after it (VSO), skipping commas and dates.
 * Null for a first-person verb, a phrase after a plural verb, a phrase opening with a preposition or
 * a complementizer, or one longer than a noun phrase; with `patient` (acts done to people, often
 * passive in news: قتل ثلاثة جنود، اعتقل 5 أشخاص) also a phrase opening with a count.
 */
export function verbSubject(
  scan: SubjectScan,
  verbStart: number,
  verbEnd: number,
  clauseStart: number,
  sentEnd: number,
  patient: boolean,
): SubjectText | null {
  const { sc, body } = scan;
  const { tokens } = sc;
  const g = grammar();
  const v = tokenHolding(tokens, verbStart);
  if (v >= tokens.length || tokens[v].start >= verbEnd) return null;
  const last = tokenAt(tokens, verbEnd) - 1;
  const verb = tokens[last].norm;
  // نرفض، أعلنا: the speaker is the subject (a present ن + three letters or more; not the past نفى، نفت، نددت، ناشد)
  const stem = tokens[v].norm.replace(/^[وف](?=ن..)/u, '');
  if (/نا$/u.test(verb) || (/^ن(?!ا)/u.test(stem) && stem.length >= 4 && !/(?:ت|وا)$/u.test(stem))) return null;
  const endTok = tokenAt(tokens, sentEnd);
  // اختطفا على يد مسلحين قبليين: a passive names its doer after the agent phrase
  const agent = passiveAgentAfter(tokens, last + 1, endTok);
  if (agent !== null) return agent < endTok ? subjectAt(scan, agent, endTok, false) : null;
  const fromTok = tokenAt(tokens, clauseStart);
  // مسيرات لأنصار الجماعة فرقتها قوات الأمن: a verb carrying an object pronoun that points back to the noun before it has
  // its subject after it, when a phrase stands there
  if (v > fromTok && last === v && OBJECT_PRONOUN.test(verb) && !/(وا|ون)$/u.test(verb.replace(OBJECT_PRONOUN, ''))) {
    const after = subjectAt(scan, skipCommas(tokens, last + 1), endTok, patient);
    if (after) return after;
  }
  if (v > fromTok) {
    const r = frontedSubject(sc, v, fromTok);
    // مظاهرات جديدة رفع فيها المحتجون …: a phrase that starts right after another trigger describes it, it is no subject
    if (r && r.from > fromTok && sc.cueAt.has(r.from - 1)) return null;
    // وكانت قوات الأمن قد فرقت: the subject may end at قد
    const to = r && r.to === v - 1 && tokens[v - 1].norm === 'قد' ? v : r?.to;
    // أعلن الرئيس فرض حالة الطوارئ: a past speech verb opening the words before a verbal noun is its own verb, and its
    // subject stands after it (VSO)
    const spoken = r && to === v && r.to - r.from > 1 && matchCue(tokens, r.from)?.tense === 'past';
    if (r && to === v) return accept(body, tokens, spoken ? r.from + 1 : r.from, r.to, MAX_FRONTED_WORDS, patient);
    if (r) return null;
    // أنها أسقطت طائرة: a verb right after a complementizer has a pronoun subject, and what follows is its object;
    // any other word right before the verb (an object, a relative clause) is no VSO opening either
    const prev = tokens[v - 1];
    if (prev.word && !g.marker.has(prev.norm)) return null;
    // كانت قد أرسلت دفعتين: the auxiliary carries a pronoun subject
    if (prev.norm === 'قد' && g.auxiliary.has(tokens[v - 2]?.norm ?? '')) return null;
  }
  // قصفوا، يشنون: a plural verb carries its subject; what follows is its object. After a phrase
  // (لوحت باستخدام القوة) the words are the phrase's complement, not its subject.
  if (/(وا|ون)$/u.test(verb) || last > v) return null;
  let k = skipCommas(tokens, last + 1);
  while (k < endTok && (sc.dateAt.has(k) || isComma(tokens[k]) || (tokens[k].word && g.adverb.has(tokens[k].norm)))) {
    // a date mention may run several words (صباح اليوم الأحد): step over its words
    k++;
    while (k < endTok && tokens[k].word && g.adverb.has(tokens[k].norm)) k++;
  }
  return subjectAt(scan, k, endTok, patient);
}

/** The subject phrase right after a verb that ends at verbEnd (غارات شنتها القوات الأجنبية), past commas and dates, or null. */
export function subjectAfter(scan: SubjectScan, verbEnd: number, sentEnd: number): SubjectText | null {
  const { sc } = scan;
  const { tokens } = sc;
  const endTok = tokenAt(tokens, sentEnd);
  let k = skipCommas(tokens, tokenAt(tokens, verbEnd));
  while (k < endTok && (sc.dateAt.has(k) || isComma(tokens[k]))) k++;
  return subjectAt(scan, k, endTok, false);
}

/** The subject phrase that starts exactly at token k (after a verb or an agent phrase), or null. */
function subjectAt(scan: SubjectScan, k: number, endTok: number, patient: boolean): SubjectText | null {
  const r = followingSubject(scan.sc, k, endTok);
  return r && r.from === k ? accept(scan.body, scan.sc.tokens, r.from, r.to, MAX_SUBJECT_WORDS, patient) : null;
}

// How far after a verb a passive's agent phrase may stand (اختطفا على يد مسلحين).
const AGENT_REACH = 8;

/**
 * Where the doer starts when a passive's agent phrase (على يد، من قبل، بأيدي) follows the verb, else
 * null: what stands around the verb suffered the act.
 */
function passiveAgentAfter(tokens: Token[], from: number, to: number): number | null {
  const agent = grammar().passiveAgent;
  for (let i = from; i < Math.min(to, from + AGENT_REACH); i++) {
    if (!tokens[i].word) continue;
    if (agent.has(tokens[i].norm)) return i + 1;
    if (agent.has(`${tokens[i].norm} ${tokens[i + 1]?.norm ?? ''}`)) return i + 2;
  }
  return null;
}

/**
 * Where the noun phrase starting at `from` ends, before `to`: a verb's object follows its subject with
 * no mark (فرقت قوات الأمن المتظاهرين، اعتقلت الشرطة العشرات). After a definite word, another definite
 * word continues the phrase only as an adjective (a nisba الكردية، الأمنية, or np-adjective: الخاصة،
 * الحاكم), a title or a given name; a count, a preposition (في، من، على) or one fused with the article
 * (بالقوة) ends it. After a word without the article (قوات، سلاح) the next word is its genitive.
 */
function nounPhraseEnd(tokens: Token[], from: number, to: number): number {
  const g = grammar();
  let name = false;
  let role = roleMatcher().has(tokens, from);
  // نحو ثلاثة آلاف طالب: the counts after an approximator are the phrase's own
  let counted = from + 1;
  // (… and after أكثر من، أقل من: أكثر من 60 طائرة حربية)
  if (/^(?:اكثر|اقل)$/u.test(tokens[from].norm) && tokens[from + 1]?.norm === 'من' && tokens[from + 2] && isCount(tokens[from + 2])) counted = from + 2;
  if (APPROXIMATOR.test(tokens[from].norm) || counted > from + 1) while (counted < to && isCount(tokens[counted])) counted++;
  for (let i = from + 1; i < to; i++) {
    if (i < counted) continue;
    const t = tokens[i];
    if (!t.word) {
      if (t.raw === '(' || t.raw === ')' || isComma(t) || isQuoteMark(t.raw)) continue;
      return end(tokens, from, i);
    }
    // علي السيستاني: a given name, though علي folds to the preposition على
    if ((isGivenName(t) && t.bare !== 'على') || roleMatcher().has(tokens, i)) {
      name = true;
      role ||= !isGivenName(t);
      continue;
    }
    const prev = lastWord(tokens, from, i);
    const prevDefinite = prev !== null && isDefinite(tokens[prev].bare);
    // قوة من جهاز مكافحة الإرهاب، مسلحون من حركة الشباب: a partitive من after a bare noun
    if (t.norm === 'من' && prev !== null && !prevDefinite && i + 1 < to && tokens[i + 1].word && (isDefinite(tokens[i + 1].bare) || roleMatcher().has(tokens, i + 1))) continue;
    // النائب الأول للرئيس الإيراني: a role's genitive with لل
    if (role && /^لل/u.test(t.norm)) continue;
    if (isCount(t) || g.stopPreposition.has(t.norm) || /^[وف]?(?:بال|كال)/u.test(t.norm)) return end(tokens, from, i);
    // بإغلاق المضيق، لمنع امتداد: a preposition fused to a noun opens an adjunct (باسم stays: المتحدث باسم)
    // … but a coordinated nisba adjective (أمريكية وبريطانية) or a noun whose own letter it is (ولجان) goes on
    const own = t.norm.replace(/^و/u, '');
    const joined = /^و/u.test(t.norm) && (g.ownInitial.has(own) || /^[بل]\S{3,}(?:يه|يين|يون|يتين)$/u.test(own));
    // (… not a family name after a given name, the phrase's last word: وزير الخارجية ناصر بوريطة، نيجيرفان بارزاني)
    const familyName = name && prev !== null && isGivenName(tokens[prev]) && (i + 1 >= to || !tokens[i + 1].word);
    if (/^[وف]?[بل]/u.test(t.norm) && !g.inNameOf.has(t.norm) && !isNameLink(t.norm) && !joined && !familyName) return end(tokens, from, i);
    // وفصائل، والموظفين: a coordinated noun joins the phrase
    if (/^و/u.test(t.norm) && !name) continue;
    // الطيران الحربي مواقع المتمردين: an indefinite noun after a definite phrase (no role or name) starts the object
    if (prevDefinite && !isDefinite(t.bare) && !role && !name && !/^و/u.test(t.norm)) return end(tokens, from, i);
    // منظمات حقوقية السلطات: after an indefinite adjective (a nisba that is not the phrase's head) a definite word is no
    // genitive: it starts the object
    const prevBare = prev !== null ? tokens[prev].norm.replace(/^[وف]/u, '') : '';
    // (a feminine or plural one: a bare final ي may be a folded ى, قوى الأمن)
    if (prev !== null && prev > from && !prevDefinite && isDefinite(t.bare) && !name && LONG_NISBA.test(prevBare)) return end(tokens, from, i);
    if (!prevDefinite || !isDefinite(t.bare) || name) continue;
    const bare = t.norm.replace(/^[وف]/u, '');
    // وتتهم الحكومة الحوثي: an adjective agrees with a feminine head noun (الحكومة المصرية), so a masculine singular nisba
    // after one starts the object (not after a genitive, whose head it may qualify: مجلس القيادة الرئاسي; nor after a
    // broken plural of people: القادة اللبنانيون)
    if (prev === from && /ه$/u.test(prevBare) && /[^ي]ي$/u.test(bare) && !g.npAdjective.has(bare)) return end(tokens, from, i);
    if (NISBA.test(bare) || g.npAdjective.has(bare)) continue;
    return end(tokens, from, i);
  }
  return to;
}

// A nisba adjective, masculine or feminine, singular or plural (عراقي، حقوقية، أمنيون، عراقيين) (folded), and one of them
// that cannot be a folded ى (قوى): feminine, dual or plural.
const NISBA = /(?:ي|يه|يين|يون|يان|يتين|يتان)$/u;
const LONG_NISBA = /(?:يه|يين|يون|يتين|يتان)$/u;

/** The index of the last word before i at or after from, or null. */
function lastWord(tokens: Token[], from: number, i: number): number | null {
  for (let k = i - 1; k >= from; k--) if (tokens[k].word) return k;
  return null;
}

/** i, moved back over trailing punctuation (a comma, an opening bracket). */
function end(tokens: Token[], from: number, i: number): number {
  while (i > from + 1 && !tokens[i - 1].word && tokens[i - 1].raw !== ')') i--;
  return i;
}

/** The phrase [from, to) as a subject, or null when it cannot be one. */
function accept(body: string, tokens: Token[], from: number, to: number, maxWords: number, patient: boolean): SubjectText | null {
  const g = grammar();
  // أن تكون قوات الأمن أطلقت النار: an auxiliary before the subject is no part of it
  if (tokens[from]?.word && g.auxiliary.has(tokens[from].norm) && from + 1 < to) from++;
  const first = tokens[from];
  // تفرج عنهم، عليه: a preposition carrying a pronoun is no subject; nor is a quantifier alone (أعلنت كل من السعودية …)
  if (first?.word && (PREPOSITION_PRONOUN.test(first.norm) || (g.quantifier.has(first.norm) && tokens[from + 1]?.norm === 'من'))) return null;
  if (!first?.word || (patient && (isCount(first) || (APPROXIMATOR.test(first.norm) && !!tokens[from + 1] && isCount(tokens[from + 1]))))) return null;
  if (g.stopPreposition.has(first.norm) || g.complementizer.has(first.norm) || g.adverb.has(first.norm) || g.relative.has(first.norm)) return null;
  // بالرصاص، لمنع، كالعادة: a word with a preposition clitic is no subject (بشار، ليلى are names)
  // … unless the letter is the noun's own (بوارج أمريكية، بحرية الاحتلال، لجنة التحقيق)
  if (/^[وف]?(?:بال|لل|كال)/u.test(first.norm) || (/^[وف]?[بل]/u.test(first.norm) && !isGivenName(first) && !g.ownInitial.has(first.norm.replace(/^[وف]/u, '')))) return null;
  to = nounPhraseEnd(tokens, from, to);
  const words = tokens.slice(from, to).filter((t) => t.word).length;
  if (words > maxWords) return null;
  return { start: first.start, end: tokens[to - 1].end, text: body.slice(first.start, tokens[to - 1].end) };
}

/**
 * Where the personal name right after a title or body ends (وزير الخارجية الجزائري رمطان لعمامرة، قائد الجيش العماد جوزاف عون،
 * أمير الكويت الشيخ صباح الأحمد): a given name, after any rank or honorific, then one family word, with the words that
 * بن، آل، عبد، أبو join; null when no given name stands right after `end` (a character offset) in the sentence.
 */
export function nameAfter(scan: SubjectScan, end: number, sentEnd: number): number | null {
  const { sc } = scan;
  const { tokens } = sc;
  const g = grammar();
  const endTok = tokenAt(tokens, sentEnd);
  const k = tokenAt(tokens, end);
  if (k >= endTok || !tokens[k].word || tokens[k].start - end > 1) return null;
  const given = afterRanks(tokens, k, Math.min(endTok, k + 3));
  if (given >= endTok || !isGivenName(tokens[given]) || sc.cueAt.has(given) || sc.dateAt.has(given)) return null;
  // a family word: any word but a comma, a date, another act, a small word or a title
  const family = (j: number): boolean => j < endTok && tokens[j].word && !sc.cueAt.has(j) && !sc.dateAt.has(j) && !isCount(tokens[j])
    && !g.stopPreposition.has(tokens[j].norm) && !g.complementizer.has(tokens[j].norm) && !g.adverb.has(tokens[j].norm)
    && !g.relative.has(tokens[j].norm) && !roleMatcher().has(tokens, j) && !/^و/u.test(tokens[j].norm);
  const linked = (j: number): number => {
    while (j + 1 < endTok && isNameLink(tokens[j].norm) && family(j + 1)) j += 2;
    return j;
  };
  let j = linked(given + 1);
  if (family(j) && !isNameLink(tokens[j].norm)) {
    // (… and one more when that word is itself a given name: أحمد داود أوغلو، طه ياسين رمضان)
    const more = isGivenName(tokens[j]) && family(j + 1) && !isNameLink(tokens[j + 1].norm);
    j = linked(j + (more ? 2 : 1));
  }
  return tokens[j - 1].end;
}

/**
 * The written subject of the first past speech verb of a sentence before `before` (a character offset): the speaker a
 * participle after the quote goes on with (قال زعيم التيار مقتدى الصدر إن «…»، داعيا الفصائل إلى …), or null.
 */
export function speakerBefore(scan: SubjectScan, sentStart: number, before: number, sentEnd: number): SubjectText | null {
  const { tokens } = scan.sc;
  for (let k = tokenAt(tokens, sentStart); k < tokens.length && tokens[k].end <= before; k++) {
    const cue = matchCue(tokens, k);
    if (!cue || cue.tense !== 'past') continue;
    return verbSubject(scan, tokens[k].start, tokens[k].end, sentStart, sentEnd, false);
  }
  return null;
}
