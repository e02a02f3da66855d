import { loadLexicon, variants } from '../lexicon/load.js';
import type { Token } from './tokens.js';
import { isComma, keyWords } from './tokens.js';
import { PhraseMatcher } from './phrases.js';
import { grammar, isDefinite, stripPrefix } from './grammar.js';
import { isQuoteMark } from './marks.js';

type RoleKind = 'title' | 'rank' | 'institution';

let roles: PhraseMatcher<RoleKind> | null = null;
let anonymous: PhraseMatcher<true> | null = null;

/** Title, rank and institution words from lexicons/titles.tsv. */
export function roleMatcher(): PhraseMatcher<RoleKind> {
  roles ??= new PhraseMatcher(
    loadLexicon('titles').map((r) => ({ variants: variants(r.surface), value: r.kind as RoleKind })),
    'لبو',
  );
  return roles;
}

/** True when the phrase at token i starts with an anonymous-source head (مصدر، مصادر مطلعة). */
export function isAnonymousAt(tokens: Token[], i: number): boolean {
  anonymous ??= new PhraseMatcher(
    [{ variants: loadLexicon('anonymous-sources').flatMap((r) => variants(r.surface)), value: true as const }],
    'و',
  );
  return anonymous.has(tokens, i);
}

/** Token ranges of a speaker phrase split into the name (speaker) and the role before it. */
export interface SpeakerSplit {
  speakerFrom: number;
  speakerTo: number;
  titleFrom: number | null;
  titleTo: number | null;
}

let givenNames: Set<string> | null = null;

/** True for a word in lexicons/given-names.tsv (محمد، رولا، توفيق، ديمتريس). */
export function isGivenName(t: Token): boolean {
  givenNames ??= new Set(loadLexicon('given-names').flatMap((r) => variants(r.name)).map((v) => keyWords(v).join(' ')));
  // على folds to علي: the preposition is written with ى
  return !!t?.word && givenNames.has(t.norm) && !/^(?:على|إلى|الى)$/u.test(t.raw.replace(/\p{M}/gu, ''));
}

/** True for a word that can begin a personal name (not a role, institution, article or preposition). */
function nameLike(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // محمد زين الدين: the second part of a compound name goes on with the name
  if (t?.word && grammar().compoundTail.has(t.norm) && i > 0 && tokens[i - 1].word && !isDefinite(tokens[i - 1].bare)) return true;
  if (!t?.word || (isDefinite(t.bare) && !isGivenName(t))) return false;
  const g = grammar();
  if (g.stopPreposition.has(t.norm) || g.adverb.has(t.norm) || g.complementizer.has(t.norm)) return false;
  if (g.descriptor.has(t.norm) || g.circumstantial.has(t.norm) || roleMatcher().has(tokens, i) || /^\d/.test(t.norm)) return false;
  return !roleMatcher().has([{ ...t, norm: stripPrefix(t.norm) }], 0);
}

/** A noun in ة before a definite word is the head of a genitive (مواصلة العمليات), not part of a name. */
function constructHead(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].norm.endsWith('ه') && !isDefinite(tokens[i].bare) && !!next?.word && isDefinite(next.bare);
}

/** A comma-separated chunk that reads as an appositive name (فلاديمير بوتين، ديميتري بيسكوف). */
export function isNameChunk(tokens: Token[], from: number, to: number): boolean {
  // ranks and honorifics before the name (الدكتورة إنغريد فان دير بيرغ، العقيد نصر الدين بن عيسى)
  const named = afterRanks(tokens, from, to);
  if (named > from) return isNameChunk(tokens, named, to);
  const n = to - from;
  // coordinated names (فلاديمير بوتين ودونالد ترامب وإيمانويل ماكرون): each part a name of its own
  if (n > 4 && n <= 12) {
    const starts = [from];
    for (let i = from + 2; i < to; i++) if (tokens[i].norm.startsWith('و') && tokens[i].norm.length > 3) starts.push(i);
    // … or one long name joined by بن، آل، عبد (محمد بن عبد الرحمن آل ثاني)
    if (starts.length < 2) return linkedName(tokens, from, to);
    return starts.every((s, k) => {
      const end = k + 1 < starts.length ? starts[k + 1] : to;
      const first = s === from ? tokens[s] : { ...tokens[s], norm: tokens[s].norm.slice(1), bare: tokens[s].bare.slice(1) };
      return end - s >= 2 && end - s <= 4 && isNameChunk([first, ...tokens.slice(s + 1, end)], 0, end - s);
    });
  }
  if (n < 1 || n > 4 || !nameLike(tokens, from)) return false;
  // تسجيل 126 حالة، ووفاة 9 حالات: a count is no part of a name
  if (tokens.slice(from, to).some((t) => /^\d/u.test(t.norm))) return false;
  const g = grammar();
  // قالت X، أرملة الفقيد، لشمس أف أم: "to an outlet" before the said words is no name
  const first = tokens[from];
  const lead = tokens[to];
  if (/^ل/u.test(first.norm) && !isGivenName(first) && (first.norm.startsWith('لل') || g.outletNoun.has(first.norm.slice(1))
    || (!!lead && (lead.raw === ':' || isQuoteMark(lead.raw))))) return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word || g.stopPreposition.has(t.norm) || g.adverb.has(t.norm) || g.complementizer.has(t.norm)) return false;
  }
  return true;
}

/** A name of up to eight words whose parts are joined by link words (محمد بن عبد الرحمن آل ثاني). */
function linkedName(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 8 || !nameLike(tokens, from) || NAME_LINK.has(tokens[to - 1].norm)) return false;
  const g = grammar();
  // at most two name words in a row between the links
  let run = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.word || g.stopPreposition.has(t.norm) || g.complementizer.has(t.norm)) return false;
    run = NAME_LINK.has(t.norm) ? 0 : run + 1;
    if (run > 2) return false;
  }
  return true;
}

/** The first token after the ranks and honorifics that start [from, to) (الدكتور، العقيد، سمو الشيخ), or from. */
export function afterRanks(tokens: Token[], from: number, to: number): number {
  let k = from;
  for (let hit = roleMatcher().matchAt(tokens, k); hit && hit.value === 'rank' && hit.to < to; hit = roleMatcher().matchAt(tokens, k)) k = hit.to;
  return k;
}

/**
 * Splits a speaker phrase into role and name: the name follows the last comma when that chunk
 * is a name, else it starts at the first name-like word that follows a definite word, a rank
 * or a title word. Ranks right before the name (اللواء) are left out of both.
 */
export function splitSpeaker(tokens: Token[], from: number, to: number, mentions: Span[] = []): SpeakerSplit {
  const whole: SpeakerSplit = { speakerFrom: from, speakerTo: to, titleFrom: null, titleTo: null };
  // نفى مصدر مسؤول بوزارة النقل وجود …: an anonymous source ends where an indefinite word follows its body
  // (not المصدر ذاته: the cut must follow the source's own body, not its head)
  if (isAnonymousAt(tokens, from)) {
    // المسؤول الإعلامي لفتح الإسلام أبو سليم طه: a named official is no anonymous source
    const named = findName(tokens, from, to);
    if (named && named.speakerFrom > from && isGivenName(tokens[named.speakerFrom + (isNameLink(tokens[named.speakerFrom].norm) ? 1 : 0)])) {
      return { ...named, speakerTo: nameEnd(tokens, named.speakerFrom, named.speakerTo, mentions) };
    }
    const end = bodyEnd(tokens, from, to);
    return end - 1 > from && !isGivenName(tokens[end]) ? { ...whole, speakerTo: end } : whole;
  }
  const found = findName(tokens, from, to);
  if (!found) return { ...whole, speakerTo: bodyEnd(tokens, from, to) };
  // a comma-set list of coordinated names (…، فلاديمير بوتين ودونالد ترامب وإيمانويل ماكرون) is kept whole
  const commaSet = found.speakerFrom > from && tokens.slice(from, found.speakerFrom).some((t, k) =>
    isComma(t) && afterRanks(tokens, from + k + 1, to) === found.speakerFrom);
  // … and a name set off by commas is the whole chunk (، الدكتورة إنغريد فان دير بيرغ،)
  if (commaSet) return found;
  const end = nameEnd(tokens, found.speakerFrom, found.speakerTo, mentions);
  // حمد بن جاسم آل ثاني وزير الخارجية: a title right after the name is its title
  if (found.titleFrom === null && end < to && titleAt(tokens, end)) {
    return { ...found, speakerTo: end, titleFrom: end, titleTo: bodyEnd(tokens, end, to) };
  }
  return { ...found, speakerTo: end };
}

/**
 * Where a role or body without a name ends: before an indefinite word right after a definite
 * one (الحكومة الليبية | حالة الطوارئ), which starts the verb's object, unless it is itself a
 * role or institution word (الأمين العام لحلف …).
 */
function bodyEnd(tokens: Token[], from: number, to: number): number {
  const g = grammar();
  const inRole = new Set<number>();
  for (let k = from; k < to; k++) {
    const hit = roleMatcher().matchAt(tokens, k);
    if (hit) for (let q = k; q < hit.to; q++) inRole.add(q);
  }
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    // أعلن مجلس الوزراء الحداد الرسمي: after a role or body (and its nisba adjectives), a definite word that
    // is no adjective and no role of its own starts the verb's object
    if (t.word && prev.word && isDefinite(t.bare) && isDefinite(prev.bare) && !inRole.has(k) && (inRole.has(k - 1) || nisba(prev)) && !/^لل/u.test(t.norm)
      && tokens.slice(from, k).every((w) => w.word) && !nisba(t) && !g.npAdjective.has(t.norm.replace(/^[وف]/u, ''))
      && !roleMatcher().has([{ ...t, norm: stripPrefix(t.norm) }], 0)) return k;
    // وزارة الصحة في غزة ارتفاع عدد الشهداء: after a place, a verbal noun (ارتفاع، انسحاب، إعلان، تسجيل) starts the object
    if (t.word && prev.word && k - 2 >= from && tokens[k - 2].norm === 'في' && !isDefinite(prev.bare) && verbalNoun(t.norm)) return k;
    // مصدر مسؤول في شركة نخيل صحة التقارير: after a body's place or name, صحة/وجود/حدوث start the object
    if (t.word && prev.word && k - 2 >= from && tokens.slice(Math.max(from, k - 3), k - 1).some((w) => w.norm === 'في') && g.objectHead.has(t.norm)) return k;
    if (!t.word || !prev.word || isDefinite(t.bare) || !isDefinite(prev.bare)) continue;
    if (g.stopPreposition.has(t.norm) || inRole.has(k)) continue;
    if (roleMatcher().has([{ ...t, norm: stripPrefix(t.norm) }], 0)) continue;
    return k;
  }
  return to;
}

/** A verbal noun of a derived form, by its shape: افتعال (ارتفاع)، انفعال (انسحاب)، إفعال (إعلان)، تفعيل (تسجيل)، استفعال. */
export function verbalNoun(norm: string): boolean {
  return /^(?:ا\Sت\Sا\S|ان\S\Sا\S|ا\S\Sا\S|ت\S\Sي\S|است\S\Sا\S)$/u.test(norm);
}

/** A nisba adjective (الروسية، الدولي، الإيرانيين). */
function nisba(t: Token): boolean {
  return /(?:ي|يه|يين|يون|يان|يتين|يتان)$/u.test(t.norm.replace(/^[وف]/u, ''));
}

/** A span of the body (an actor mention). */
export interface Span { start: number; end: number }

const MAX_NAME = 3;
// words that join the parts of a name (normalized)
// ولد: Mauritanian "son of" (اعل ولد محمد فال)
const NAME_LINK = new Set(['بن', 'بنت', 'ابن', 'ولد', 'ال', 'ابو', 'ابي', 'عبد']); // آل folds to ال

/** Whether a normalized word joins the parts of a name (بن، آل، أبو، عبد). */
export function isNameLink(norm: string): boolean {
  return NAME_LINK.has(norm);
}

/**
 * Where a name ends: at the end of the actor mentions that start in it, else after at most
 * three words, so an object right after the subject (أكد علييف مواصلة …) is not taken as the name.
 */
/** The word that answers a topic (أما X فقد …، أما X فإنه …), normalized. */
export const ANSWER_WORD = /^(?:فقد|فان|فانه|فانها)$/u;

function nameEnd(tokens: Token[], from: number, to: number, mentions: Span[]): number {
  const cap = Math.min(to, from + MAX_NAME + 1);
  const inName = mentions.filter((m) => m.start >= tokens[from].start && m.start < tokens[cap - 1].end);
  if (inName.length) {
    const end = Math.max(...inName.map((m) => m.end));
    let k = from;
    while (k < to && tokens[k].end <= end) k++;
    return linkedEnd(tokens, Math.max(k, from + 1), from, to);
  }
  let k = from + 1;
  // a Mauritanian ولد does not count towards the name's length (اعل ولد محمد فال): the family name follows it
  let max = from + MAX_NAME;
  // a title word (جو بايدن رئيس الوزراء الياباني) starts the object or the name's own title
  // … and the answer word of a topic (أما … طارق عزيز فقد وصف) ends it
  // … and so does a noun with a possessive (مضر يونس كلمته: his speech)
  const possessed = (t: Token): boolean => t.norm.length >= 5 && /[^ا]ت(?:ه|ها|هم)$/u.test(t.norm) && !isGivenName(t);
  while (k < Math.min(to, max) && !constructHead(tokens, k) && !titleAt(tokens, k) && !ANSWER_WORD.test(tokens[k].norm) && !possessed(tokens[k])) {
    if (tokens[k].norm === 'ولد') max++;
    k++;
  }
  return linkedEnd(tokens, k, from, to);
}

/**
 * Whether a title starts at token k inside or after a name: a title word that is no given name
 * (أمير), definite or followed by a definite word (رئيس الوزراء، الرئيس; not قايد صالح).
 */
function titleAt(tokens: Token[], k: number): boolean {
  if (roleMatcher().matchAt(tokens, k)?.value !== 'title' || isGivenName(tokens[k])) return false;
  return isDefinite(tokens[k].bare) || (!!tokens[k + 1]?.word && isDefinite(tokens[k + 1].bare));
}

/**
 * Extends a name over بن، آل، أبو، عبد and the word each joins (محمد بن عبد الرحمن آل ثاني), and
 * after such a link over a family name with a nisba ending (هاشم بن عبدالله يماني، … القحطاني).
 */
function linkedEnd(tokens: Token[], k: number, from: number, to: number): number {
  const before = k;
  if (k < to && k - 1 > from && NAME_LINK.has(tokens[k - 1].norm)) k++;
  while (k + 1 < to && NAME_LINK.has(tokens[k].norm)) k += 2;
  const linked = k > before || tokens.slice(from, k).some((t) => NAME_LINK.has(t.norm));
  if (linked && k < to && tokens[k].word && /ي$/u.test(tokens[k].norm) && !roleMatcher().has(tokens, k) && !isGivenName(tokens[k])) k++;
  return Math.min(k, to);
}

/** The role/name split before the name length is settled. */
function findName(tokens: Token[], from: number, to: number): SpeakerSplit | null {
  const whole: SpeakerSplit = { speakerFrom: from, speakerTo: to, titleFrom: null, titleTo: null };
  let lastComma = -1;
  let firstComma = -1;
  for (let i = from; i < to; i++) if (isComma(tokens[i])) { lastComma = i; if (firstComma < 0) firstComma = i; }
  // أحمد سعيد، شقيق الضحية: a name opening with a given name, then a role set off by a comma
  const named = firstComma > from ? afterRanks(tokens, from, firstComma) : -1;
  // (… or a name then a role word: بسمة الخلفاوي، أرملة الشهيد)
  const roleAfter = roleMatcher().matchAt(tokens, firstComma + 1)?.value === 'title';
  if (named >= 0 && named < firstComma && (isGivenName(tokens[named]) || roleAfter) && isNameChunk(tokens, named, firstComma)
    && firstComma + 1 < to && tokens[firstComma + 1].word && !isGivenName(tokens[firstComma + 1])) {
    return { speakerFrom: named, speakerTo: firstComma, titleFrom: firstComma + 1, titleTo: to };
  }
  if (lastComma > from && isNameChunk(tokens, lastComma + 1, to)) {
    return withTitle(tokens, from, lastComma, afterRanks(tokens, lastComma + 1, to), to);
  }
  const m = roleMatcher();
  const head = m.matchAt(tokens, from);
  // a bare name (علييف، أذربيجان): its words run until the first definite word
  if (!head) {
    // a descriptive role of definite words (المستشار الإعلامي محمد …), or a construct one (رائد الفضاء الإماراتي هزاع …), then a given name
    // (… or a construct of two bare nouns first: نقيب أصحاب الشاحنات الأردنية محمد …)
    const chain = [from, from + 1, from + 2].find((i) => i < to && tokens.slice(from, i + 1).every((w) => w.word) && isDefinite(tokens[i].bare)) ?? -1;
    // (… not a name link's word: ولد الشيخ أحمد)
    if (chain >= 0 && !(chain > from && isNameLink(tokens[chain - 1].norm))) {
      for (let i = chain + 1; i < to && tokens[i].word && isDefinite(tokens[i - 1].bare); i++) {
        // … or a kunya (المزارع أبو خالد الربابعة)
        const kunya = /^(?:ابو|ام)$/u.test(tokens[i].norm) && i + 1 < to && isGivenName(tokens[i + 1]);
        if (isGivenName(tokens[i]) || kunya) return withTitle(tokens, from, i, i, to);
      }
    }
    // المراقب العام لجماعة الإخوان المسلمين الدكتور همام سعيد: a rank inside a role the lexicon does not know is followed by the name
    for (let i = from + 1; i < to; i++) {
      const rank = m.matchAt(tokens, i);
      if (rank?.value !== 'rank' || !isDefinite(tokens[i].bare)) continue;
      // ولد الشيخ أحمد: after a name link the rank word is part of the name
      if (isNameLink(tokens[i - 1].norm)) break;
      const name = afterRanks(tokens, i, to);
      if (name < to && name > i && tokens[name].word && !isDefinite(tokens[name].bare)) return withTitle(tokens, from, i, name, to);
      break;
    }
    if (!nameLike(tokens, from)) return null;
    let k = from + 1;
    while (k < to && nameLike(tokens, k) && !constructHead(tokens, k)) k++;
    // سيف الإسلام القذافي، محمد زين الدين الحسيني: a definite family name after the compound's second part
    if (k < to && k - 1 > from && grammar().compoundTail.has(tokens[k - 1].norm) && tokens[k].word && isDefinite(tokens[k].bare)
      && !roleMatcher().has(tokens, k) && !grammar().npAdjective.has(tokens[k].norm)) k++;
    // one word then definite words: a genitive or a family name (موقع الرئاسة، بشار الأسد، محافظة القدس،
    // شرطة الاحتلال), kept whole — but not a word with a pronoun suffix (جلالته التأكيد: the object follows)
    if (k === from + 1 && k < to && isDefinite(tokens[k].bare) && (!constructHead(tokens, from) || tokens[from].bare.endsWith('ة'))) return whole;
    return { ...whole, speakerTo: k };
  }
  if (head.value === 'rank') {
    // consecutive honorifics and ranks (حضرة صاحب السمو الشيخ تميم …) all stand before the name
    const k = head.to < to ? afterRanks(tokens, from, to) : to;
    // فخامة رئيس مجلس القيادة الدكتور رشاد العليمي: an honorific before a title, then the title's own name
    if (k < to && m.matchAt(tokens, k)?.value === 'title') return findName(tokens, k, to);
    // المهندس الإماراتي هزاع …: a nisba after the rank describes it; the name starts at the given name
    let n = k;
    while (n < to && tokens[n].word && isDefinite(tokens[n].bare) && /ي$/u.test(tokens[n].norm) && !isGivenName(tokens[n])) n++;
    if (n > k && n < to && isGivenName(tokens[n])) return withTitle(tokens, from, n, n, to);
    // صاحب السمو أمير البلاد الشيخ مشعل …: a role the lexicon does not list, with its own rank and name after it
    const inner = k < to && !isGivenName(tokens[k]) ? findName(tokens, k, to) : null;
    if (inner && inner.speakerFrom > k) return inner;
    return k < to ? { ...whole, speakerFrom: k } : null;
  }
  if (head.value === 'institution') return null;
  // a name follows a rank (اللواء) or a definite word; after an indefinite title (محافظ عدن،
  // وزير خارجية إيران) comes its genitive, not a name
  const rankWord = new Set<number>();
  const covered = new Set<number>();
  for (let k = from; k < to; k++) {
    const hit = m.matchAt(tokens, k);
    if (!hit) continue;
    // إسماعيل ولد الشيخ أحمد: after a name link the word is part of the name, not a rank
    if (hit.value === 'rank' && k > from && isNameLink(tokens[k - 1].norm)) continue;
    for (let q = k; q < hit.to; q++) {
      covered.add(q);
      if (hit.value === 'rank') rankWord.add(q);
    }
  }
  // و + word before a definite word is a coordination inside the role (القوقاز وآسيا الوسطى),
  // and ب/ل + word before one a genitive complement (باسم الحوثيين، لكرة القدم)
  // — unless the word is a given name itself (بشار الأسد، وليد الركراكي); باسم after a role is "in the name of"
  // (المتحدث باسم الحكومة باسم العوادي: once the role has its باسم, the next باسم is the name)
  const inNameOf = (i: number): boolean => grammar().inNameOf.has(tokens[i].norm) && (covered.has(i - 1) || isDefinite(tokens[i - 1].bare))
    && !tokens.slice(from, i).some((t) => grammar().inNameOf.has(t.norm));
  const linked = (i: number): boolean => /^[وبل]/u.test(tokens[i].norm) && isDefinite(tokens[i + 1]?.bare ?? '')
    && (!isGivenName(tokens[i]) || inNameOf(i));
  // a rank (العميد، الدكتور) right before a word starts the name
  for (let i = head.to; i < to; i++) {
    if (rankWord.has(i - 1) && !covered.has(i) && nameLike(tokens, i)) return withTitle(tokens, from, i, i, to);
  }
  // a known given name after the role starts the name (… في غزة أشرف القدرة، … لمجمع سوناطراك توفيق حكار)
  for (let i = head.to; i < to; i++) {
    if (!covered.has(i) && isGivenName(tokens[i]) && !linked(i)) return withTitle(tokens, from, i, i, to);
  }
  for (let i = head.to; i < to; i++) {
    // a role word with a possessive pronoun is definite too (نظيره سيرغي لافروف، منافسه نبيل القروي)
    const possessive = covered.has(i - 1) && /(?:ه|ها|هم)$/u.test(tokens[i - 1].raw);
    // … or a quoted name closing the role (عضو اللجنة المركزية لحركة "فتح" جبريل شحادة)
    const afterRole = isDefinite(tokens[i - 1].bare) || rankWord.has(i - 1) || possessive || closesQuote(tokens, head.to, i - 1);
    if (covered.has(i) || !afterRole || !nameLike(tokens, i)) continue;
    if (linked(i)) continue;
    return withTitle(tokens, from, i, i, to);
  }
  return null;
}

/** Whether token k is a quotation mark closing one opened after `from` (an odd number of marks before it). */
function closesQuote(tokens: Token[], from: number, k: number): boolean {
  if (!isQuoteMark(tokens[k].raw)) return false;
  let marks = 0;
  for (let q = from; q < k; q++) if (isQuoteMark(tokens[q].raw)) marks++;
  return marks % 2 === 1;
}

/** Builds a split with the role [tf, tt) minus a trailing rank, and the name [nf, nt). */
function withTitle(tokens: Token[], tf: number, tt: number, nf: number, nt: number): SpeakerSplit {
  // أبو سليم طه، أم كلثوم: the kunya's أبو/أم belongs to the name
  if (nf - 1 > tf && /^(?:ابو|ام)$/u.test(tokens[nf - 1].norm)) {
    nf--;
    tt = Math.min(tt, nf);
  }
  let end = tt;
  // a closing quotation mark of a name in the role stays (لحركة "فتح")
  while (end > tf && !tokens[end - 1].word && !closesQuote(tokens, tf, end - 1)) end--;
  // … and an abbreviated rank (د.، م.)
  if (end - 1 > tf && grammar().abbreviatedRank.has(tokens[end - 1].norm)) end--;
  // drop the ranks (اللواء، الجنرال; سماحة الشيخ) standing right before the name
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (let k = tf; k < end; k++) {
      const hit = roleMatcher().matchAt(tokens, k);
      if (hit && hit.value === 'rank' && hit.to === end) { end = k; dropped = k > tf; break; }
    }
  }
  while (end > tf && !tokens[end - 1].word && !closesQuote(tokens, tf, end - 1)) end--;
  return { speakerFrom: nf, speakerTo: nt, titleFrom: end > tf ? tf : null, titleTo: end > tf ? end : null };
}

/** True when the phrase names a document (البيان، نص القرار) rather than a speaker. */
export function isDocumentAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t?.word && grammar().document.has(t.norm);
}
