import type { ArticleContext, QuoteRecord, QuoteType } from '../types.js';
import { splitParagraphs, splitSentences, type Sentence } from '../3-segment/sentences.js';
import { tokenizeBody, tokenAt, isComma, keyWords, type Token } from './tokens.js';
import { loadLexicon, variants } from '../lexicon/load.js';
import { pairQuoteMarks, isQuoteMark, type QuotePair } from './marks.js';
import { findCues, type Cue } from './cues.js';
import { accordingMatcher, findTriggers, embeddedCues, type Trigger } from './triggers.js';
import { grammar, isDefinite, withoutPossessive } from './grammar.js';
import { normalizeKey } from '../3-segment/normalize.js';
import { findChannel } from './channels.js';
import { frontedSubject, followingSubject, outletWord, skipCommas, withheldNounAfter, type ScanContext, type TokenRange } from './speakers.js';
import { isGivenName, isNameLink, splitSpeaker, isAnonymousAt, isDocumentAt, roleMatcher, verbalNoun } from './titles.js';
import { findSaidOn, UNKNOWN_DAY, type SaidOn } from './said-on.js';
import { clauseBound, unclosedBound, pairAt, trimEnd, trimStart, type BodyIndex } from './content.js';
import { pickActor, type SpeakerState } from './speaker-state.js';
import { namedPeople, referent, type NamedPerson } from './mentions.js';

/** Where the said words begin, as found after the attribution. */
interface ContentStart {
  kind: 'colon' | 'mark' | 'clause';
  token: number;
  /** where the words start when they open before the complementizer: the one described (وصف الهجوم بأنه …) */
  from?: number;
}

/** Where a noun-phrase statement begins: its preposition, the words after it, and the one called on before it, if any. */
interface NounPhraseStart {
  prep: number;
  start: number;
  from?: number;
}

// "نقلت الوكالة عن X قوله": the outlet relays, X speaks (قوله is in the grammar lexicon).
const RELAY_FROM = 'عن';
// the lemma of the relay verb: its subject passes on what another said
const RELAY = 'نقل';
// the verbal noun of قال telling how another verb was done (اكتفى بالقول)
const BY_SAYING = 'القول';

const MAX_GAP = 12;
// … and to a colon, over an adjunct that no comma sets off
const MAX_COLON_GAP = 24;
// words (adverbs, dates, the one called on) allowed between a verb's subject and its complement preposition
const MAX_NP_GAP = 6;
// a noun-phrase statement needs at least this many words
const MIN_NP_WORDS = 2;
// a bare object (no preposition) needs more: أعلنت الحكومة حالة الطوارئ is an act, not a statement
const MIN_OBJECT_WORDS = 3;

/** The one-letter complement preposition (ب، ل) a verb takes joined to a word of more than three letters (بتشكيل، للتهدئة), if any. */
function joinedPrep(verb: Cue, t: Token): string | undefined {
  return verb.complement.find((p) => p.length === 1 && t.norm.length > 3 && t.norm.startsWith(p));
}

/** Extracts the attributed statements of one article body; see index.ts. */
export function extractQuotes(body: string, ctx: ArticleContext): QuoteRecord[] {
  const tokens = tokenizeBody(body);
  const marks = pairQuoteMarks(body);
  const sentences = splitSentences(body);
  const paragraphs = splitParagraphs(body);
  const g = grammar();
  // طلب عدم ذكر اسمه، رفض الكشف عن هويته: a speech verb inside the wish to stay unnamed is no cue
  const cues = findCues(tokens).filter((c) => !(g.withheldNoun.has(tokens[c.index + 1]?.norm ?? '')
    && [1, 2].some((d) => g.withheldVerb.has(tokens[c.index - d]?.norm ?? ''))));
  const cueTense = new Map(cues.map((c) => [c.index, c.tense as string]));
  const embedded = embeddedCues(tokens, cues);
  const dateAt = new Set<number>();
  for (const d of ctx.dates) {
    const k = tokenAt(tokens, d.start);
    if (k < tokens.length && tokens[k].start < d.end) dateAt.add(k);
  }
  const sentenceOf = (pos: number): Sentence =>
    sentences.find((s) => pos < s.end) ?? sentences[sentences.length - 1];
  const idx: BodyIndex = {
    body, tokens, marks, cueTense, embedded,
    prefixedCue: new Set(cues.filter((c) => c.prefixed).map((c) => c.index)),
    sentenceEnd: (pos) => sentenceOf(pos).end,
    paragraphEnd: (pos) => (paragraphs.find((p) => pos < p.end) ?? paragraphs[paragraphs.length - 1]).end,
  };
  const sc: ScanContext = { tokens, cueAt: new Set(cues.map((c) => c.index)), dateAt };
  const cueByIndex = new Map(cues.map((c) => [c.index, c]));
  // people named anywhere, for a later وقال جلالته or وكان رئيس الجمهورية قد أكد (found on first need)
  let named: NamedPerson[] | null = null;
  const people = (): NamedPerson[] => (named ??= namedPeople(sc, body, ctx.actors));
  const insidePair = (pos: number): boolean => marks.pairs.some((p) => p.open < pos && pos < p.close);
  /** How many words a quotation pair holds (a short one is a name: لـ"بي بي سي"، «COP27»). */
  // the tokens from k with the ل of وفقا joined to the first one taken off (لأرقام → أرقام), or null when it has none
  const unjoinedAt = (k: number): Token[] | null =>
    /^ل(?!ل)/u.test(tokens[k].norm) ? [{ ...tokens[k], norm: tokens[k].norm.slice(1) }, ...tokens.slice(k + 1)] : null;
  // a document noun, also with the ل of وفقا joined or after آخر/أحدث (وفقا لأرقام المرصد، حسب آخر حصيلة لوزارة الداخلية)
  const documentWordAt = (k: number): boolean => {
    const unjoined = unjoinedAt(k);
    return isDocumentAt(tokens, k) || /^(?:اخر|احدث)$/u.test(tokens[k].norm) || (!!unjoined && isDocumentAt(unjoined, 0));
  };
  const shortPairAt = (j: number): boolean => {
    const p = pairAt(marks, tokens[j].start);
    return p >= 0 && pairWords(marks.pairs[p]) <= 4;
  };
  const pairWords = (pair: QuotePair): number => body.slice(pair.open + 1, pair.close).trim().split(/\s+/u).length;
  const isOpener = (t: Token): boolean =>
    isQuoteMark(t.raw) && (pairAt(marks, t.start) >= 0 || marks.unclosed.includes(t.start));

  const { triggers, merged } = findTriggers(body, tokens, cues, sentences, embedded);

  /** The first colon, quotation or complementizer after the attribution, or null when another cue or the sentence end comes first. */
  function findContent(from: number, limit: number, bare: boolean): ContentStart | null {
    let words = 0;
    for (let j = from; j < limit && words <= MAX_COLON_GAP; j++) {
      const t = tokens[j];
      if (t.raw === ':') return { kind: 'colon', token: j };
      // beyond the usual gap only a colon still opens the words (في مؤتمر صحفي مشترك مع … بمقر …: "…")
      if (words > MAX_GAP) {
        if (isQuoteMark(t.raw) || t.raw === '.' || (t.word && (sc.cueAt.has(j) || g.complementizer.has(t.norm)))) return null;
        if (t.word) words++;
        continue;
      }
      if (isOpener(t)) {
        const p = pairAt(marks, t.start);
        const pair = p >= 0 ? marks.pairs[p] : null;
        const inner = pair ? pairWords(pair) : 0;
        // لـ"بي بي سي"، لصحيفة "الشرق الأوسط": a quoted outlet name is the channel, not the words
        const outletName = !!pair && inner <= 4 && j > 0 && (/^ل[ـ]*$/u.test(tokens[j - 1].raw) || outletWord(tokens[j - 1]) || g.outletNoun.has(tokens[j - 1].norm));
        if (outletName) { j = tokenAt(tokens, pair!.close); continue; }
        const short = pair && inner <= 2;
        if (bare && !short) return { kind: 'mark', token: j };
        if (!pair) return null;
        const close = tokenAt(tokens, pair.close);
        // a misplaced opening mark: the complementizer sits just inside it (“الكرملين أن …”)
        for (let k = j + 1, n = 0; k < close && n < 3; k++) {
          if (!tokens[k].word) continue;
          if (g.complementizer.has(tokens[k].norm)) return { kind: 'clause', token: k };
          n++;
        }
        j = close;
        continue;
      }
      // ، في أول مقابلة تلفزيونية له منذ …،: an adjunct set off by commas does not count towards the gap
      // … and so does the speaker's title set off after the name (X، ولي عهد أبوظبي نائب القائد …،)
      if (isComma(t)) {
        const close = setOffAdjunct(j, limit) ?? (j === from ? setOffTitle(j, limit) : null);
        if (close !== null) { j = close; continue; }
      }
      // a comma then و + word opens a new coordinated clause: the attribution is over
      if (isComma(t) && newClauseAt(j + 1)) return null;
      if (!t.word) continue;
      words++;
      // اقترحت المفوضية تأجيل …، بعد أن أعلنت …؛ إلغاء القمة التي كان من المقرر أن …: no reported clause
      if (t.norm === 'ان' && g.notReporting.has(tokens[j - 1]?.norm ?? '')) continue;
      if (g.complementizer.has(t.norm)) return { kind: 'clause', token: j };
      if (g.negativeComplementizer.has(t.norm) && tokens[j - 1]?.norm === 'من') return { kind: 'clause', token: j };
      if (sc.cueAt.has(j) && !embedded.has(j) && !merged.has(j)) return null;
    }
    return null;
  }

  /**
   * Whether the word at j, after a comma, opens a coordinated clause (، وأكد …، والتقى …): a word
   * with و joined that is not itself a role or body word (، وزير الخارجية، …، وكالة الأنباء).
   */
  function newClauseAt(j: number): boolean {
    const t = tokens[j];
    if (!t?.word || !t.norm.startsWith('و') || sc.cueAt.has(j) || g.ownInitial.has(t.norm)) return false;
    // ، وفق بلاغ …، وسط …: a word whose و is its own letter
    if (accordingMatcher().has(tokens, j) || g.stopPreposition.has(t.norm)) return false;
    // ، وهو أستاذ جامعي، …: a circumstantial description of the speaker, not a new clause
    if (g.circumstantial.has(t.norm)) return false;
    return !roleMatcher().has(tokens, j) && !g.outletNoun.has(t.norm);
  }

  /** Where a contrast or sequence word (بينما، فيما، في حين، ثم) right before token i starts, or null. */
  function contrastStart(i: number): number | null {
    let j = i - 1;
    while (j >= 0 && !tokens[j].word) j--;
    if (j < 0) return null;
    const w = tokens[j].norm;
    if (g.contrast.has(w)) return tokens[j].start;
    return w === 'حين' && tokens[j - 1]?.norm === 'في' ? tokens[j - 1].start : null;
  }

  /** Whether a gazetteer actor's mention overlaps the body span [start, end). */
  function overlapsActor(start: number, end: number): boolean {
    return ctx.actors.some((m) => m.start < end && start < m.end);
  }

  /** Whether a speech verb cue starts in the body span [start, end): the sentence has its own attribution. */
  function speechVerbBetween(start: number, end: number): boolean {
    return triggers.some((t) => t.verb && t.start >= start && t.start < end);
  }

  /** A phrase that names no one: a definite common noun, not a role, body, anonymous source or actor (السكان، المواطنين). */
  function commonNounPhrase(r: TokenRange): boolean {
    // ووصفت تلك الأنباء بأنها …: a demonstrative before a definite noun points at a thing told before
    const from = g.demonstrative.has(tokens[r.from].norm) && tokens[r.from + 1]?.word && r.to > r.from + 1 ? r.from + 1 : r.from;
    if (from > r.from) return commonNounPhrase({ from, to: r.to });
    const first = tokens[r.from];
    if (!first.word || !isDefinite(first.bare) || roleMatcher().has(tokens, r.from) || isAnonymousAt(tokens, r.from) || isDocumentAt(tokens, r.from)) return false;
    const s = first.start;
    const e = tokens[r.to - 1].end;
    return !overlapsActor(s, e);
  }

  /** A definite noun and at most a nisba adjective (المدرب الوطني، الوزير) that is no institution, document or actor. */
  function roleEcho(from: number, to: number): boolean {
    const words = tokens.slice(from, to);
    if (words.length === 0 || words.length > 2 || !words.every((w) => w.word && isDefinite(w.bare))) return false;
    if (words.length === 2 && !/ي$/u.test(words[1].norm)) return false;
    // a lone word must be a title (الوزير), not a family name (البدوي، الخطيب)
    if (words.length === 1 && roleMatcher().matchAt(tokens, from)?.value !== 'title') return false;
    if (/ي$/u.test(words[0].norm)) return false;
    if (roleMatcher().matchAt(tokens, from)?.value === 'institution' || isDocumentAt(tokens, from) || isGivenName(words[0])) return false;
    return !overlapsActor(words[0].start, words[words.length - 1].end);
  }

  /** Whether a speaker is a person's name (وليد الركراكي), or the family name of one named in the text (الركراكي). */
  function personName(speaker: string): boolean {
    const full = (name: string): boolean => {
      const t = tokenizeBody(name);
      return t.length >= 2 && isGivenName(t[0]) && !roleMatcher().has(t, 0);
    };
    if (full(speaker)) return true;
    const key = normalizeKey(speaker);
    const names = [...people().map((p) => p.state.speaker), ...out.map((q) => q.speaker ?? '')];
    return !key.includes(' ') && names.some((n) => full(n) && normalizeKey(n).endsWith(` ${key}`));
  }

  /** A phrase that opens with no role, body, anonymous source, given name or actor (حالة الطوارئ، السكان). */
  function namesNoOne(r: TokenRange): boolean {
    const first = tokens[r.from];
    if (!first.word || roleMatcher().has(tokens, r.from) || isAnonymousAt(tokens, r.from) || isDocumentAt(tokens, r.from) || isGivenName(first)) return false;
    return !overlapsActor(first.start, first.end);
  }

  /**
   * Whether a speaker phrase only refers back to the last speaker: an honorific pronoun (سموه،
   * سعادته)، "the same source" (المصدر ذاته)، or a bare definite role word that the last speaker's
   * title holds (الوزير after وزير الداخلية … زرهوني).
   */
  function refersBack(speaker: string, prev: SpeakerState): boolean {
    const key = normalizeKey(speaker);
    if (g.backReference.has(key)) return true;
    if (g.sameSource.has(key)) return prev.speakerActorId === null;
    const words = key.split(' ');
    // وشددت الوزارة after وزارة الصحة: a bare definite institution word names the body that spoke before
    if (words.length === 1 && !prev.speakerTitle && words[0].startsWith('ال')) {
      const head = tokenizeBody(normalizeKey(prev.speaker).split(' ')[0].replace(/^ال/u, ''));
      if (head.length === 1 && head[0].norm === words[0].slice(2) && roleMatcher().matchAt(head, 0)?.value === 'institution') return true;
    }
    // الوزير، الوزير الأول، رئيس الهيئة: a definite role word or a role of two words whose genitive is definite
    const construct = words.length === 2 && words[1].startsWith('ال');
    if (words.length > 2 || !(words[0].startsWith('ال') || construct) || !prev.speakerTitle) return false;
    const role = words.map((w) => w.replace(/^ال/u, '')).join(' ');
    const held = normalizeKey(prev.speakerTitle).replace(/(^| )ال/gu, '$1');
    if (` ${held} `.includes(` ${role} `)) return true;
    // المدرب الوطني after مدرب المنتخب الوطني المغربي: the title's head word, then a word further in the title
    const heldWords = held.split(' ');
    const roleWords = role.split(' ');
    return roleWords.length === 2 && heldWords[0] === roleWords[0] && heldWords.slice(1).includes(roleWords[1]);
  }

  /** The last person named with a title between offsets from and to (inside one sentence), or null. */
  function personIn(from: number, to: number): SpeakerState | null {
    let found: SpeakerState | null = null;
    for (const p of people()) if (p.at >= from && p.at < to) found = p.state;
    return found ? { ...found } : null;
  }

  /** After "بحسب X": a comma, or فإن, opens the said words. */
  function leadContent(after: number): ContentStart | null {
    const t = tokens[after];
    if (!t) return null;
    // بحسب X، فقد …: the ف of the answer clause opens the words too
    const answer = (w: Token | undefined): boolean => !!w && (w.norm === 'فان' || w.norm === 'فقد');
    if (isComma(t)) {
      const next = tokens[after + 1];
      // وفقا لأرقام المرصد، أي بزيادة …: "that is" goes on with the sentence before, it is not the said words
      if (next?.norm === 'اي' || (next?.word && g.contrast.has(next.norm))) return null;
      return next && (answer(next) || g.complementizer.has(next.norm)) ? { kind: 'clause', token: after + 1 } : { kind: 'clause', token: after };
    }
    // وجاء على لسان X أن …: a complementizer right after the source
    if (g.complementizer.has(t.norm)) return { kind: 'clause', token: after };
    return answer(t) ? { kind: 'clause', token: after } : null;
  }

  /** Speaker, title and actor from a speaker phrase; a document (البيان) stands for its issuer. */
  function describe(range: TokenRange, lead = 0): SpeakerState | null {
    let { from } = range;
    // جاء في رسالة الاستقالة: the cue itself may end with the document noun
    const afterDocument = from > 0 && isDocumentAt(tokens, from - 1) && !isDocumentAt(tokens, from);
    if (documentWordAt(from) || afterDocument) {
      // التقرير اليومي لوزارة الصحة، البيان الختامي للقمة: the document's adjective goes with it
      const docWord = (k: number): boolean => documentWordAt(k) || g.issuedBy.has(tokens[k].norm) || !tokens[k].word
        || (k > range.from && isDefinite(tokens[k].bare) && /ي$/u.test(tokens[k].norm) && /^ل/u.test(tokens[k + 1]?.norm ?? ''));
      while (from < range.to && docWord(from)) from++;
      // the ل of وفقا joined the document (لأرقام), not the issuer after it
      if (from > range.from) lead = 0;
      const rest = range.to - from;
      const adjective = rest === 1 && isDefinite(tokens[from].bare) && /يه?$/.test(tokens[from].norm);
      if (rest <= 0 || adjective) return lastIssuer ?? last;
      // رسالة الاستقالة، نص القرار: what the document is about, not who issued it (no body, actor or place)
      const bare = tokens[from].norm.replace(/^ال/u, '');
      const subject = rest === 1 && tokens[from].norm.startsWith('ال') && !roleMatcher().has(tokens, from)
        && !roleMatcher().has([{ ...tokens[from], norm: bare }], 0) && !overlapsActor(tokens[from].start, tokens[from].end)
        && !placeWords().has(bare) && !placeWords().has(tokens[from].norm);
      // … said by the one who spoke last, or else by the person the text named last (أخطر الرئيس بوتفليقة … وجاء في رسالة الاستقالة)
      if (subject) {
        const named = last ?? people().filter((p) => p.at < tokens[from].start).pop()?.state;
        if (named) return named;
      }
    }
    // جاء في بيان لهيئة الحشد الشعبي، بيان للجيش: an issuer's joined ل is not part of its name
    const first = tokens[from];
    if (/^ل/u.test(first.norm) && (first.norm.startsWith('لل') || roleMatcher().has([{ ...first, norm: first.norm.slice(1) }], 0))) lead = 1;
    const split = splitSpeaker(tokens, from, range.to, ctx.actors);
    const s = tokens[split.speakerFrom].start;
    const e = tokens[split.speakerTo - 1].end;
    let speaker = body.slice(s, e);
    // lead drops a ل joined to the first word (وفقا لوزارة الصحة، وفقا للمرصد → المرصد)
    if (lead && split.speakerFrom === from) speaker = speaker.startsWith('لل') ? `ال${speaker.slice(2)}` : speaker.slice(1);
    const title = split.titleFrom !== null && split.titleTo !== null
      ? body.slice(tokens[split.titleFrom].start, tokens[split.titleTo - 1].end) : null;
    const anonymous = isAnonymousAt(tokens, from);
    // وأضاف سموه، وأوضح الوزير، وقال المصدر ذاته: the speaker named before, referred to again;
    // or a person named after that speaker (أدى جلالة السلطان هيثم بن طارق اليمين. وقال جلالته …)
    const again = last && split.titleFrom === null && refersBack(speaker, last);
    const earlier = split.titleFrom === null && !anonymous ? referent(people(), speaker, tokens, split.speakerFrom, split.speakerTo, s) : null;
    if (earlier && (!again || !last || (last.at ?? -1) < (earlier.at ?? -1))) return { ...earlier };
    if (again && last) return last;
    // وكشف رئيس الهيئة after أسامة ربيع، رئيس هيئة قناة السويس، then وقال ربيع: the last row whose speaker held that title
    const titled = split.titleFrom === null && !anonymous ? [...out].reverse().find((q) => q.speakerTitle
      && refersBack(speaker, { speaker: q.speaker ?? '', speakerTitle: q.speakerTitle, speakerActorId: null, channel: null, said: null })) : undefined;
    if (titled) return { speaker: titled.speaker!, speakerTitle: titled.speakerTitle, speakerActorId: titled.speakerActorId, channel: null, said: null, at: s };
    // واستبعد المدرب الوطني after وليد الركراكي، الناخب الوطني: a definite role word and its adjective, naming no body
    // and no one else, is the person who spoke last
    if (last && split.titleFrom === null && !anonymous && split.speakerFrom === from && split.speakerTo === range.to
      && roleEcho(from, range.to) && personName(last.speaker)) return last;
    return {
      speaker,
      speakerTitle: title,
      speakerActorId: anonymous ? null : pickActor(ctx.actors, s, e, split.speakerFrom > from),
      channel: null,
      said: null,
      at: s,
    };
  }

  const out: QuoteRecord[] = [];
  const attributed = new Set<QuotePair>();
  let last: SpeakerState | null = null;
  // where `last` was named: a participle (داعيا، محذرا) adverbial to its own sentence's verb
  // carries a speaker into a noun-phrase statement only from that same sentence
  let lastSentence = -1;
  let lastIssuer: SpeakerState | null = null;

  for (const trig of triggers) {
    if (insidePair(trig.start)) continue; // a cue inside quotation marks is part of the quoted words
    const sentence = sentenceOf(trig.start);
    const sentFrom = tokenAt(tokens, sentence.start);
    const sentTo = tokenAt(tokens, Math.max(sentence.end, idx.paragraphEnd(trig.start)));
    const host = out.find((q) => q.start <= trig.start && trig.start < q.end);
    const verb = trig.verb;
    // inside reported words only a new coordinated clause (وقال، مضيفا) starts a new statement
    // … and a verb after a contrast or sequence word (بينما كتب، فيما قال، في حين أكد) starts one too
    if (host && verb && !verb.prefixed && verb.tense !== 'participle' && contrastStart(trig.from) === null) continue;
    let phrase: TokenRange | null = null;
    let after = trig.to;
    // the verb is told inside a described speech (خطابا أعلن فيه …): its object is said by the speech's giver
    let resumed = false;
    // اكتفى الوزير بالقول: …؛ أما X، …، فاكتفى بالقول: the subject of the verb that بالقول tells the manner of
    const governor = verb?.lemma === BY_SAYING ? bySayingVerb(trig.from, sentFrom) : null;
    if (governor !== null) {
      const prefixF = /^ف/u.test(tokens[governor].norm);
      const prefixed = prefixF || /^و/u.test(tokens[governor].norm);
      phrase = (!prefixed || prefixF ? frontedSubject(sc, governor, sentFrom, prefixF) : null)
        ?? (governor + 1 < trig.from ? followingSubject(sc, governor + 1, trig.from) : null);
    }
    if (!trig.according && verb?.tense !== 'participle') {
      // أما X فقال: a verb with the answer ف after a topic opened by أما
      if (verb && (!verb.prefixed || /^ف/u.test(tokens[trig.from].norm))) phrase = frontedSubject(sc, trig.from, sentFrom, verb.prefixed);
      if (!phrase) {
        phrase = followingSubject(sc, after, sentTo);
        // جاء في بيان صادر عن اللجنة الأمنية العليا: the issuer follows "issued by"
        if (phrase && tokens.slice(phrase.from, phrase.to).every((w) => g.issuedBy.has(w.norm)) && tokens[phrase.to]?.norm === 'عن') {
          phrase = followingSubject(sc, phrase.to + 1, sentTo);
        }
        if (phrase) after = phrase.to;
      }
    }
    // في خطاب أعلن فيه حالة الطوارئ: after "in it" a phrase that names no one is the verb's object; the speech is
    // described, and the words that follow belong to whoever gave it
    // (… whoever spoke last, or the person the sentence names: ألقى ولي العهد خطابا أعلن فيه حل مجلس الأمة)
    if (verb && phrase && tokens[trig.to]?.word && g.resumptive.has(tokens[trig.to].norm) && namesNoOne(phrase)
      && (last || personIn(sentence.start, trig.start))) {
      phrase = null;
      after = trig.to + 1;
      resumed = true;
    }
    // وطالبت جميع الأطراف بحماية المدنيين: after a verb that names whom it calls on, a quantifier opens the addressee
    if (verb?.addressee && verb.prefixed && last && phrase && phrase.from === trig.to && g.quantifier.has(tokens[phrase.from].norm)) {
      phrase = null;
      after = trig.to;
    }
    // وطالب بتشكيل لجنة …، ونوه بالجهود: the verb's joined complement preposition opens no subject
    if (verb?.prefixed && last && phrase && phrase.from === trig.to && !isGivenName(tokens[phrase.from])
      && joinedPrep(verb, tokens[phrase.from]) !== undefined) {
      phrase = null;
      after = trig.to;
    }
    let relayChannel: string | null = null;
    if (trig.according) {
      // the source runs to the comma (or to فإن); the said words follow it
      after = trig.to;
      if (tokens[after]?.norm === 'ل') after++;
      // وفقا لـ"لجان التنسيق": the source may stand in quotation marks
      if (tokens[after] && isQuoteMark(tokens[after].raw)) after++;
      phrase = followingSubject(sc, after, sentTo);
      if (!phrase) continue;
      // حسب ما أفادت به الوزارة في بلاغ لها: a channel adjunct ends the source
      for (let k = phrase.from + 1; k < phrase.to; k++) {
        if (g.stopPreposition.has(tokens[k].norm) && opensAdjunctAt(k)) { phrase = { from: phrase.from, to: k }; break; }
      }
      // ووفقا لمصدر مقرب من الأسرة، …؛ …، وفقا لمصادر طبية في بنغازي.: the source runs on to the comma or the full stop
      // over a few words with no verb of saying or clause (مقرب من، في + place)
      phrase = { from: phrase.from, to: sourceEnd(phrase.to) };
      after = phrase.to;
    } else if (!phrase && verb?.lemma === RELAY && tokens[trig.to]?.norm === RELAY_FROM) {
      // ونُقل عن حاكم المصرف قوله إن …: with no relayer named, the one after عن speaks
      phrase = followingSubject(sc, trig.to + 1, sentTo);
      if (phrase) after = phrase.to;
    } else if (!phrase && verb?.lemma === RELAY) {
      // ونقلت رويترز عن مسؤول …: an outlet named alone (no وكالة before it) relays, the one after عن speaks
      const from = relayFrom(verb, trig.to);
      relayChannel = from !== null ? findChannel(tokens, trig.to, from)?.value.channel ?? null : null;
      if (relayChannel) {
        phrase = followingSubject(sc, from! + 1, sentTo);
        if (phrase) after = phrase.to;
      }
    } else if (phrase) {
      // نقلت وكالة رويترز عن مسؤول …، ذكرت سانا، نقلا عن مصدر …: the outlet relays, the one after عن speaks
      const from = relayFrom(verb, after);
      if (from !== null) {
        relayChannel = findChannel(tokens, phrase.from, from)?.value.channel
          ?? body.slice(tokens[phrase.from].start, tokens[phrase.to - 1].end);
        phrase = followingSubject(sc, from + 1, sentTo);
        if (phrase) after = phrase.to;
        while (tokens[after] && (g.saying.has(tokens[after].norm) || isComma(tokens[after]))) after++;
      }
    }
    // مسؤول أمريكي رفض الكشف عن هويته: the speaker's wish to stay unnamed is not the said words
    if (phrase) after = withheldEnd(after);
    let found = trig.according ? leadContent(after) : findContent(after, tokenAt(tokens, idx.sentenceEnd(trig.start)), verb ? verb.bareQuote : true);
    // "…"، قال X، رئيس البحوث في "إي إف جي هيرميس": with the words quoted before the verb, a short name in marks after it is no statement
    if (found?.kind === 'mark' && shortPairAt(found.token) && postposed(trig, tokenAt(tokens, sentence.start))) found = null;
    // أكدت الفحوص، كشفت المعطيات: findings and figures are no speaker
    if (phrase && !trig.according && g.nonSpeaker.has(tokens[phrase.from].norm.replace(/^[وف]/u, ''))) continue;
    const joinedL = trig.according && /(?:وفقا|وفق|طبقا)$/u.test(normalizeKey(trig.text)) && tokens[phrase?.from ?? 0]?.norm.startsWith('ل');
    // "ودعت السكان إلى …" after a named speaker: the common noun after a pronoun verb is the one called on
    // … and "واستبعد اللجوء إلى …": so is a thing (no human plural) after an object verb with no clause
    // (… and so is an indefinite phrase that names no one, a verbal noun: واستبعد فرض ضرائب على الدخل)
    const objectFirst: boolean = !!(phrase && verb?.prefixed && last && phrase.from >= trig.to && lastSentence >= 0
      && (commonNounPhrase(phrase) || (verb.object && !isDefinite(tokens[phrase.from].bare) && namesNoOne(phrase)))
      && (verb.addressee || (verb.object && !found && !/(?:ون|ين|ي)$/u.test(tokens[phrase.from].bare)
        && !verb.complement.includes(tokens[phrase.to]?.norm ?? ''))));
    // وصف X الهجوم بأنه …، اتهم X واشنطن بأنها …: a ب-joined complementizer after an addressee verb follows
    // the one described or accused, who belongs to the words; a subject after the verb ends before it
    if (found?.kind === 'clause' && verb?.addressee && /^بان/u.test(tokens[found.token].norm)) {
      // فقد وصف الهجوم بأنه: a common noun phrase after the verb is the one described, not the speaker
      const bareObject: boolean = objectFirst || (!!phrase && phrase.from >= trig.to && commonNounPhrase(phrase)
        && !tokens.slice(phrase.from, phrase.to).some((t) => t.word && isGivenName(t)));
      const subject: TokenRange | null = phrase && phrase.from >= trig.to && !bareObject ? phrase : null;
      const objectFrom: number = bareObject ? phrase!.from : subject ? describedCut(subject.from, subject.to) : trig.to;
      if (objectFrom < found.token && tokens[objectFrom].word && !g.stopPreposition.has(tokens[objectFrom].norm)) {
        found.from = tokens[objectFrom].start;
        if (subject) phrase = { from: subject.from, to: objectFrom };
        else if (bareObject && !objectFirst) phrase = null;
      }
    }
    // أعرب X عن أمله في أن …، معربا عن ثقته بأن …: the noun after the complement preposition opens the words
    if (found?.kind === 'clause' && verb && !found.from && verb.complement.length) {
      for (let k = after; k < found.token - 1; k++) {
        const t = tokens[k];
        if (!t.word) continue;
        if (verb.complement.includes(t.norm) && tokens[k + 1]?.word) {
          found.from = tokens[k + 1].start;
          // the subject stops before the preposition (أعرب سعادة الشيخ … عن)
          if (phrase && phrase.from >= trig.to && phrase.to > k) phrase = { from: phrase.from, to: k };
        }
        break;
      }
    }
    let explicit: SpeakerState | null = phrase && !objectFirst ? describe(phrase, joinedL ? 1 : 0) : null;
    // شدد الفريق أسامة ربيع، رئيس هيئة قناة السويس، على أن …: a title set off after the name is its title
    if (explicit && !explicit.speakerTitle && phrase && phrase.from >= trig.to && isComma(tokens[phrase.to] ?? tokens[0])) {
      const close = setOffTitle(phrase.to, sentTo);
      if (close !== null) explicit = { ...explicit, speakerTitle: body.slice(tokens[phrase.to + 1].start, tokens[close - 1].end) };
    }
    // قدم الوزير الأول X حصيلة العمل، مؤكدا أن …؛ وجه X كلمة قال فيها: …: with no speaker named in this
    // sentence's attributions, a verb or participle without a subject is said by the person the sentence names
    const sentencePerson: SpeakerState | null = !explicit && lastSentence !== sentence.start ? personIn(sentence.start, trig.start) : null;
    if (sentencePerson) { last = sentencePerson; lastSentence = sentence.start; }
    const who = explicit ?? last;
    if (!found) {
      // the speaker before this sentence, for a subject re-read below (وشددت الوزارة على … refers back to وزارة الصحة)
      const before = last;
      // أفاد مصدر …، وفق ما نقلته وكالة تونس إفريقيا للأنباء: a source after the sentence's own speech verb relays it,
      // and the next "the same source" still means the one who spoke
      const relayed = trig.according && speechVerbBetween(tokens[sentFrom].start, trig.start);
      if (explicit && !host && !relayed) { last = explicit; lastSentence = sentence.start; }
      // "قتل 56 مدنيا …، بحسب لجنة الأطباء.": a source named at the end attributes its sentence
      const tail = trig.according && explicit && !host ? trailingSource(trig, phrase!, sentFrom, sentence.end) : null;
      if (tail) {
        out.push(record(tail.start, tail.end, 'indirect', trig, explicit!, false, sentence.start, tail.end));
        continue;
      }
      const post = postposed(trig, sentFrom);
      if (post && who) {
        out.push(record(post.open + 1, post.close, 'direct', trig, who, !explicit, sentence.start, post.open));
        attributed.add(post);
        continue;
      }
      // a noun-phrase statement (دعا X إلى …، حذر من …): it needs a speaker named here, or carried by a participle
      // …، لكنه شدد على …: a contrast word carrying the speaker's pronoun goes on like a coordinated verb, even inside
      // the words reported before it
      const prevWord = tokens[trig.from - 1]?.word ? tokens[trig.from - 1].norm : '';
      const pronounContrast = /^و?لكن(?:ه|ها|هم|هما)$/u.test(prevWord);
      if (!verb || (host && !pronounContrast) || (!verb.complement.length && !verb.object)) continue;
      // مضيفا …، داعيا إلى …؛ قالت الحركة إن …، ودعت إلى …: a participle, or a coordinated verb with no
      // subject, goes on with the speaker of its own sentence
      let nextAt = trig.to;
      while (nextAt < tokens.length && (g.adverb.has(tokens[nextAt].norm) || ctx.dates.some((d) => d.start <= tokens[nextAt].start && tokens[nextAt].start < d.end))) nextAt++;
      // ودعت في بيان توصل موقع لكم بنسخة منه إلى …: a channel adjunct stands between
      if (tokens[nextAt]?.word && g.stopPreposition.has(tokens[nextAt].norm) && opensAdjunctAt(nextAt)) nextAt = adjunctEnd(nextAt, sentTo) + 1;
      const next = tokens[nextAt];
      // … its complement or bare object right after it (ودعت إلى …، وأعلن تقديم استقالته), not a quoted subject (ونفت "الدفاع" …)
      const prepNext = !!next?.word && (verb.complement.includes(next.norm) || (verb.object && objectWord(next))
        || joinedPrep(verb, next) !== undefined);
      const sameSentence = lastSentence === sentence.start && (verb.tense === 'participle' || ((verb.prefixed || pronounContrast) && !phrase && prepNext));
      const carriedNp = !explicit && (sameSentence || objectFirst || resumed);
      let speaker = explicit;
      let npAfter = objectFirst ? trig.to : after;
      // a role phrase after the verb runs on over "من/على/إلى …": the complement preposition ends it
      if (phrase && explicit && phrase.from >= trig.to) {
        const cut = complementCut(verb, phrase) ?? phrase.to;
        const to = verb.addressee ? describedCut(phrase.from, cut, before) : cut;
        if (to !== phrase.to) {
          last = before;
          speaker = describe({ from: phrase.from, to });
          npAfter = to;
        }
        // أعلن العبادي انطلاق العمليات: the object starts where the subject's name (or its title after it) ends
        if (verb.object && to === phrase.to) {
          const split = splitSpeaker(tokens, phrase.from, phrase.to, ctx.actors);
          const end = Math.max(objectNameEnd(split.speakerFrom, split.speakerTo), split.titleTo ?? 0);
          if (end < phrase.to) { speaker = describe({ from: phrase.from, to: end }); npAfter = end; }
        }
      }
      const np = speaker || (carriedNp && who)
        ? complementStart(verb, npAfter, tokenAt(tokens, idx.sentenceEnd(trig.start)), carriedNp) : null;
      const npRec = np ? phraseRecord(np, trig, speaker ?? who!, carriedNp, sentence.start) : null;
      if (!npRec) {
        if (explicit && !host) last = speaker ?? explicit;
        continue;
      }
      // the words reported before it end at the contrast word (…، لكنه شدد على …)
      if (host) shorten(host, contrastStart(trig.from) ?? tokens[trig.from].start);
      out.push(npRec);
      if (speaker) {
        last = { ...speaker, channel: npRec.channel, said: { saidOn: npRec.saidOn, saidOnPrecision: npRec.saidOnPrecision } };
        lastSentence = sentence.start;
      }
      continue;
    }
    if (!who) continue;
    let attrStart = phrase ? Math.min(tokens[phrase.from].start, tokens[trig.from].start) : tokens[trig.from].start;
    // …، بينما كتب X: the earlier statement ends before the contrast word
    if (host) attrStart = Math.min(attrStart, contrastStart(trig.from) ?? attrStart);
    if (host && host.start < attrStart) shorten(host, attrStart);
    // "وأضاف أباثوراي" names the speaker again but goes on with the same statement
    const sameSpeaker = !!explicit && !!last && (explicit.speakerActorId !== null
      ? explicit.speakerActorId === last.speakerActorId : last.speaker.endsWith(explicit.speaker));
    const carried = !explicit || (sameSpeaker && !!verb?.continues);
    const rec = contentOf(found, trig, carried && explicit ? { ...explicit, channel: last!.channel, said: last!.said } : who, carried, sentence.start);
    if (!rec) continue;
    if (relayChannel) rec.channel = relayChannel;
    out.push(rec);
    if (explicit) {
      last = { ...explicit, channel: rec.channel, said: { saidOn: rec.saidOn, saidOnPrecision: rec.saidOnPrecision } };
      lastSentence = sentence.start;
      if (trig.docChannel !== null || (!verb && !trig.according)) lastIssuer = last;
    } else {
      // وأضاف أن …، داعيا إلى …: the carried speaker is this sentence's speaker too
      lastSentence = sentence.start;
    }
  }
  continuedParagraphs();
  return dedupe(out);

  /**
   * A quotation that opens a paragraph right after a paragraph whose direct quote ran to its end
   * unclosed goes on with the same speaker (the press reopens the marks on each new paragraph).
   */
  function continuedParagraphs(): void {
    for (const pair of marks.pairs) {
      if (attributed.has(pair) || out.some((q) => q.start <= pair.open && pair.open < q.end)) continue;
      const para = paragraphs.findIndex((p) => p.start <= pair.open && pair.open < p.end);
      if (para <= 0 || body.slice(paragraphs[para].start, pair.open).trim()) continue;
      const prevPara = paragraphs[para - 1];
      const prev = out.filter((q) => q.start >= prevPara.start && q.end <= prevPara.end).pop();
      if (!prev || prev.quoteType !== 'direct' || body.slice(prev.end, prevPara.end).replace(/[\s.،:!؟?]/gu, '')) continue;
      const content = body.slice(pair.open + 1, pair.close).trim();
      if (!content) continue;
      const start = body.indexOf(content, pair.open + 1);
      out.push({ ...prev, start, end: start + content.length, content });
      attributed.add(pair);
    }
  }

  /**
   * Where a noun-phrase statement begins: the text after the verb's complement preposition
   * (دعا … إلى، حذر … من، شدد على، أعرب عن، طالب بـ), reached over adverbs and dates — and over the
   * one called on for an addressee verb — with no other cue, complementizer, quotation or new clause first.
   */
  function complementStart(verb: Cue, from: number, limit: number, participle: boolean): NounPhraseStart | null {
    if (!verb.complement.length && !verb.object) return null;
    const inDate = (t: Token): boolean => ctx.dates.some((d) => d.start <= t.start && t.start < d.end);
    let words = 0;
    // words of the one called on seen so far (adverbs and dates are not counted), and where they start
    let addressed = 0;
    let addressedFrom = -1;
    const subjectEnd = from;
    for (let j = from; j < limit && words <= MAX_NP_GAP; j++) {
      const t = tokens[j];
      // أعلن X "تحرير المدينة": a quotation right after the subject is the object said
      if (isOpener(t) && verb.object && addressed === 0 && pairAt(marks, t.start) >= 0) return { prep: j, start: t.start };
      if (t.raw === ':' || isQuoteMark(t.raw)) return null;
      if (isComma(t) && newClauseAt(j + 1) && !inDate(tokens[j + 1])) return null;
      // أعلن العبادي، من قلب الموصل، …؛ أعلن عبد الرحيم، بصوت متهدج، …: a set-off adjunct is stepped over
      if (isComma(t) && addressed === 0 && !verb.complement.includes(tokens[j + 1]?.norm ?? '')) {
        let close = setOffAdjunct(j, limit) ?? (j === subjectEnd ? setOffTitle(j, limit) : null);
        if (close !== null) {
          // ، اليوم الاثنين، من مدينة الموصل،: the closing comma may open another adjunct (not the complement: ، بالإصلاحات …،)
          let more: number | null;
          while (!opensComplement(verb, tokens[close + 1]) && (more = setOffAdjunct(close, limit)) !== null) close = more;
          j = close;
          continue;
        }
      }
      // نفى مصدر لـ"عكس السير" وجود …: the outlet told is a channel, stepped over
      if (/^ل[ـ]*$/u.test(t.raw) && isOpener(tokens[j + 1] ?? t) && shortPairAt(j + 1)) {
        j = tokenAt(tokens, marks.pairs[pairAt(marks, tokens[j + 1].start)].close);
        continue;
      }
      if (!t.word) continue;
      // أعلن هادي، فجر اليوم، نقل كامل صلاحياته: the verbal noun of a relay verb, with no عن after it, opens the object
      if (verb.object && addressed === 0 && relayNounAt(j, limit)) return { prep: j, start: t.start };
      if (sc.cueAt.has(j) || g.complementizer.has(t.norm) || g.negativeComplementizer.has(t.norm)) return null;
      // دعا المواطنين إلى المغادرة: the one called on belongs to what was said
      const from = addressed > 0 ? tokens[addressedFrom].start : undefined;
      if (verb.complement.includes(t.norm)) return { prep: j, start: t.end, from };
      // ب/ل joined to the next word: right after the verb or speaker, or before a definite noun (بالانسحاب، للتهدئة)
      // … and بما / لما (منوها بما حققته المملكة)
      const joined = joinedPrep(verb, t) ?? verb.complement.find((p) => p.length === 1 && t.norm === `${p}ما`);
      // … or after the one called on or accused (متهما إسرائيل بعرقلة …)
      const afterAddressee = verb.addressee && addressed > 0 && !isGivenName(t);
      if (joined && (words === 0 || afterAddressee || /^(?:بال|لل)/.test(t.bare) || isDefinite(tokens[j - 1]?.bare ?? ''))) {
        // the joined preposition stays with the words (بالإفراج عن …، للتهدئة): it is part of what was asked
        return { prep: j, start: t.start, from };
      }
      const free = g.adverb.has(t.norm) || inDate(t);
      // أدانت هيئة علماء المسلمين في العراق "القمع …": the body's place, right after it, belongs to the subject
      if (j === subjectEnd && t.norm === 'في' && tokens[j + 1]?.word && placeWords().has(tokens[j + 1].norm) && !verb.complement.includes('في')) {
        j++;
        continue;
      }
      // في بيان، في تصريح له: a channel adjunct between the subject and the statement
      if (!free && g.stopPreposition.has(t.norm) && opensAdjunctAt(j)) {
        j = adjunctEnd(j, limit);
        continue;
      }
      // أعلن … انطلاق العمليات، مؤكدا ضرورة الحل: a bare object right after the subject is the statement
      if (!free && verb.object && addressed === 0 && objectWord(t)) return { prep: j, start: t.start };
      if (!free && !verb.addressee) return null;
      if (!free && addressed++ === 0) addressedFrom = j;
      words++;
    }
    return null;
  }

  /** The verb, within eight words before بالقول and in its sentence, whose manner it tells (اكتفى، علق، رد), or null. */
  function bySayingVerb(cue: number, sentFrom: number): number | null {
    for (let k = cue - 1; k >= Math.max(sentFrom, cue - 8); k--) {
      const t = tokens[k];
      if (t.raw === ':' || isQuoteMark(t.raw) || sc.cueAt.has(k)) return null;
      if (t.word && (g.bySaying.has(t.norm) || (/^[وف]/u.test(t.norm) && g.bySaying.has(t.norm.slice(1))))) return k;
    }
    return null;
  }

  /** Whether the word opens the verb's complement: its preposition, alone or joined (إلى، بالإصلاحات). */
  function opensComplement(verb: Cue, t: Token | undefined): boolean {
    return !!t?.word && (verb.complement.includes(t.norm) || joinedPrep(verb, t) !== undefined);
  }

  /** Whether the cue at j is a relay verb's bare form (نقل) used as a noun: no prefix and no عن within six words. */
  function relayNounAt(j: number, limit: number): boolean {
    const cue = cueByIndex.get(j);
    if (!cue || cue.lemma !== RELAY || cue.prefixed || cue.tense !== 'past') return false;
    for (let k = j + 1; k < Math.min(limit, j + 7); k++) if (tokens[k].norm === RELAY_FROM) return false;
    return true;
  }

  /**
   * The last token of a channel adjunct opened by the preposition at j (في بيان، في ندوة صحفية، …،
   * في تصريح له، في بيان توصل موقع لكم بنسخة منه): its modifiers run to a comma within three words,
   * to له/لها, or to the word of a relative clause that refers back to it.
   */
  function adjunctEnd(j: number, limit: number): number {
    const noun = j + 1;
    let k = noun + 1;
    while (k < limit && k <= noun + 3 && !isComma(tokens[k])) k++;
    if (k < limit && isComma(tokens[k])) return k;
    if (/^(?:له|لها|لهم)$/u.test(tokens[noun + 1]?.norm ?? '')) return noun + 1;
    const resumed = resumptiveEnd(noun + 1, limit);
    if (resumed !== null) return resumed;
    // في كلمة مقتضبة، في خطاب متلفز، في مؤتمر صحفي: up to two indefinite adjectives (a nisba or a participle) go with the noun
    let end = noun;
    while (end < noun + 2 && end + 1 < limit && channelAdjective(tokens[end + 1])) end++;
    return end;
  }

  /** An indefinite adjective of a channel noun: a nisba (صحفي، رسمية) or a participle (مقتضبة، متلفز), not a day. */
  function channelAdjective(t: Token): boolean {
    if (!t.word || isDefinite(t.bare) || isGivenName(t) || ctx.dates.some((d) => d.start <= t.start && t.start < d.end)) return false;
    return /^(?:\p{L}{2,}(?:ي|يه)|م\p{L}{3,4}(?:ه)?)$/u.test(t.norm) && !g.stopPreposition.has(t.norm) && !g.adverb.has(t.norm);
  }

  /**
   * Where a relative clause on a channel noun ends (في بيان توصل موقع لكم بنسخة منه، في بيان أصدرته أمس):
   * the word, within eight, that refers back to it (منه، عنه، أصدرته، نشرته), with no cue, complementizer,
   * preposition of the verb, comma or quotation before it; else null.
   */
  function resumptiveEnd(from: number, limit: number): number | null {
    for (let k = from; k < Math.min(limit, from + 8); k++) {
      const t = tokens[k];
      if (!t.word || sc.cueAt.has(k) || g.complementizer.has(t.norm)) return null;
      if (/^(?:منه|عنه)$/u.test(t.norm) || (k > from && /^[وف]?[اتين]?\p{L}{2,}ته$/u.test(t.norm) && !/(?:ات|ية)ه$/u.test(t.norm))) return k;
    }
    return null;
  }

  /**
   * The closing comma of an adjunct set off by commas after a subject (، من قلب الموصل، / ، بصوت
   * متهدج، / ، في رسالة إلى الأمة نقلتها وكالة الأنباء،): it opens with a preposition or a ب-word and
   * holds no cue, complementizer or quotation within sixteen words; else null.
   */
  function setOffAdjunct(comma: number, limit: number): number | null {
    const first = tokens[comma + 1];
    if (!first?.word || g.complementizer.has(first.norm) || sc.cueAt.has(comma + 1)) return null;
    // … or a day or time (، مساء أمس السبت من قصر بعبدا،)
    const dated = g.adverb.has(first.norm) || ctx.dates.some((d) => d.start <= first.start && first.start < d.end);
    if (!(g.stopPreposition.has(first.norm) || /^ب/u.test(first.norm) || dated)) return null;
    for (let k = comma + 2; k < Math.min(limit, comma + 18); k++) {
      const t = tokens[k];
      if (isComma(t)) return k;
      // بمؤتمر الأطراف «COP27» في شرم الشيخ: a short quoted name inside the adjunct
      const p = isQuoteMark(t.raw) ? pairAt(marks, t.start) : -1;
      if (p >= 0 && pairWords(marks.pairs[p]) <= 3) {
        k = tokenAt(tokens, marks.pairs[p].close);
        continue;
      }
      if (t.raw === ':' || isQuoteMark(t.raw) || t.raw === '.' || sc.cueAt.has(k) || (t.word && g.complementizer.has(t.norm))) return null;
    }
    return null;
  }

  /** The closing comma of a title set off after a name (، ولي عهد أبوظبي نائب القائد الأعلى …،), or null. */
  function setOffTitle(comma: number, limit: number): number | null {
    const kind = roleMatcher().matchAt(tokens, comma + 1)?.value;
    if (kind !== 'title' && kind !== 'rank') return null;
    for (let k = comma + 2; k < Math.min(limit, comma + 16); k++) {
      const t = tokens[k];
      if (isComma(t)) return k;
      if (!t.word || sc.cueAt.has(k) || g.complementizer.has(t.norm)) return null;
    }
    return null;
  }

  /**
   * Where a name before a bare object ends: a third word that is indefinite, no known given name,
   * not in an actor mention and followed by another word (نيد برايس حدوث اختراق، صادق محصولي فوز
   * الرئيس) opens the object; the name is the first two words.
   */
  function objectNameEnd(from: number, to: number): number {
    if (to - from !== 3) return to;
    const third = tokens[to - 1];
    const next = tokens[to];
    // سعد جابر تسجيل 6 إصابات: a verbal noun opens the object even after two given names
    if (!next?.word || isDefinite(third.bare) || isGivenName(third) || (isGivenName(tokens[to - 2]) && !verbalNoun(third.norm))) return to;
    if (g.stopPreposition.has(next.norm) || g.complementizer.has(next.norm)) return to;
    if (overlapsActor(third.start, third.end)) return to;
    return to - 1;
  }

  /** Whether the preposition at j opens a channel adjunct (في بيان، في مؤتمر صحفي، خلال كلمة). */
  function opensAdjunctAt(j: number): boolean {
    const next = tokens[j + 1];
    if (!next?.word) return false;
    const noun = withoutPossessive(next.norm.replace(/^ال/, ''));
    return g.adjunctNoun.has(next.norm) || g.adjunctNoun.has(noun) || g.adjunctNoun.has(noun.replace(/ات$/u, ''));
  }

  /** A word that can open a noun-phrase object: not a preposition, adverb, negation, number, pronoun or demonstrative (تنفي ذلك). */
  function objectWord(t: Token): boolean {
    // أي علاقة، ما تداولته، كل الاتهامات: a quantifier opens the object
    if (t.word && g.quantifier.has(t.norm)) return true;
    // مد فترة التصويت، حل مجلسي السيادة: a two-letter verbal noun of a doubled root, heading a construct
    const next = tokens[tokenAt(tokens, t.start) + 1];
    // نفى … هذه الاتهامات: a demonstrative before a definite noun (not a day: هذا الأسبوع) opens the object
    if (t.word && g.demonstrative.has(t.norm) && next?.word && isDefinite(next.bare)
      && !ctx.dates.some((d) => d.start <= next.start && next.start < d.end)) return true;
    const doubled = t.norm.length === 2 && !!next?.word;
    if (!t.word || /^\d/.test(t.norm) || (t.norm.length < 3 && !doubled)) return false;
    return ![g.stopPreposition, g.adverb, g.marker, g.relative, g.contrast, g.notObject].some((set) => set.has(t.norm));
  }

  /** The first complement preposition inside a following subject phrase that does not name a place (المبعوث إلى اليمن), or null. */
  function complementCut(verb: Cue, phrase: TokenRange): number | null {
    for (let k = phrase.from + 1; k < phrase.to; k++) {
      // طالب الوزير بالإفراج، أشاد الوزير بالدعم: ب joined to a definite noun (not باسم) is the complement
      const joined = verb.complement.includes('ب') && /^بال/u.test(tokens[k].bare) && !g.inNameOf.has(tokens[k].norm);
      if (joined) return k;
      // أقر … أحمد قريع بهزيمة حركة فتح: ب joined to the word after a two-word name opening with a given name
      // (not a family name in بو/بن/بل: علي بوعزيزي)
      // (… but بوقف, a three-letter noun after ب, is no such name)
      if (verb.complement.includes('ب') && k >= phrase.from + 2 && isGivenName(tokens[k - 2]) && tokens[k - 1].word
        && (/^ب(?!و|ن|ل)/u.test(tokens[k].norm) || (/^بو/u.test(tokens[k].norm) && tokens[k].norm.length === 4))
        && tokens[k].norm.length > 3 && !g.inNameOf.has(tokens[k].norm)) return k;
      // وطالب النائب بضرورة حضور الوزير: ب joined to the word right after a definite role word with no name
      if (verb.complement.includes('ب') && k === phrase.from + 1 && isDefinite(tokens[phrase.from].bare)
        && roleMatcher().matchAt(tokens, phrase.from)?.value === 'title' && /^ب(?!و|ن|ل)/u.test(tokens[k].norm)
        && tokens[k].norm.length > 3 && !isGivenName(tokens[k]) && !g.inNameOf.has(tokens[k].norm)) return k;
      if (!verb.complement.includes(tokens[k].norm)) continue;
      const next = tokens[k + 1];
      if (next && placeWords().has(next.norm)) continue;
      return k;
    }
    return null;
  }

  /** A person named right before a state or body (دعا … بوتين أرمينيا وأذربيجان إلى): the speaker ends with the person. */
  function addresseeCut(from: number, to: number): number {
    const kinds = actorKinds();
    const mentions = ctx.actors.filter((m) => m.start >= tokens[from].start && m.end <= tokens[to - 1].end);
    for (const m of mentions) {
      if (kinds.get(m.actorId) !== 'person') continue;
      const next = tokenAt(tokens, m.end);
      const after = mentions.find((n) => n.start === tokens[next]?.start);
      if (next < to && after && kinds.get(after.actorId) !== 'person') return next;
    }
    // دعا … وليد جنبلاط اللبنانيين إلى: a definite plural after a name of two words or more is the one called on
    const split = splitSpeaker(tokens, from, to, ctx.actors);
    for (let k = split.speakerFrom + 2; k < split.speakerTo; k++) {
      const t = tokens[k];
      if (t.word && isDefinite(t.bare) && /(?:ين|ون)$/u.test(t.norm) && !isGivenName(t) && !isNameLink(tokens[k - 1].norm) && !g.compoundFirst.has(tokens[k - 1].norm)) return k;
    }
    return to;
  }

  /**
   * Where a subject after an addressee verb ends when the one described, accused or called on follows
   * it (وصف رئيس المؤتمر نوري أبوسهمين التحركات بأنها، اتهم محمد زيدان الشرطة بـ، دعا مقتدى الصدر
   * أنصاره إلى): at a non-person actor after a person (addresseeCut); after the family name of the
   * speaker named before (ووصف المنصوري لحظة …); at a demonstrative (تلك الأنباء); or, after a name
   * of two words, at a definite word that is no family name (not a nisba in ـي, not after بن/أبو/عبد/آل),
   * an institution (حركة طالبان) or a possessed noun (أنصاره); else at the phrase end.
   */
  function describedCut(from: number, to: number, prev: SpeakerState | null = last): number {
    const cut = addresseeCut(from, to);
    if (cut < to) return cut;
    // ووصف المنصوري لحظة …: the family name of the person named before is the whole name
    if (prev && from + 1 < to && normalizeKey(prev.speaker).split(' ').pop() === tokens[from].norm) return from + 1;
    const split = splitSpeaker(tokens, from, to, ctx.actors);
    for (let k = split.speakerFrom + 1; k < to; k++) {
      const t = tokens[k];
      if (!t.word) continue;
      if (g.demonstrative.has(t.norm)) return k;
      // after a title a one-word name may be the whole name when a body follows it (وحمّل الرئيس عباس الإدارة الأمريكية …),
      // not before a family name (الشيخ صباح الخالد)
      const titled = split.titleFrom !== null && split.titleFrom < split.speakerFrom;
      if (titled && k === split.speakerFrom + 1 && bodyAt(k)) return k;
      if (k < split.speakerFrom + 2 || k < (split.titleTo ?? 0) || isGivenName(t) || isNameLink(tokens[k - 1].norm) || g.compoundFirst.has(tokens[k - 1].norm)) continue;
      // (a genitive with ل, القيادة العامة للبيشمركة, is no object, nor a word inside a known name, قوات الدعم السريع)
      const insideName = ctx.actors.some((m) => m.start < tokens[k - 1].end && m.end >= t.end);
      if (isDefinite(t.bare) && !/^لل/u.test(t.bare) && !/ي$/u.test(t.norm) && !insideName) return k;
      // حمّل … محمود محمدي حركة طالبان المسؤولية، دعا مقتدى الصدر أنصاره إلى: an institution, or a noun with a possessive suffix
      if (roleMatcher().matchAt(tokens, k)?.value === 'institution') return k;
      // طالب رئيس الوزراء إسماعيل هنية رئيس السلطة محمود عباس بـ…: a title after the name opens the one called on
      if (split.titleFrom !== null && roleMatcher().matchAt(tokens, k)?.value === 'title') return k;
      if (t.bare.length >= 5 && /[^ة](?:ه|ها|هم|هما)$/u.test(t.bare)) return k;
    }
    return to;
  }

  /** Whether a body starts at token k: an institution word, or a definite noun and its nisba adjective (الإدارة الأمريكية). */
  function bodyAt(k: number): boolean {
    const t = tokens[k];
    return roleMatcher().matchAt(tokens, k)?.value === 'institution' || (isDefinite(t.bare) && !/ي$/u.test(t.norm)
      && !!tokens[k + 1]?.word && isDefinite(tokens[k + 1].bare) && /(?:ي|يه)$/u.test(tokens[k + 1].norm));
  }

  /** The row of a noun-phrase statement: from after the preposition to the clause end; a lone noun (دعا إلى التهدئة) is a stance, not a statement. */
  function phraseRecord(np: NounPhraseStart, trig: Trigger, who: SpeakerState, carried: boolean, sentStart: number): QuoteRecord | null {
    let start = np.start;
    while (start < body.length && /[\sـ]/.test(body[start])) start++;
    start = trimStart(body, start, body.length);
    const bound = clauseBound(idx, start);
    if (bound.orphan || bound.end <= start) return null;
    let end = bound.end;
    // ، متهما …: a participle after a comma starts the next statement
    // … and a comma before a new coordinated clause (، ولا ينفك …، كما أعلن …) ends the statement
    for (let k = tokenAt(tokens, start) + 1; k < tokens.length && tokens[k].start < end; k++) {
      if (!isComma(tokens[k - 1])) continue;
      // … "بتحمل مسؤولياته، وفرض منطقة حظر جوي": a comma inside the quoted words ends nothing
      const at = tokens[k].start;
      if (marks.pairs.some((p) => p.open >= start && p.open < at && at < p.close)) continue;
      if (sc.cueAt.has(k) || newClauseAt(k) || (tokens[k].word && (g.contrast.has(tokens[k].norm) || g.marker.has(tokens[k].norm)))) {
        end = trimEnd(body, start, tokens[k - 1].start);
        break;
      }
    }
    // نفى الجيش هذه الادعاءات في بيان مقتضب: a channel adjunct ending the words is the channel, not what was said
    let channel = bound.channel;
    const endTok = tokenAt(tokens, end - 1);
    for (let k = tokenAt(tokens, start) + 2; k <= endTok && k < tokens.length; k++) {
      if (!tokens[k].word || !g.stopPreposition.has(tokens[k].norm) || !opensAdjunctAt(k) || adjunctEnd(k, endTok + 1) < endTok) continue;
      const named = findChannel(tokens, k, endTok + 1)?.value.channel;
      if (!named) continue;
      channel = named;
      end = trimEnd(body, start, tokens[k].start);
      break;
    }
    const said = body.slice(start, end);
    // … هذه الاتهامات: an object opening with a demonstrative refers back to what was reported; two words are a statement
    const pointsBack = g.demonstrative.has(tokens[tokenAt(tokens, start)]?.norm ?? '');
    const min = np.start === tokens[np.prep].start && !pointsBack ? MIN_OBJECT_WORDS : MIN_NP_WORDS;
    if (said.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < min) return null;
    // طالب بـ"تبني حل …"، دعا إلى "انتفاضة سلمية": a quotation opening the statement is direct when
    // it runs to the clause end, else the statement is mixed
    // ودعا المواطنين والمقيمين إلى "الالتزام …": with the one called on before it, the quotation is part of mixed words
    if (isQuoteMark(body[start]) && np.from === undefined) {
      const p = pairAt(marks, start);
      if (p < 0 || attributed.has(marks.pairs[p])) return null;
      const pair = marks.pairs[p];
      attributed.add(pair);
      if (!body.slice(pair.close + 1, end).replace(/[\s.،,:!؟?]/gu, '')) {
        return record(pair.open + 1, pair.close, 'direct', trig, who, carried, sentStart, tokens[np.prep].start, channel);
      }
    }
    if (np.from !== undefined) start = np.from;
    const content = body.slice(start, end);
    // داعيا الحكومات إلى اتخاذ "إجراءات عاجلة": partly quoted
    const type: QuoteType = /["“”«»„]/u.test(content) ? 'mixed' : 'indirect';
    return record(start, end, type, trig, who, carried, sentStart, tokens[np.prep].start, channel);
  }

  /**
   * The said words before a sentence-final source (…، بحسب وزارة الصحة. / …، وفقا لـ"المرصد".): the
   * sentence up to the comma before the cue, when nothing but punctuation follows the source and
   * the source is someone (an actor, a role or body, an anonymous source or an outlet), not a
   * document or rule (بحسب الاتفاق).
   */
  function trailingSource(trig: Trigger, phrase: TokenRange, sentFrom: number, sentEnd: number): { start: number; end: number } | null {
    let k = phrase.to;
    // …، حسب ما أفادت به الوزارة في بلاغ لها، فيما …: a channel adjunct may follow the source, and a contrast clause after a comma
    if (tokens[k]?.word && g.stopPreposition.has(tokens[k].norm) && opensAdjunctAt(k)) while (k < tokens.length && tokens[k].start < sentEnd && !isComma(tokens[k])) k++;
    for (; k < tokens.length && tokens[k].start < sentEnd; k++) {
      if (isComma(tokens[k]) && tokens[k + 1]?.word && g.contrast.has(tokens[k + 1].norm)) break;
      if (tokens[k].word) return null;
    }
    let j = trig.from - 1;
    if (j <= sentFrom || !isComma(tokens[j])) return null;
    // أبلغ الرئيس … قراره …، وفق ما أفادت به الوكالة: a sentence with its own speech verb is relayed, not said by the source
    if (speechVerbBetween(tokens[sentFrom].start, tokens[j].start)) return null;
    // بحسب تقديرات المنظمة الدولية للهجرة: the body after its figures or document is the source
    let src = phrase.from;
    while (src < phrase.to - 1 && documentWordAt(src)) src++;
    // (وفقا لمصادر طبية: the ل of وفقا joined to the source)
    const unjoined = unjoinedAt(src);
    const someone = ctx.actors.some((m) => m.start >= tokens[src].start && m.end <= tokens[phrase.to - 1].end)
      || roleMatcher().has(tokens, src) || isAnonymousAt(tokens, src) || (!!unjoined && isAnonymousAt(unjoined, 0))
      || g.outletNoun.has(tokens[src].norm) || g.outletNoun.has(tokens[src].norm.replace(/^ل/, ''));
    if (!someone) return null;
    while (j > sentFrom && !tokens[j - 1].word) j--;
    const start = tokens[sentFrom].start;
    const end = tokens[j - 1].end;
    const words = tokens.slice(sentFrom, j).filter((t) => t.word).length;
    if (words < 3 || out.some((q) => q.start < end && start < q.end)) return null;
    return { start, end };
  }

  /**
   * Where a source after بحسب/وفقا لـ ends when a few more words follow it: at the comma or full stop
   * within five words, if nothing between is a cue, a complementizer, a quotation mark or a channel adjunct; else at `to`.
   */
  function sourceEnd(to: number): number {
    let words = 0;
    for (let k = to; k < tokens.length; k++) {
      const t = tokens[k];
      if (isComma(t) || t.raw === '.') return k;
      if (!t.word || isQuoteMark(t.raw) || sc.cueAt.has(k) || g.complementizer.has(t.norm) || (g.stopPreposition.has(t.norm) && opensAdjunctAt(k))) return to;
      if (++words > 5) return to;
    }
    return to;
  }

  /**
   * The token of عن that hands the words on to their speaker: right after the verb نقل and its
   * outlet (نقلت وكالة رويترز عن), or in نقلا عن after any attribution (ذكرت سانا، نقلا عن مصدر).
   */
  function relayFrom(verb: Cue | null | undefined, after: number): number | null {
    if (verb?.lemma === RELAY) {
      for (let k = after, n = 0; k < tokens.length && n < 4 && !isComma(tokens[k]); k++, n++) {
        // نقل موقع وزارة الدفاع "26 سبتمبر نت" عن …: the outlet's quoted name is stepped over
        const p = isQuoteMark(tokens[k].raw) ? pairAt(marks, tokens[k].start) : -1;
        if (p >= 0) { k = tokenAt(tokens, marks.pairs[p].close); continue; }
        if (tokens[k].norm === RELAY_FROM) return k;
      }
    }
    const k = skipCommas(tokens, after);
    return g.relaying.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === RELAY_FROM ? k + 1 : null;
  }

  /** After a speaker, the end of "who asked not to be named" (طلب عدم الكشف عن هويته), else `at`. */
  function withheldEnd(at: number): number {
    const noun = withheldNounAfter(tokens, skipCommas(tokens, at));
    if (noun === null) return at;
    let end = noun + 1;
    while (tokens[end] && (isComma(tokens[end]) || g.saying.has(tokens[end].norm))) end++;
    return end;
  }

  /** A quotation standing before its verb at the sentence start ("…"، قال X). */
  function postposed(trig: Trigger, sentFrom: number): QuotePair | null {
    let j = trig.from - 1;
    // "…"، هكذا علق X / بهذه الكلمات وصف X: a pointer back to the quotation
    const pointerAt = j;
    while (j >= 0 && tokens[j].word && g.pointer.has(tokens[j].norm)) j--;
    // "…". هكذا ردّ X: a pointer opening its sentence points back over the full stop
    let from = sentFrom;
    if (j < pointerAt && j === sentFrom - 1 && tokens[j]?.raw === '.') {
      j--;
      from = tokenAt(tokens, sentenceOf(tokens[Math.max(j, 0)].start).start);
    }
    while (j >= 0 && isComma(tokens[j])) j--;
    const closer = tokens[j];
    if (!closer || !isQuoteMark(closer.raw)) return null;
    const pair = marks.pairs.find((p) => p.close === closer.start);
    if (!pair || attributed.has(pair)) return null;
    const open = tokenAt(tokens, pair.open);
    return open === from || open === datelineEnd(from) ? pair : null;
  }

  /**
   * Where a paragraph's opening dateline (بغداد – واع:، الرباط - هسبريس:) ends, when the sentence at
   * `from` opens a paragraph with one: a few words with a dash and a colon (either order) before the quotation; else -1.
   */
  function datelineEnd(from: number): number {
    const at = tokens[from]?.start ?? 0;
    if (at > 0 && body[at - 1] !== '\n') return -1;
    // … or the other way round (الجنينة: دارفور24 –): two separators, the last one before the quotation
    let seps = 0;
    let dash = false;
    for (let k = from, n = 0; k < tokens.length && n <= 5; k++) {
      const t = tokens[k];
      if (isQuoteMark(t.raw)) return seps > 0 && n > 0 && (dash || seps > 1) && /[:\-–—]/u.test(tokens[k - 1]?.raw ?? '') ? k : -1;
      if (t.raw === ':' || /^[-–—]$/u.test(t.raw)) {
        seps++;
        if (t.raw !== ':') dash = true;
      } else if (t.word && !sc.cueAt.has(k)) n++;
      else if (t.raw !== '.') return -1;
    }
    return -1;
  }

  /** Builds the record for a content start found after an attribution. */
  function contentOf(found: ContentStart, trig: Trigger, who: SpeakerState, carried: boolean, sentStart: number): QuoteRecord | null {
    let k = found.token;
    // ألا is أن + لا: the negation belongs to the said words
    const cut = g.negativeComplementizer.has(tokens[k].norm) ? tokens[k].start : tokens[k].end;
    if (found.kind !== 'mark') {
      k++;
      while (k < tokens.length && isComma(tokens[k])) k++;
    }
    const t = tokens[k];
    const fromMark = t && found.from === undefined && isOpener(t) && (found.kind === 'mark' || found.kind === 'colon' || found.kind === 'clause');
    if (fromMark) {
      const p = pairAt(marks, t.start);
      if (p < 0) return record(t.start + 1, unclosedBound(idx, t.start + 1), 'direct', trig, who, carried, sentStart, t.start);
      const pair = marks.pairs[p];
      const bound = clauseBound(idx, cut);
      if (found.kind !== 'clause' || bound.end <= pair.close + 1) {
        attributed.add(pair);
        return record(pair.open + 1, pair.close, 'direct', trig, who, carried, sentStart, cut, bound.channel);
      }
    }
    let start = trimStart(body, found.from ?? cut, body.length);
    const bound = clauseBound(idx, start);
    // وقال: إن الوضع …: a complementizer right after the colon is not part of the words
    const lead = tokens[tokenAt(tokens, start)];
    if (found.kind === 'colon' && lead?.start === start && lead.word && g.complementizer.has(lead.norm) && lead.end < bound.end) {
      start = trimStart(body, lead.end, body.length);
    }
    let end = bound.end;
    let type: QuoteType = found.kind === 'colon' ? (bound.orphan ? 'direct' : 'indirect') : (bound.orphan ? 'mixed' : 'indirect');
    // a closing mark whose opener stands before the clause: the tail was quoted
    if (isQuoteMark(body[end - 1]) && !marks.pairs.some((p) => p.close === end - 1 && p.open >= start)) {
      end = trimEnd(body, start, end - 1);
      type = 'mixed';
    }
    if (type === 'indirect' && /["“”«»„]/.test(body.slice(start, end))) type = 'mixed';
    if (end <= start) return null;
    return record(start, end, type, trig, who, carried, sentStart, cut, bound.channel);
  }

  /** Assembles a row: channel and said-on come from the attribution window [window start, content start). */
  function record(start: number, end: number, type: QuoteType, trig: Trigger, who: SpeakerState, carried: boolean,
    sentStart: number, windowEnd: number, trailingChannel: string | null = null): QuoteRecord {
    while (start < end && /\s/.test(body[start])) start++;
    while (end > start && /\s/.test(body[end - 1])) end--;
    const prevEnd = out.filter((q) => q.end <= trig.start && q.end >= sentStart).reduce((m, q) => Math.max(m, q.end), sentStart);
    const winFrom = Math.min(prevEnd, trig.start);
    const winTo = Math.max(windowEnd, trig.start + trig.text.length);
    const ch = findChannel(tokens, tokenAt(tokens, winFrom), tokenAt(tokens, winTo));
    const channel = ch?.value.channel ?? trailingChannel ?? trig.docChannel ?? (carried ? who.channel : null);
    return {
      start, end, content: body.slice(start, end),
      speaker: who.speaker, speakerActorId: who.speakerActorId, speakerTitle: who.speakerTitle,
      cue: trig.text, quoteType: type, channel,
      ...saidOn(winFrom, winTo, trig, who, carried),
    };
  }

  /** The day of the statement: a date in the attribution, else today when the wording says so, else the carried day. */
  function saidOn(from: number, to: number, trig: Trigger, who: SpeakerState, carried: boolean): SaidOn {
    const stated = findSaidOn(ctx.dates, from, to);
    if (stated) return stated;
    const todayWord = tokens.slice(tokenAt(tokens, from), tokenAt(tokens, to)).some((t) => t.norm === 'اليوم');
    if (ctx.publishedDate && (trig.verb?.tense === 'present' || todayWord)) return { saidOn: ctx.publishedDate, saidOnPrecision: 'day' };
    return carried && who.said ? who.said : UNKNOWN_DAY;
  }

  /** Cuts an earlier statement where a new attribution starts inside it. */
  function shorten(q: QuoteRecord, at: number): void {
    q.end = trimEnd(body, q.start, at);
    q.content = body.slice(q.start, q.end);
  }
}

let places: Set<string> | null = null;
let kindOf: Map<string, string> | null = null;

/** actor_id → kind (person, state, organization, group) from lexicons/actors.tsv. */
function actorKinds(): Map<string, string> {
  if (!kindOf) kindOf = new Map(loadLexicon('actors').map((r) => [r.actor_id, r.kind]));
  return kindOf;
}

/** First words of the place names in lexicons/places.tsv, normalized (a role complement: المبعوث إلى اليمن). */
function placeWords(): Set<string> {
  if (places) return places;
  places = new Set();
  for (const r of loadLexicon('places')) for (const v of variants(r.names_ar)) places.add(keyWords(v)[0]);
  return places;
}

/** Sorts rows by start and drops empty rows and repeated spans. */
function dedupe(rows: QuoteRecord[]): QuoteRecord[] {
  const seen = new Set<string>();
  return rows
    .filter((r) => r.end > r.start && r.content.trim())
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((r) => {
      const key = `${r.start}:${r.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
