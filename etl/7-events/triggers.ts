import type { ActorMention } from '../types.js';
import { loadLexicon, variants } from '../lexicon/load.js';
import { PhraseIndex, type PhraseMatch, type Token } from '../5-actors/match.js';
import { sentenceOfToken, type Doc } from './doc.js';
import { normalizeKey } from '../3-segment/normalize.js';

/** A row of lexicons/event-triggers.tsv. */
export interface TriggerDef {
  eventType: string;
  mode: string | null;
  pos: 'v' | 'n' | 'p';
  requires: PhraseIndex<true> | null;
  /** words that, within the same reach, make the form no event (سيطرت … على الحريق): requires_after entries written !word */
  excludes: PhraseIndex<true> | null;
  /** words that serve as the complement when they stand shortly before the form (وحدات من الجيش انتشرت):
   * requires_after entries written <word */
  before: PhraseIndex<true> | null;
  weak: boolean;
  /** the form must be followed by a quoted name (عملية «غصن الزيتون»): a requires_after entry written «» */
  named: boolean;
}

// a quoted name right after a form (عملية «غصن الزيتون»، عملية "درع الفرات")
const QUOTED_NAME = /^[ \t]*[«"“]/u;

/** A trigger found in a document. */
export interface Trigger {
  def: TriggerDef;
  eventType: string;
  mode: string | null;
  tokStart: number;
  tokEnd: number;
  /** UTF-16 span in the body */
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** written with the future prefix س (ستبحث، سيواصل) */
  future: boolean;
  /** clitics written before the trigger (و، ف، ب، س …), normalized */
  clitic: string;
}

// How far after a trigger its required complement may stand (وقّع … اتفاق, موافقة … على الهدنة). A verb
// may have its whole subject first (وقع قادة دول مجلس التعاون الخليجي ومصر أمس في محافظة العلا على «بيان
// العلا»): eighteen words; a noun has its complement right after it: eight. Measured on the ten dev sets
// (8, 11, 14, 18, 24, 40 for verbs): gains stop at 18 and precision falls past it.
const REQUIRE_WINDOW = { v: 18, n: 8 } as const;
// How many words before the form a complement written <word may stand (قوات الأمن قد انتشرت).
const BEFORE_WINDOW = 6;
// Triggers of one type this close are one mention (شن ضربات جوية).
const MERGE_GAP = 1;

let indexCache: PhraseIndex<TriggerDef[]> | null = null;
// One-word forms the lexicon writes with a final ة or with ئ (إصابة، إحالة، تعبئ), folded: any other word written so is no
// verb (طالبة is a student, not طالبه "demanded him"; قتلة are killers, not قتله; بائع a vendor, not بايع "pledged").
// Filled with the index, by triggerIndex().
const foldedLetterForms = new Set<string>();

// Verb endings a starred word inside a phrase may take (رفع* حالة التأهب → رفع، رفعت، رفعوا، رفعا، رفعتا).
const INNER_ENDINGS = ['', 'ت', 'وا', 'ا', 'تا'];

/** Expands a starred word that is not the last of its phrase into its verb endings; the matcher reads a final * itself. */
function innerEndings(form: string): string[] {
  const words = form.split(' ');
  let out = [''];
  words.forEach((w, i) => {
    const alts = i < words.length - 1 && w.endsWith('*') ? INNER_ENDINGS.map((e) => w.slice(0, -1) + e) : [w];
    out = out.flatMap((o) => alts.map((a) => (o ? `${o} ${a}` : a)));
  });
  return out;
}

/** Builds (once) the trigger index from lexicons/event-triggers.tsv. */
function triggerIndex(): PhraseIndex<TriggerDef[]> {
  if (indexCache) return indexCache;
  // one form may stand in several rows with different complements (أطلق النار / أطلق سراح)
  const byForm = new Map<string, TriggerDef[]>();
  // "-" rows go in first, so a word they list (رحلة، ثمن) wins over a starred verb (رحل*، ثمن*) that would take it
  const rows = loadLexicon('event-triggers');
  for (const r of [...rows.filter((x) => x.event_type === '-'), ...rows.filter((x) => x.event_type !== '-')]) {
    const named = variants(r.requires_after).includes('«»');
    const all = variants(r.requires_after).filter((q) => q !== '«»');
    const index = (list: string[]): PhraseIndex<true> | null => {
      if (!list.length) return null;
      const ix = new PhraseIndex<true>();
      for (const q of list) ix.add(q, true);
      return ix;
    };
    const requires = index(all.filter((q) => !q.startsWith('!') && !q.startsWith('<')));
    const before = index(all.filter((q) => q.startsWith('<')).map((q) => q.slice(1)));
    const excludes = index(all.filter((q) => q.startsWith('!')).map((q) => q.slice(1)));
    const def: TriggerDef = {
      eventType: r.event_type,
      mode: r.mode || null,
      pos: r.pos === 'v' || r.pos === 'p' ? r.pos : 'n',
      requires: requires ?? (before ? new PhraseIndex<true>() : null),
      excludes,
      before,
      weak: r.weak === 'y',
      named,
    };
    for (const v of variants(r.triggers).flatMap(innerEndings)) {
      byForm.set(v, [...(byForm.get(v) ?? []), def]);
      if (!/[ *]/u.test(v) && /ة$|ئ/u.test(v)) foldedLetterForms.add(normalizeKey(v));
    }
  }
  // (a form written exactly in one row and open in another, اعترف and اعترف*, keeps both rows' readings)
  const index = new PhraseIndex<TriggerDef[]>(true, (a, b) => [...a, ...b.filter((d) => !a.includes(d))]);
  for (const [v, defs] of byForm) index.add(v, defs);
  indexCache = index;
  return index;
}

let bodyHeads: Set<string> | null = null;

/** Indefinite head nouns of a body (جهاز، بعثة، قوات …), the institution rows of lexicons/titles.tsv. */
function institutionHeads(): Set<string> {
  bodyHeads ??= new Set(
    loadLexicon('titles')
      .filter((r) => r.kind === 'institution')
      .flatMap((r) => variants(r.surface))
      .filter((v) => !v.includes(' ') && !v.startsWith('ال'))
      .map(normalizeKey),
  );
  return bodyHeads;
}

/**
 * Whether the trigger at token i is the second word of a body's name: it follows an indefinite head
 * noun in construct (جهاز دعم الاستقرار، قوات الدعم السريع، جهاز مكافحة الإرهاب), with no conjunction of its own.
 */
function inBodyName(doc: Doc, i: number, clitic: string): boolean {
  if (i === 0 || !(clitic === '' || clitic === 'ال')) return false;
  const prev = doc.tokens[i - 1].text;
  const heads = institutionHeads();
  return heads.has(prev) || (/^[وفبل]/u.test(prev) && heads.has(prev.slice(1)));
}

// Head nouns of a place's name (حي، ساحة، شارع، ميدان، مخيم، جسر، دوار) (folded), with a conjunction or preposition.
const PLACE_HEAD = /^[وف]?[بل]?(?:حي|ساحه|شارع|ميدان|مخيم|جسر|دوار|جاده|حاره)$/u;

// A case known by a name in marks (القضية المعروفة إعلاميا بـ«اقتحام السجون»، قضية "التخابر"): the words before the mark.
const CASE_NAME = /(?:المعروف[ةه]?|قضي[ةه]|ملف)\s*(?:إعلامي[اً]*|اعلاميا)?\s*(?:بـ*|باسم)?\s*$/u;

// How far before a trigger the opening mark of a quoted name may stand, and after it its closing mark.
const NAME_REACH = 30;

/** Whether a trigger stands inside the quoted name of a court case or file, which names no act of its own. */
function inCaseName(body: string, start: number, end: number): boolean {
  // only the few characters before the trigger are searched: this runs for every trigger of every article
  const from = Math.max(0, start - NAME_REACH);
  const before = body.slice(from, start);
  const at = Math.max(before.lastIndexOf('«'), before.lastIndexOf('"'), before.lastIndexOf('“'));
  if (at < 0) return false;
  const open = from + at;
  if (/[»”".،]/u.test(body.slice(open + 1, start))) return false;
  const close = body.slice(end, end + NAME_REACH).search(/[»"”]/u);
  return close >= 0 && CASE_NAME.test(body.slice(Math.max(0, open - 40), open));
}

// An attached pronoun (محادثاته، مشاوراتها، لقائهما، اجتماعهم), as written (ه and not ة), longest first.
const PRONOUNS = ['هما', 'هم', 'هن', 'ها', 'ه'];
// The kinds of act whose noun is read with a pronoun: talks, accords, backing and concessions, whose pronoun names a party
// (مشاوراته، اتفاقهما، دعمهما، استجابتها); an attack's or an arrest's (مقتله، إحالتهم، اقتادتهم) mostly tells again of an act
// told before it
const WITH_PRONOUN: ReadonlySet<string> = new Set(['CONSULT', 'AGREE', 'SUPPORT', 'CONCEDE', 'REQUEST']);
// Letters a stem keeps before its pronoun (اقتحامه → اقتحام) (folded).
const MIN_STEM = 3;

/**
 * A one-word noun of the lexicon at token i, of a kind read with a pronoun (WITH_PRONOUN), with an attached pronoun cut off
 * (محادثاته as محادثات, قمتهما as قمة), spanning the whole word; null when the word has no such ending or its stem is no
 * such noun.
 */
function withPronoun(doc: Doc, ix: PhraseIndex<TriggerDef[]>, i: number): PhraseMatch<TriggerDef[]> | null {
  const tok = doc.tokens[i];
  // (most words end in no pronoun: the folded word, which keeps the pronoun's letters, rules them out before the written
  // one is sliced from the body)
  if (!PRONOUNS.some((x) => tok.text.endsWith(x))) return null;
  const raw = doc.body.slice(doc.ostart[i], doc.oend[i]);
  const suffix = PRONOUNS.find((x) => raw.endsWith(x));
  if (!suffix || tok.text.length - suffix.length < MIN_STEM) return null;
  const stem = tok.text.slice(0, -suffix.length);
  // (a noun's ة is written ت before a pronoun: دعوته is دعوة's; a final hamza sits on a seat: لقائهما، لقاؤه are لقاء's)
  const texts = stem.endsWith('ت') ? [stem, stem.slice(0, -1) + 'ه'] : /ا[يو]$/u.test(stem) ? [stem, stem.slice(0, -1) + 'ء'] : [stem];
  for (const text of texts) {
    const m = ix.matchAt([{ ...tok, text }], 0, 1);
    if (!m || m.value.some((d) => d.eventType === '-')) continue;
    const value = m.value.filter((d) => d.pos === 'n' && WITH_PRONOUN.has(d.eventType));
    if (value.length) return { ...m, value, tokStart: i, tokEnd: i + 1, end: tok.end };
  }
  return null;
}

/**
 * Event triggers of a document, in text order: phrases of the trigger lexicon that do not start
 * inside an actor's name (منظمة الأمن والتعاون), whose required complement is present, with adjacent
 * triggers of one type merged and weak triggers dropped when a sentence has a strong one.
 */
export function findTriggers(doc: Doc, actors: ActorMention[]): Trigger[] {
  const raw: Trigger[] = [];
  let a = 0;
  const ix = triggerIndex();
  for (let i = 0; i < doc.tokens.length; ) {
    let m = ix.matchAt(doc.tokens, i) ?? withPronoun(doc, ix, i);
    if (!m) { i++; continue; }
    if (m.value.some((d) => d.eventType === '-')) { i = m.tokEnd; continue; }
    // a longer form whose complement is missing leaves the shorter forms it starts with their own reading (مشاورات مغلقة
    // needs a verb of holding before it; without one, مشاورات is still talks), unless a word it excludes stands there
    let found = triggerAt(m);
    while (found === null && m.tokEnd - m.tokStart > 1) {
      const shorter = ix.matchAt(doc.tokens, i, m.tokEnd - m.tokStart - 1);
      if (!shorter || shorter.value.some((d) => d.eventType === '-')) break;
      m = shorter;
      found = triggerAt(m);
    }
    if (found && found !== 'excluded') {
      raw.push(found);
      i = m.tokEnd;
    } else i++;
  }
  /** The trigger a match reads as, null when no row's complement is there, 'excluded' when a word a row excludes is. */
  function triggerAt(m: PhraseMatch<TriggerDef[]>): Trigger | null | 'excluded' {
    const first = doc.tokens[m.tokStart];
    const clitic = first.text.slice(0, m.start - first.start);
    // the trigger as written keeps its article (الاشتباكات), not a conjunction or preposition
    const from = clitic.endsWith('ال') ? m.start - 2 : m.start;
    const [start, end] = [doc.view.map[from], doc.oend[m.tokEnd - 1]];
    while (a < actors.length && actors[a].end <= start) a++;
    // a trigger inside a name (منظمة الأمن والتعاون) is no event; one whose object is a name (انتشار الجيش اللبناني، حل البرلمان) is
    if (a < actors.length && actors[a].start <= start) return null;
    if (inBodyName(doc, m.tokStart, clitic) || inCaseName(doc.body, start, end)) return null;
    // حي التضامن، ساحة التحرير، شارع الاستقلال: a definite word right after a place's head noun is the place's name
    if ((clitic === 'ال' || (clitic === '' && first.text.startsWith('ال'))) && PLACE_HEAD.test(doc.tokens[m.tokStart - 1]?.text ?? '')) return null;
    const sentence = sentenceOfToken(doc, m.tokStart);
    if (sentence < 0) return null;
    // the first row whose required complement is present
    const sentEnd = doc.sentences[sentence].tokEnd;
    // a one-word verb form read after the article (قنص* in القنصلية، دمر* in الدمرداش، حذر in الهدوء الحذر) is a noun
    // or a name, no act
    const nounReading = m.tokEnd - m.tokStart === 1 && /(?:ال|لل)$/u.test(clitic);
    const written = doc.body.slice(start, end);
    const writtenNoun = m.tokEnd - m.tokStart === 1 && /ة$|ئ/u.test(written)
      && !foldedLetterForms.has(normalizeKey(written).slice(clitic.length));
    let excluded = false;
    const sentStart = doc.sentences[sentence].tokStart;
    const def = m.value.find((d) => {
      if ((nounReading || writtenNoun) && d.pos === 'v') return false;
      // a participle read after the article is an adjective (المهنية is no مهنئة, الداعية no داعية)
      if (d.pos === 'p' && /(?:ال|لل)$/u.test(clitic)) return false;
      if (d.named && !QUOTED_NAME.test(doc.body.slice(end, end + 4))) return false;
      const reach = d.pos === 'v' ? REQUIRE_WINDOW.v : REQUIRE_WINDOW.n;
      // (a complement written in the form itself counts: قتلوا برصاص، فتح أجوائها، حزمة مساعدات)
      const complemented = !d.requires || hasComplement(d.requires, doc.tokens, m.tokStart + 1, sentEnd, reach + m.tokEnd - m.tokStart - 1)
        || (!!d.before && hasComplement(d.before, doc.tokens, Math.max(sentStart, m.tokStart - BEFORE_WINDOW), m.tokStart, BEFORE_WINDOW));
      const hit = complemented && !!d.excludes && hasComplement(d.excludes, doc.tokens, m.tokEnd, sentEnd, reach);
      if (hit) excluded = true;
      return complemented && !hit;
    });
    if (!def) return excluded ? 'excluded' : null;
    // a participle after a count names the counted (50 محتجزا في غزة), not an act
    if (def.pos === 'v' && !clitic && /^م/u.test(first.text) && /^[0-9\u0660-\u0669\u06F0-\u06F9]+$/u.test(doc.tokens[m.tokStart - 1]?.text ?? '')) return null;
    // … and so is طالب after a count (ثلاثة آلاف طالب، 300 طالب: students, not "demanded")
    if (def.pos === 'v' && !clitic && first.text === 'طالب' && COUNTED_BEFORE.test(doc.tokens[m.tokStart - 1]?.text ?? '')) return null;
    return {
      def,
      eventType: def.eventType,
      mode: def.mode,
      tokStart: m.tokStart,
      tokEnd: m.tokEnd,
      start,
      end,
      text: written,
      sentence,
      future: clitic.includes('س'),
      clitic,
    };
  }
  // (an operation whose quoted name is itself an act, عملية «اقتحام المخيم», is told by that act)
  const kept = raw.filter((t, i) => !t.def.named || raw[i + 1]?.tokStart !== t.tokEnd || raw[i + 1].eventType !== t.eventType);
  return dropWeak(dropDescribed(mergeAdjacent(kept, doc, actors)), doc);
}

/**
 * Drops a description told right after a rejection or a welcome in its sentence (رفضت الفصائل الاتفاق ووصفته بأنه «طعنة في
 * الظهر»، نفى … واصفا الروايات بأنها «دعاية»، رحبت الأحزاب بالخطوة ووصفتها بأنها …): it says how the stance was put, no
 * accusation of its own (the annotators list it 2 times in 18 over the read sets).
 */
function dropDescribed(list: Trigger[]): Trigger[] {
  // (the stance may have its object's trigger between: رفضت الفصائل الاتفاق ووصفته)
  return list.filter((t, i) => !(t.eventType === 'ACCUSE' && DESCRIBED.test(normalizeKey(t.text))
    && list.slice(Math.max(0, i - 2), i).some((p) => p.sentence === t.sentence && (p.eventType === 'REJECT' || p.eventType === 'SUPPORT'))));
}

// A count a noun follows (300، آلاف، مئات، عشرات، ألف) (folded).
const COUNTED_BEFORE = /^(?:[0-9\u0660-\u0669\u06F0-\u06F9]+|الاف|الف|مئات|عشرات|مئه|مائه)$/u;

// "described it as" (ووصفته بأنه، واصفا إياه، ووصفها بـ) (folded)
const DESCRIBED = /^[وف]?(?:وصف|واصف|يصف|تصف)/u;

/** Whether a required complement phrase starts within the window after the trigger. */
function hasComplement(req: PhraseIndex<true>, tokens: Token[], from: number, sentenceEnd: number, reach: number): boolean {
  const to = Math.min(sentenceEnd, from + reach);
  for (let i = from; i < to; i++) if (req.matchAt(tokens, i)) return true;
  return false;
}

/** Joins same-type triggers a word apart (مواجهات عنيفة و"معارك") into one; never across an actor's name. */
function mergeAdjacent(list: Trigger[], doc: Doc, actors: ActorMention[]): Trigger[] {
  const out: Trigger[] = [];
  for (const t of list) {
    const prev = out[out.length - 1];
    const joinable =
      prev &&
      prev.eventType === t.eventType &&
      prev.sentence === t.sentence &&
      !prev.def.weak &&
      !t.def.weak &&
      gapWords(doc, prev.tokEnd, t.tokStart) <= MERGE_GAP &&
      // (never a verb or a participle after a comma: اتهامات واهية، واتهمت حزب العمال، طالبت بتحقيق دولي، متهمة القوات … are
      // a new clause and a new act)
      !(/[،,؛;:]/u.test(doc.body.slice(prev.end, t.start)) && t.def.pos !== 'n') &&
      // (… nor a verb told as done during the act before it: حملة دهم واسعة اعتقل خلالها عشرات الشبان)
      !(t.def.pos === 'v' && DURING_IT.test(doc.tokens[t.tokEnd]?.text ?? '')) &&
      // (… nor a verb joined by و: أعلنت حالة الطوارئ وأغلقت المطار, نفذت حملة تمشيط واسعة واعتقلت ثلاثة)
      // (… and so is a second measure named by its noun, حظر التجول وحالة الطوارئ, but not the second noun of a campaign,
      // حملة دهم واعتقالات)
      !(t.eventType === 'COERCE' && /^[وف]/u.test(t.clitic)
        && (t.def.pos === 'v' || (prev.def.pos === 'n' && !CAMPAIGN.test(normalizeKey(prev.text))))) &&
      !actors.some((a) => a.start >= prev.end && a.start < t.start);
    if (joinable) {
      prev.tokEnd = t.tokEnd;
      prev.end = t.end;
      prev.text = doc.body.slice(prev.start, prev.end);
      prev.mode = prev.mode ?? t.mode;
      continue;
    }
    out.push({ ...t });
  }
  return out;
}

// a campaign of measures (حملة دهم واعتقالات، حملة مداهمات واعتقال) (folded)
const CAMPAIGN = /^[وف]?(?:ب|ل)?(?:ال)?حمل/u;

// "during it" / "in it" after a verb (خلالها، خلاله، فيها) (folded): a verb told of the act or report named before it.
export const DURING_IT = /^(?:خلالها|خلاله|خلالهما|فيها|فيه|اثناءها|اثناءه)$/u;

/** Words between two tokens, not counting a lone و. */
function gapWords(doc: Doc, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (doc.tokens[i].text !== 'و') n++;
  return n;
}

/** Drops weak triggers (مقتل، ضحايا) in sentences that have a strong trigger of the same type. */
function dropWeak(list: Trigger[], doc: Doc): Trigger[] {
  // (a definite attack noun a claim or a condemnation points back to, تبنت الحركة الهجوم، دان الهجوم، وراء الهجوم, tells no
  // attack of its own: a killing told in its sentence is still one)
  const pointsBack = (t: Trigger): boolean => t.def.pos === 'n' && /^(?:ال|لل|بال)/u.test(normalizeKey(t.text).replace(/^[وف]/u, ''))
    && POINTED_BY.test(doc.tokens[t.tokStart - 1]?.text ?? '');
  const strong = new Set(list.filter((t) => !t.def.weak && !pointsBack(t)).map((t) => `${t.sentence}:${t.eventType}`));
  // a toll (سقوط 278 قتيلا) in a sentence telling a dispersal or a protest is that act's toll, not an attack of its own
  const tolled = new Set(list.filter((t) => !t.def.weak && TOLL_CARRIERS.has(t.eventType)).map((t) => t.sentence));
  const toll = (t: Trigger): boolean => t.eventType === 'ASSAULT' && tolled.has(t.sentence) && TOLL_WORD.test(t.text);
  return list.filter((t) => !t.def.weak || !(strong.has(`${t.sentence}:${t.eventType}`) || toll(t)));
}

// Words before a definite attack noun that point back to an attack told before (تبنت الهجوم، دانت التفجير، وراء الهجوم) (folded).
const POINTED_BY = /^[وف]?(?:تبني|تبنت|تبنوا|يتبني|تتبني|وراء|دان|دانت|ادان|ادانت|يدين|تدين|نددت|ندد|استنكر|استنكرت)$/u;

// The count words of a toll (278 قتيلا، سقوط قتلى، الشهداء), not the killing of someone (مقتل متظاهر، استشهاد شاب).
const TOLL_WORD = /^(?:[وف]?(?:ب|ل)?(?:ال)?(?:قتلى|قتيلا|قتيل|شهداء|شهيدا)|سقوط)/u;

// Acts whose victims a sentence may count without naming an attack (فض اعتصامي رابعة والنهضة … إلى 578 قتيلا).
const TOLL_CARRIERS = new Set(['COERCE', 'PROTEST']);
