import type { Token } from './tokens.js';
import { isComma } from './tokens.js';
import { grammar, isDefinite, stripPrefix, withoutPossessive } from './grammar.js';
import { ANSWER_WORD, afterRanks, isAnonymousAt, isGivenName, isNameChunk, roleMatcher } from './titles.js';
import { channelMatcher } from './channels.js';
import { isQuoteMark } from './marks.js';
import { accordingMatcher } from './triggers.js';

/** A half-open token range. */
export interface TokenRange {
  from: number;
  to: number;
}

/** What the phrase scanners need to know about the tokens around them. */
export interface ScanContext {
  tokens: Token[];
  /** token indices holding a speech cue */
  cueAt: Set<number>;
  /** token indices where a date mention starts */
  dateAt: Set<number>;
}

const MAX_WORDS = 18;

/** Trims commas and other non-word tokens off both ends of a range. */
function trimRange(tokens: Token[], r: TokenRange): TokenRange | null {
  let { from, to } = r;
  while (from < to && !tokens[from].word && tokens[from].raw !== '(') from++;
  while (to > from && !tokens[to - 1].word && tokens[to - 1].raw !== ')' && !isQuoteMark(tokens[to - 1].raw)) to--;
  return to > from ? { from, to } : null;
}

/**
 * The subject fronted before a verb in its clause ("الرئيس الروسي، فلاديمير بوتين، اكد"),
 * found by walking back to the sentence start, a discourse marker, a complementizer or another cue.
 */
export function frontedSubject(sc: ScanContext, cue: number, sentenceFrom: number, answerPrefix = false): TokenRange | null {
  const { tokens } = sc;
  const g = grammar();
  const aux = answerPrefix ? null : auxiliarySubject(sc, cue, sentenceFrom);
  if (aux) return aux;
  let from = cue;
  // أما الحكومة الأردنية فقد أعلنت: the answer word right before the verb is stepped over to the topic
  // (أما X فقال: or the verb carries the answer ف itself)
  const answerWord = !answerPrefix && from - 1 > sentenceFrom && ANSWER_WORD.test(tokens[from - 1].norm);
  const answered = answerWord || answerPrefix;
  if (answerWord) from--;
  while (from > sentenceFrom) {
    const t = tokens[from - 1];
    // a dash ends a dateline (أربيل (كوردستان24) – وصف …)
    if (t.raw === ':' || t.raw === '.' || /^[–—-]$/u.test(t.raw) || isQuoteMark(t.raw) || sc.cueAt.has(from - 1)) break;
    if (t.word && (g.marker.has(t.norm) || g.complementizer.has(t.norm) || g.contrast.has(t.norm) || g.pointer.has(t.norm))) break;
    from--;
  }
  let r = trimRange(tokens, { from, to: cue });
  if (!r) return null;
  // a relative pronoun links the subject to its verb: أرمينيا التي أعلنت
  if (g.relative.has(tokens[r.to - 1].norm)) r = trimRange(tokens, { from: r.from, to: r.to - 1 });
  if (!r) return null;
  // … and is no part of the subject; the topic is one only after أما
  if (answered) {
    if (!/^و?اما$/u.test(tokens[r.from].norm)) return null;
    r = trimRange(tokens, { from: r.from + 1, to: answerWord ? r.to - 1 : r.to });
    if (!r) return null;
  }
  const first = tokens[r.from];
  if (!first.word || r.to - r.from > 16) return null;
  if (g.stopPreposition.has(first.norm) || g.adverb.has(first.norm) || g.marker.has(first.norm)) return null;
  // a clause opening with و + word is a new coordinated clause or an adverbial (وردا على سؤال)
  // (… not a word whose و is its own: وسائل إعلام حوثية، وزارة الخارجية)
  if (first.norm.startsWith('و') && !roleMatcher().has(tokens, r.from) && !g.ownInitial.has(first.norm)) return null;
  for (let i = r.from; i < r.to; i++) {
    if (sc.dateAt.has(i)) return null;
    if (tokens[i].word && g.complementizer.has(tokens[i].norm)) return null;
  }
  return r;
}

/** The subject between an auxiliary and قد before the verb: وكان محامي الدفاع عبد الرحمن صالح قد طالب. */
function auxiliarySubject(sc: ScanContext, cue: number, sentenceFrom: number): TokenRange | null {
  const { tokens } = sc;
  const g = grammar();
  if (tokens[cue - 1]?.norm !== 'قد') return null;
  for (let k = cue - 2; k >= Math.max(sentenceFrom, cue - 18); k--) {
    const t = tokens[k];
    if (t.raw === ':' || t.raw === '.' || isQuoteMark(t.raw) || sc.cueAt.has(k)) return null;
    if (!t.word) continue;
    if (g.auxiliary.has(t.norm)) return k + 1 < cue - 1 ? trimRange(tokens, { from: k + 1, to: cue - 1 }) : null;
    if (g.complementizer.has(t.norm) || g.relative.has(t.norm)) return null;
  }
  return null;
}

// how far after its verb "the name" of a wish to stay unnamed may stand (طلب عدم الكشف عن هويته)
const WITHHELD_REACH = 5;

/** For a verb at k opening "who asked not to be named" (رفض الكشف عن هويته), the index of its noun (هويته); else null. */
export function withheldNounAfter(tokens: Token[], k: number): number | null {
  const g = grammar();
  if (!g.withheldVerb.has(tokens[k]?.norm ?? '')) return null;
  for (let j = k + 1; j <= k + WITHHELD_REACH && j < tokens.length; j++) if (g.withheldNoun.has(tokens[j].norm)) return j;
  return null;
}

/** The first token at or after k that is not a comma. */
export function skipCommas(tokens: Token[], k: number): number {
  while (tokens[k] && isComma(tokens[k])) k++;
  return k;
}

/**
 * The token after a short quoted name (up to three words) that follows a word starting with ل or
 * an institution or outlet noun inside a role (لحركة "فتح"، منظمة "هاتف الإنذار"), else null.
 */
function quotedName(sc: ScanContext, i: number, limit: number): number | null {
  const { tokens } = sc;
  const prev = tokens[i - 1];
  if (!prev?.word || !(/^ل/u.test(prev.norm) || roleMatcher().has(tokens, i - 1) || grammar().outletNoun.has(prev.norm))) return null;
  let j = i + 1;
  while (j < limit && j <= i + 4 && tokens[j].word) j++;
  return j > i + 1 && j < limit && isQuoteMark(tokens[j].raw) ? j + 1 : null;
}

/** Whether the quoted name opening at token `open` is followed by the said words (a complementizer, a colon, a comma or a mark). */
function toldOutlet(tokens: Token[], open: number): boolean {
  let k = open + 1;
  while (k < tokens.length && !isQuoteMark(tokens[k].raw) && k - open < 6) k++;
  const next = tokens[k + 1];
  if (!next) return true;
  return !next.word ? next.raw === ':' || isComma(next) || isQuoteMark(next.raw) || next.raw === '.' : grammar().complementizer.has(next.norm);
}

/** True when a preposition at i opens an adjunct (في بيان، على حسابه، من أن، في <date>) rather than a role complement. */
function opensAdjunct(sc: ScanContext, i: number): boolean {
  const next = sc.tokens[i + 1];
  if (!next?.word) return true;
  const g = grammar();
  // a possessive suffix does not change the noun (في بيانه، في تصريحاتها، في كلمته)
  // … nor does the article (في الندوة الصحفية، خلال المؤتمر)
  const noun = withoutPossessive(next.norm);
  return sc.dateAt.has(i + 1) || g.adjunctNoun.has(stripPrefix(next.norm)) || g.adjunctNoun.has(next.norm)
    || g.adjunctNoun.has(next.norm.replace(/^ال(?=..)/u, ''))
    || g.adjunctNoun.has(noun) || g.adjunctNoun.has(noun.replace(/ات$/, ''))
    || g.complementizer.has(next.norm) || g.negativeComplementizer.has(next.norm);
}

/** True for a word like لوكالة، لقناة: a channel introduced by ل, never part of a speaker. */
export function outletWord(t: Token): boolean {
  return t.norm.startsWith('ل') && grammar().outletNoun.has(t.norm.slice(1));
}

/** True when the word ends a name rather than a role (so a following preposition starts an object). */
function endsName(t: Token): boolean {
  return t.word && !isDefinite(t.bare);
}

// A noun carrying a possessive pronoun other than a bare ه (أنصارها، أعضاءهم، مواطنيهما), at least three letters before
// it, with no clitic و ب ل ف before it (folded): المتحدث باسمها is a title. A bare ه is left alone: names and words of a
// role end so too, and the quotes speakers lose by it.
const POSSESSED = /^[^وبلف]\S{2,}(?:ها|هم|هما)$/u;
// The pronouns a word of emphasis carries (نفسها، جميعهم، كلاهما) (folded).
const EMPHATIC_PRONOUNS = ['هما', 'هم', 'ها'];

/** Whether a folded word is a word of emphasis or restriction with its pronoun (نفسها، وحدها، جميعهم), which stays with the subject. */
function emphatic(norm: string): boolean {
  const g = grammar();
  return EMPHATIC_PRONOUNS.some((x) => norm.endsWith(x) && g.emphatic.has(norm.slice(0, -x.length)));
}

/**
 * The subject right after a verb ("وقال المتحدث باسم الكرملين، ديميتري بيسكوف، في …"): words up
 * to a complementizer, colon, quotation mark, date, channel or adjunct; a comma continues it only
 * for an appositive name.
 */
export function followingSubject(sc: ScanContext, start: number, limit: number): TokenRange | null {
  const { tokens } = sc;
  const g = grammar();
  // قال فيها، طالب فيه الفريق …: "in it" stands before the speaker
  while (start < limit && tokens[start].word && g.resumptive.has(tokens[start].norm)) start++;
  let i = start;
  let words = 0;
  // once a personal name has started, a preposition introduces an object, not a role complement
  let sawName = false;
  while (i < limit && words < MAX_WORDS) {
    const t = tokens[i];
    if (sc.dateAt.has(i) || sc.cueAt.has(i)) break;
    if (!t.word) {
      // لحركة "فتح"، منظمة "هاتف الإنذار": a short quoted name inside the role belongs to it
      const afterName = isQuoteMark(t.raw) && i > start ? quotedName(sc, i, limit) : null;
      if (afterName !== null) {
        i = afterName;
        continue;
      }
      // د. موسى أبو مرزوق، م. خالد: the point of an abbreviated rank (doctor, engineer) is no sentence end
      if (t.raw === '.' && i > start && g.abbreviatedRank.has(tokens[i - 1].norm) && tokens[i + 1]?.word) {
        i++;
        continue;
      }
      if (t.raw === '(') {
        let j = i + 1;
        while (j < limit && tokens[j].raw !== ')' && j - i < 6) j++;
        if (tokens[j]?.raw !== ')') break;
        i = j + 1;
        continue;
      }
      if (isComma(t)) {
        let j = i + 1;
        while (j < limit && tokens[j].word && !g.complementizer.has(tokens[j].norm) && !sc.dateAt.has(j)) j++;
        const endOk = j >= limit || !tokens[j].word || g.complementizer.has(tokens[j].norm) || sc.dateAt.has(j);
        let clean = true;
        for (let k = i + 1; k < j; k++) if (sc.cueAt.has(k) || outletWord(tokens[k]) || g.withheldVerb.has(tokens[k].norm)) clean = false;
        // ، بصوت متهدج،: a ب-word that is no known given name opens an adjunct, not a name
        // ، وفق بلاغ للرئاسة،: a source set off by commas is no name either
        // ، أي علاقة لها …: a quantifier after the comma opens the object
        // ، ووفاة حالتين: a word joined to و that is no given name coordinates another object
        // (not ، ويدعى أبو سمير: "called", which names the one before)
        const joinedAnd = /^و(?!يدعي|تدعي|اسمه|اسمها)/u.test(tokens[i + 1]?.norm ?? '') && !isGivenName(tokens[i + 1]) && !g.ownInitial.has(tokens[i + 1]?.norm ?? '');
        const adjunct = (/^ب/u.test(tokens[i + 1]?.norm ?? '') && !isGivenName(tokens[i + 1])) || accordingMatcher().has(tokens, i + 1)
          || g.quantifier.has(tokens[i + 1]?.norm ?? '') || joinedAnd;
        if (i > start && endOk && clean && !adjunct && isNameChunk(tokens, i + 1, j) && !channelMatcher().has(tokens, i + 1)) { i = j; continue; }
        // رئيس المجلس الانتقالي، عضو مجلس القيادة، اللواء عيدروس الزبيدي: a second title set off by commas, then the name
        if (i > start && clean && roleMatcher().matchAt(tokens, i + 1)?.value === 'title' && j < limit && isComma(tokens[j])) {
          let j2 = j + 1;
          while (j2 < limit && tokens[j2].word && !g.complementizer.has(tokens[j2].norm) && !sc.dateAt.has(j2) && !sc.cueAt.has(j2)) j2++;
          const nameOk = j2 > j + 1 && (j2 >= limit || !tokens[j2].word || g.complementizer.has(tokens[j2].norm) || sc.dateAt.has(j2));
          // … a name that opens with a rank or a known given name
          const named = afterRanks(tokens, j + 1, j2);
          const person = named > j + 1 || (named < j2 && isGivenName(tokens[named]));
          if (nameOk && person && isNameChunk(tokens, j + 1, j2) && !tokens.slice(j + 1, j2).some((w) => outletWord(w))) { i = j2; continue; }
        }
      }
      break;
    }
    // ودعت حركة النهضة أنصارها، ودعت الجماعة أعضاءها: a noun with an attached pronoun right after a definite word or a
    // name starts the object, which points back to the subject (not an emphatic word: الحكومة نفسها، الوزارة وحدها)
    if (i > start && (isDefinite(tokens[i - 1].bare) || sawName) && POSSESSED.test(t.norm) && !emphatic(t.norm) && !isGivenName(t)) break;
    // الشيخ صباح الخالد: a given name that is also an adverb, right after a rank or title
    const adverb = g.adverb.has(t.norm) && !(i > start && isGivenName(t) && roleMatcher().has(tokens, i - 1));
    if (g.complementizer.has(t.norm) || adverb || g.saying.has(t.norm) || outletWord(t)) break;
    // وقال الوزير لـ«الأسبوع» إن …: ل before a quoted name is the outlet told, no part of the speaker, when the
    // said words follow it (not الأمين العام لـ"حزب الله" السيد حسن نصرالله: the body of a title, then a name)
    if (i > start && /^ل[ـ]*$/u.test(t.raw) && isQuoteMark(tokens[i + 1]?.raw ?? '') && toldOutlet(tokens, i + 1)) break;
    // نفى مصدر مسؤول أي علاقة …: a quantifier starts the object; a relative clause (الذي زار …) is no part of a name
    // (أية "any" folds like آية in آية الله, a rank)
    const ayatollah = t.norm === 'ايه' && tokens[i + 1]?.norm === 'الله';
    if (i > start && ((g.quantifier.has(t.norm) && !ayatollah) || g.relative.has(t.norm))) break;
    // ونفى الوزير وجود …، واستبعد حدوث اختراق: وجود/حدوث open the object, never a name; in construct after an
    // indefinite role word they name its domain (مدير صحة اللاذقية)
    const construct = i > start && !isDefinite(tokens[i - 1].bare) && roleMatcher().has(tokens, i - 1);
    if (g.objectHead.has(t.norm) && !construct) break;
    // مسؤول رفض الكشف عن هويته: the wish to stay unnamed ends the speaker
    if (i > start && withheldNounAfter(tokens, i) !== null) break;
    // a channel word ends the subject, unless the subject is the document itself (وذكر بيان …)
    if (channelMatcher().has(tokens, i) && !roleMatcher().has(tokens, i) && !(i === start && g.document.has(t.norm))) break;
    // وزير الدولة علي حيدر: علي written with its ya is the given name, not the preposition على
    const givenAli = i > start && t.bare === 'علي' && isGivenName(t);
    // الأمين العام لـ"حزب الله"، المتحدث باسم لـ الجيش: a ل written apart is the genitive of the role, as if joined
    if (t.norm === 'ل' && i > start && !sawName && roleMatcher().has(tokens, start)) {
      const quoted = tokens[i + 1] && isQuoteMark(tokens[i + 1].raw) ? quotedName(sc, i + 1, limit) : null;
      if (quoted !== null) { i = quoted; words++; continue; }
      if (tokens[i + 1]?.word) { i++; words++; continue; }
    }
    if (g.stopPreposition.has(t.norm) && !givenAli) {
      const roleComplement = ['في', 'من', 'الي', 'علي', 'لدي'].includes(t.norm);
      // … في غزة أشرف القدرة: a place in the role, with a known given name right after it
      // … النائب عن ائتلاف دولة القانون منصور البعيجي: عن a constituency, only with the name right after it
      const nameAhead = (roleComplement || (t.norm === 'عن' && roleMatcher().matchAt(tokens, start)?.value === 'title')) && i > start && [2, 3, 4, 5].some((d) => i + d < limit && isGivenName(tokens[i + d]) && !sc.cueAt.has(i + d)
        && tokens.slice(i + 1, i + d).every((w) => w.word && !g.complementizer.has(w.norm)));
      // مصدر في وزارة النفط، مسؤول في الخارجية: an anonymous source's body stays with it
      const sourceBody = (roleComplement || t.norm === 'عن') && isAnonymousAt(tokens, start) && i - start <= 3
        && (roleMatcher().has(tokens, i + 1) || (isDefinite(tokens[i + 1]?.bare ?? '') && !opensAdjunct(sc, i)));
      // قوة من الدعم السريع، عناصر من الشرطة، عدد من المسؤولين: a part named by the whole it is taken from
      const partitive = t.norm === 'من' && i > start && g.partitive.has(tokens[i - 1].norm)
        && (isDefinite(tokens[i + 1]?.bare ?? '') || g.partitive.has(tokens[i + 1]?.norm ?? ''));
      if (nameAhead || sourceBody || partitive) sawName = false;
      else if (!roleComplement || i === start || sawName || endsName(tokens[i - 1]) || opensAdjunct(sc, i)) break;
    }
    if (i > start && endsName(t) && !roleMatcher().has(tokens, i) && (isDefinite(tokens[i - 1].bare) || roleMatcher().has(tokens, i - 1))) sawName = true;
    i++;
    words++;
  }
  return trimRange(tokens, { from: start, to: i });
}
