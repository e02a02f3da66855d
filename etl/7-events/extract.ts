import type { ArticleContext, DateMention, EventRecord, Modality } from '../types.js';
import { loadLexicon } from '../lexicon/load.js';
import { normalizeKey } from '../3-segment/normalize.js';
import { actorById, findPlacesInView, sideOf, type PlaceMention } from '../5-actors/index.js';
import { datedLeadLength, leadDatelineLength } from '../2-clean/dateline.js';
import { buildDoc, tokenAtOrAfter, type Doc, type DocSentence } from './doc.js';
import { anyCueIn, cuesWithin, findCues, lastCueBetween, type Cue } from './cues.js';
import { DURING_IT, findTriggers, type Trigger } from './triggers.js';
import { clauseStart, denialOf, irrealis, isCancelled, isGeneric, isHalted, isNegated, isPresent, isRefused, type ModalityCues } from './modality.js';
import { attribute } from './claims.js';
import { RELATIVE, findParticipants, placeMentions, type Mention, type Participants } from './participants.js';
import { findCounts } from './counts.js';
import { eventDate, type EventDate } from './dates.js';
import { addDays } from '../4-dates/day-math.js';
import { parseNumber } from '../4-dates/numbers.js';
import { nameAfter, speakerBefore, subjectAfter, subjectScan, verbSubject, type SubjectScan, type SubjectText } from './subjects.js';
import { grammar } from '../6-quotes/grammar.js';

// Statements that are acts in themselves: their speaker is their actor.
const SPEECH_ACTS = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SUPPORT', 'COOPERATE', 'CONSULT']);
// Stances a report tells as already taken: a day after publication is never theirs.
const TOLD_STANCES = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SUPPORT']);
// Whatever follows a call or a threat in its clause is its content, not a reported event.
const SWALLOWING = new Set(['REQUEST', 'THREATEN']);
// Acts done to people, often passive in news (قتل ثلاثة جنود، اعتقل 5 أشخاص): a count after the verb is who suffered it.
const PATIENT_FIRST = new Set(['ASSAULT', 'COERCE', 'RETREAT']);
// Events that happen somewhere: they get a location.
const PHYSICAL = new Set(['ASSAULT', 'MOBILIZE', 'COERCE', 'RETREAT', 'PROTEST', 'AID']);
const FIRST_PERSON = /^(لا |لن |لم )?ن(دعو|طالب|رفض|تهم|دين|دعم|حذر|هدد|ري|قف|ناشد|حمل|عتزم|ؤيد)/;
// How many words from its act a word of going on now (الجارية، تدور الآن) may stand to date it to the publication day.
// Measured on the dev sets: 3 words +3.7 points summed, the trigger's clause +2.9.
const PRESENT_REACH = 3;
// How far (UTF-16 units, about eight words) a place may stand from its event's trigger.
const PLACE_REACH = 60;
// How many tokens a light verb (شن، فرض) may stand before the noun naming its act, its subject between.
const LIGHT_REACH = 14;
// How far after an ASSAULT trigger a weapon word still gives its mode (قصف مدفعي، استهدفت اليوم بسلاح المدفعية),
// and how far before it (طائرات مسيرة قصفت): nearer than any other noun phrase of the sentence.
const MODE_AFTER = 4;
const MODE_BEFORE = 2;
// An instrument with بـ may stand after the subject and object of a verb trigger (قصفت القوات الروسية مدينة خاركيف بالصواريخ).
const MODE_INSTRUMENT = 8;
// How far a condition or proposal word may stand before the act it governs (as modality.ts reads it).
const PROPOSAL_REACH = 6;
// A count noun with a possessive pronoun (هجماتها، غاراتهم، هجومه، عدوانها) refers back to attacks already reported;
// on a verbal noun the pronoun is the one attacked (بعد استهدافها، اختطافه، اقتحامها), a new act.
const POSSESSIVE = /(?:ات|وم|ان)(?:ها|هم|هما|هن|ه)$/u;
// How many words after a noun its relative pronoun may stand (التفجيرات الانتحارية الثلاثة التي …).
const RELATIVE_REACH = 3;
// How many words before "its attacks" a verb of going on may stand (وجددت الطائرات الحربية صباح اليوم غاراتها).
const CONTINUING_REACH = 7;
// Verbs of going on or renewing (واصلت، جددت، استأنفت، صعدت، كثفت) that make "its attacks" new ones.
const CONTINUING = /^[وف]?(?:واصل|تواصل|يواصل|جدد|تجدد|يجدد|استانف|تستانف|يستانف|صعد|تصعد|يصعد|كثف|تكثف|يكثف)(?:ت|وا|ا)?$/u;
// Backing (دعم، الدعم), which an accusation alleges of a side (ودعم حركة الماك، مواصلة دعم وتمويل التنظيمات) (folded).
const BACKING = /^[وف]?(?:ب|ل)?(?:ال)?دعم/u;
// A call or a warning names its addressee before its content: دعا X إلى …، حذّر X من …
const CONTENT_PREP: Record<string, string> = { REQUEST: 'الي', THREATEN: 'من' };
// Acts whose noun after ل (لدعم، للوساطة، للتوصل إلى اتفاق) states a purpose, not a reported event.
// Slogans and protests whose demand (تطالب، المطالبة) right after them describes them.
// … the chanted or written ones among them, whose demand is all their clause holds
const CHANTS = /^[وف]?(?:شعارات|هتافات|لافتات)$/u;
const SLOGANS = /^[وف]?(?:شعارات|هتافات|لافتات|(?:ال)?(?:احتجاجات|مظاهرات|تظاهرات|مسيرات|التظاهرات))$/u;
// Denouncing participles and present verbs (منددين، منددة، تندد) that describe a protest told before them.
const DENOUNCING = /^[وف]?(?:منددين|منددون|مندده|منددا|تندد|يندد|ينددون|تنددان)$/u;
// Words before a definite attack noun that point back to an attack already told: claimed (تبنى الهجوم), blamed
// (وراء الهجوم، المسؤولية عن الهجوم), counted (حصيلة العدوان، ضحايا الهجوم), placed (موقع الهجوم) or shown (هذا العدوان).
const POINTER = /^[وف]?(?:تبني|تبنت|تبنوا|يتبني|تتبني|وراء|عن|حصيله|ضحايا|قتلي|موقع|منفذي|منفذو|هذا|هذه|ذلك|تلك)$/u;
// Blame or involvement words before a definite attack noun that point back to an attack already told: مسؤولية الهجوم، أي صلة
// له بالتفجير، أي علاقة لها بالتفجير، أي تورط لها في الاغتيال
const BLAME = /^[وف]?(?:مسووليه|مسووليته|مسووليتها|مسووليتهم)$/u;
const LINK_NOUN = /^(?:صله|علاقه|تورط|تورطه|تورطها|تورطهم)$/u;

/** Whether a definite attack noun is what someone is blamed for or denies any link with (مسؤولية الهجوم، أي صلة له بالتفجير). */
function blamedFor(doc: Doc, t: Trigger): boolean {
  const prev = doc.tokens[t.tokStart - 1]?.text ?? '';
  if (BLAME.test(prev)) return true;
  // (… أي صلة له بالتفجير، أي تورط لها في الاغتيال، صلة بالتفجير: the link noun, then at most a pronoun with ل, then ب or في)
  if (!/^[وف]?ب/u.test(t.clitic) && prev !== 'في') return false;
  for (let k = t.tokStart - 1; k >= Math.max(0, t.tokStart - 3); k--) {
    const w = doc.tokens[k].text;
    if (LINK_NOUN.test(w)) return true;
    if (!/^(?:له|لها|لهم|لهما|في)$/u.test(w)) return false;
  }
  return false;
}

// how far after a called meeting its day may be written, in UTF-16 units (اجتماع طارئ لمجلس الجامعة على مستوى المندوبين
// بعد غد الاثنين)
const MEETING_DAY_REACH = 90;
// a measure imposed, told by its verb with the measure's pronoun (فرضته، فرضها) (folded)
const IMPOSED_IT = /^[وف]?فرض(?:ته|تها|ه|ها|وه|وها)$/u;
// Words before a meeting noun that make it the setting of what is said in it (في قمة طارئة، خلال اجتماع، في ختام المحادثات).
const VENUE = /^(?:و?في|خلال|ختام|هامش|اعقاب|عقب)$/u;
const PURPOSE = new Set(['SUPPORT', 'COOPERATE', 'AGREE', 'CONSULT', 'AID', 'REQUEST']);
// Acts that two sides do together or against each other: their actor pair is unordered when rows merge.
const SYMMETRIC = new Set(['ASSAULT', 'AGREE', 'CONSULT']);
// Acts two sides do together (توصلا إلى هدنة، اتفقا، تباحثا).
const RECIPROCAL_ACTS = new Set(['AGREE', 'CONSULT']);
// Attack words that name fighting between two sides (اشتباكات، مواجهات، معارك، قتال، تبادل إطلاق النار), not one side's act.
const CLASH = /^[وف]?(?:ب|ل)?(?:ال)?(?:اشتباك|مواجه|معارك|معركه|قتال|اقتتال|تبادل|يتبادل|تبادلا)/u;
/** Whether a trigger names fighting between two sides rather than one side's attack. */
const isClash = (trigger: string): boolean => CLASH.test(normalizeKey(trigger));
// A complementizer opening a reported clause (أن، أنه، أنها، بأن) (folded).
const COMPLEMENTIZER = /^(?:ان|انه|انها|بان)$/u;
/** Whether two rows of a type done together or against each other may name their sides in either order: for attacks,
 * only when one of them is a clash (سيطرت قوات الوفاق على مدينتين … وقصفت قوات حفتر أحياء are two acts). */
const eitherOrder = (a: Draft, b: Draft): boolean => SYMMETRIC.has(a.record.eventType)
  && (a.record.eventType !== 'ASSAULT' || isClash(a.record.trigger) || isClash(b.record.trigger));

let modeOrder: string[] | null = null;

/** A scope opened by an earlier trigger of the same sentence. */
interface Scope {
  kind: 'swallow' | 'accuse';
  /** the accuser, or the one who calls for a strike or march (دعت النقابات إلى إضراب) */
  accuser: Mention | null;
  /** a call (REQUEST), whose called protest is still reported as planned */
  call?: boolean;
  /** the caller as written when no known actor names it */
  callerText?: string | null;
  /** where the call's trigger ends in the body */
  callEnd?: number;
  accused?: Mention | null;
  /** يتبادلان الاتهامات: each side accuses the other */
  mutual?: boolean;
  /** what a protest denounces (تظاهرات منددة بالغارات), not an accusation of its own */
  denounced?: boolean;
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
  // a dateline left at the head of the body (الخرطوم – التغيير:، تونس (رويترز) -) names where and who wrote, not who acted
  const dateline = Math.max(leadDatelineLength(body), datedLeadLength(body));
  const actors = ctx.actors.filter((m) => m.end > dateline).sort((a, b) => a.start - b.start);
  // … nor when (الفاشر – السودان اليوم:، جنيف 24 أكتوبر 2020 (وال) –): an outlet's اليوم is no day, and the day of filing
  // is the publication's, not an act's
  if (dateline > 0) ctx = { ...ctx, dates: ctx.dates.filter((d) => d.start >= dateline) };
  const mentions = placeMentions(doc, actors);
  // … nor what happened: a town's name there (تدمر، الفاشر) is no act
  const triggers = findTriggers(doc, actors).filter((t) => t.start >= dateline);
  if (triggers.length === 0) return [];
  const modality = findCues(doc, 'event-modality');
  // الجاري of a date (السادس من يونيو الجاري، الشهر الجاري) is this month, no act going on now
  const present = modality.get('present');
  if (present) modality.set('present', present.filter((c) => !ctx.dates.some((d) => d.start <= doc.ostart[c.tokStart] && doc.oend[c.tokEnd - 1] <= d.end)));
  const cues: DocCues = {
    modality,
    claims: findCues(doc, 'event-claims'),
    modes: outsideActors(findCues(doc, 'event-modes', 'mode'), mentions),
  };
  const places = findPlacesInView(body, doc.view, doc.tokens);
  // tokenized again for the quote scanners only when a verb without a known actor needs its written subject
  let scanned: SubjectScan | null = null;
  const scan = (): SubjectScan => (scanned ??= subjectScan(body, ctx.dates, triggers.map((t) => t.start)));
  const rows: Draft[] = [];
  const out: Draft[] = [];
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
    const events = sentenceEvents(doc, ctx, sent, own, sMentions, sPlaces, local, scan, mentions);
    addCounts(doc, sent, events);
    for (const e of events) rows.push(e);
  }
  sameOccasion(doc, rows, cues.modality);
  for (const e of rows) {
    // تبنت الحركة الهجوم، ارتفعت حصيلة العدوان: a mention pointing back to the attack told before it
    // … and the deaths an act resulted in (وقالت الجماعة إن الضربات أسفرت عن مقتل خمسة من عناصرها): that act's toll
    // … and a verb of targeting told of it by its doer or with no doer (not the other side's strike: أعلن حزب الله أنه استهدف …)
    const aimed = e.targets ? lastBefore(out, e) : -1;
    const before = e.pointer ? lastBefore(out, e) : e.toll ? lastPhysical(out, e)
      : aimed >= 0 && sameDoer(out[aimed].record, e.record, e.targets === 'spoken') ? aimed : -1;
    if (before < 0) {
      merge(out, e);
      continue;
    }
    // … keeping its own doer and day: the pointing mention lends only the toll and the place
    const r = out[before].record;
    r.killed ??= e.record.killed;
    r.wounded ??= e.record.wounded;
    r.casualties ??= e.record.casualties;
    if (!r.locationText) [r.locationText, r.countryIso3] = [e.record.locationText, e.record.countryIso3];
  }
  // an act told as done (not planned or supposed) cannot fall after the day it is published: such a day was borrowed
  // from a planned act (خطة لمهاجمة قاعدة يوم 28 يوليو الجاري) and is dropped
  // (a past-tense verb only: a called strike or a planned march named by a noun is dated to come)
  for (const { record: r, trigger: t } of out) {
    if (pastTense(t) && ctx.publishedDate && r.eventDate && r.eventDate.length === 10 && r.eventDate > ctx.publishedDate
      && r.modality !== 'future' && r.modality !== 'hypothetical') {
      r.eventDate = null;
      r.datePrecision = 'unknown';
    }
  }
  return out.map((r) => r.record);
}

interface Draft {
  record: EventRecord;
  trigger: Trigger;
  participants: Participants;
  /** token where the trigger's clause starts */
  clause: number;
  /** the date is the publication day only because the sentence says the event is going on */
  presentDated: boolean;
  /** the actors are "the two sides" named earlier (البلدان، الطرفان) */
  dualPair: boolean;
  /** first token of the evidence sentence */
  sentTokStart: number;
  /** the contrast word (فيما، بينما، في حين) the trigger's clause follows in its sentence, or -1 */
  side: number;
  /** a definite attack noun governed by a word that points back to an attack told before (تبنى الهجوم، حصيلة العدوان، هذا العدوان) */
  pointer: boolean;
  /** a casualty noun after a verb of outcome (أسفرت عن مقتل خمسة): the toll of an act told before it, not an act */
  toll: boolean;
  /** a verb of targeting told of an attack named before (قالت أنقرة إنها استهدفت مسلحين، الضربات استهدفت معسكرات، استهدفت
   * إحداها منزلا): it points back to that attack when their doers may be one */
  targets: false | 'spoken' | 'named';
  /** N of بعد N أيام من <trigger> when its sentence states no day: N days before the last act told on a day */
  back: number | null;
  /** no day is carried to it from the act told last: it goes on day after day (لليوم الثالث على التوالي), or it is
   * the cause or span behind another act (ردا على هجمات، بعد أربعة أيام من الاشتباكات) */
  uncarried: boolean;
  /** an act an accusation alleges (متهما الجبهة بمهاجمة قاعدة) */
  alleged: boolean;
  /** dated after publication: a planned or called act (الإضراب العام الذي دعا إليه غدا) */
  toCome: boolean;
  /** the token of the first مقابل ("in exchange for") after the trigger in its sentence, or -1 */
  exchangeAfter: number;
  /** a word listing the items of a package stands shortly before the trigger in its clause (عقوبات شملت تجميد أصول) */
  packageBefore: boolean;
  /** actor1_text is the first side of a بين pair as written (اشتباكات بين مسلحين قبليين و…), not a verb's own subject */
  pairSide: boolean;
  /** the trigger is told as another of its kind (سيارة مفخخة ثانية، هجوم آخر، غارة أخرى، جولة جديدة): no restatement of one told before */
  another: boolean;
  /** the trigger is followed by "new" (غارات جديدة، بتعزيزات جديدة): in a later sentence, no restatement of one told before */
  renewed: boolean;
  /** its sentence opens on another place (وفي الرباط، نظم العشرات وقفة): no restatement of an act told in an earlier sentence */
  elsewhere: boolean;
  /** joined to what comes before by و / ف, on the trigger (وقصفت) or on a complementizer right before it (وأن الطائرات قصفت) */
  joined: boolean;
  /** a comma stands right before the trigger (…، داعيا الأطراف إلى التهدئة) */
  afterComma: boolean;
  /** a noun naming the act another came after (سيطر المسلحون على المدينة بعد معارك عنيفة) */
  cameBefore: boolean;
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
  scan: () => SubjectScan,
  all: Mention[] = mentions,
): Draft[] {
  const drafts: Draft[] = [];
  let scope: Scope | null = null;
  const sentDates = datesOf(doc, ctx, sent);
  const elsewhere = opensElsewhere(doc, sent);
  const present = isPresent(cues.modality, sent.tokStart, sent.tokEnd);
  const contrastCues = (cues.modality.get('break') ?? []).filter((c) => contrasts(doc, c));
  const butCues = (cues.modality.get('break') ?? []).filter((c) => contrasts(doc, c) || BUT.test(doc.tokens[c.tokStart].text));
  // verbs whose written subject does the act their object names: light verbs (شن الطيران غارات) and verbs of going out or
  // entering (خرج آلاف المواطنين في مسيرات سلمية), in text order
  const lightCues = [...(cues.modality.get('light-verb') ?? []), ...(cues.modality.get('joined-in') ?? [])].sort((a, b) => a.tokStart - b.tokStart);
  // where the last verb joined after a comma starts its clause (ونفت …، واتهمت …)
  let joinedFrom = -1;
  // the last act counted back from the sentence's day (غداة إعلان السيسي عزل الرئيس), which a noun joined to it by و shares
  let counted: { t: Trigger; back: number } | null = null;
  for (let k = 0; k < own.length; k++) {
    const t = own[k];
    const clause = clauseStart(cues.modality, sent.tokStart, t.tokStart);
    if (scope && clause > scope.from) scope = null;
    // (a negation does not reach over a comma: دخلت الفصائل دمشق دون مقاومة تذكر، بعد انسحاب قوات النظام)
    // (… nor a yielding, cooperation or withdrawal refused right before it: رفض التنحي، برفض التعاون مع المفتشين)
    // (… and a word of halting does not stop a verb across a comma: دعا إلى التهدئة، واتهم الحكومة بالتقاعس)
    const halting = t.def.pos === 'n' ? clause : Math.max(clause, commaBefore(doc, t, sent));
    if (isNegated(cues.modality, t, commaBefore(doc, t, sent)) || isCancelled(cues.modality, t, halting) || isRefused(cues.modality, t)) continue;
    // … طالبت X، …، ولوحت باستخدام القوة: a coordinated stance verb is a new act, not the demand's content
    // … and so is a participle after a comma (دعا الطرفين إلى وقف القتال، مهددا باستخدام القوة)
    const stance = SPEECH_ACTS.has(t.eventType) || SWALLOWING.has(t.eventType);
    // a comma right before the trigger (…، داعيا الأطراف إلى التهدئة), read by several rules below
    const commaRightBefore = t.tokStart > 0 && commaAt(doc, t.tokStart);
    // … and so is a stance told of the call (طالبت المنظمة بتحقيق دولي، وهو ما رفضته الحكومة)
    // … and so is an accusation told in a relative clause with a subject of its own (طالب واشنطن بتسليم غولن، الذي تتهمه
    // أنقرة بتدبير المحاولة)
    const newAct = (t.def.pos === 'v' && (/^[وف]/.test(t.clitic) || toldOf(doc, t)
      || (t.eventType === 'ACCUSE' && RELATIVE.has(doc.tokens[t.tokStart - 1]?.text ?? ''))))
      || (t.def.pos === 'p' && commaRightBefore);
    if (scope?.kind === 'swallow' && stance && newAct) scope = null;
    // دعا المبعوث الطرفين إلى وقف القتال، داعيا إياهما إلى الحوار: the call's own word told again as a participle goes on
    // with the same call, one act
    if (t.def.pos === 'p' && commaRightBefore && own.slice(0, k).some((o) => o.def.pos === 'v' && o.eventType === t.eventType
      && sameCallWord(o, t))) continue;
    // … and a stance told after what a protest denounces is not its allegation (منددين بالإرهاب ومطالبين بتشديد الإجراءات،
    // لافتات تندد بالهجوم، مطالبين الحكومة بحل الميليشيات)
    if (scope?.kind === 'accuse' && scope.denounced && stance && (newAct || (t.def.pos === 'p' && /^[وف]/u.test(t.clitic)))) scope = null;
    // … and so is a past-tense verb after a comma, the next clause's own (انقضت المهلة التي حددتها الفصائل لسحب قواتها،
    // أطلقت الفصائل رشقات صاروخية): what a demand or threat holds is a noun or a verb of the future
    if (scope?.kind === 'swallow' && t.def.pos === 'v' && pastTense(t) && commaRightBefore) scope = null;
    // … and so is a noun after a light verb joined by و after a comma (دعت مصر الطرفين إلى ضبط النفس، وأجرى الرئيس اتصالا
    // هاتفيا بأولمرت): the light verb opens a clause of its own
    if (scope?.kind === 'swallow' && t.def.pos === 'n') {
      const light = lastCueBetween(lightCues, Math.max(scope.from, t.tokStart - LIGHT_REACH), t.tokStart);
      if (light && commaAt(doc, light.tokStart) && /^[وف]/u.test(doc.tokens[light.tokStart].text)) scope = null;
    }
    // … and so is a verb of a joined pluperfect clause (توعد بالرد على أي عدوان، وكانوا قد رفضوا استقبال الوفد)
    if (scope?.kind === 'swallow' && t.def.pos === 'v' && joinedPluperfect(doc, t)) scope = null;
    // دعت القوى الوطنية إلى إضراب شامل اليوم السبت: the called strike or march is a planned protest of the caller
    const called = scope?.kind === 'swallow' && !!scope.call && t.eventType === 'PROTEST' && t.def.pos === 'n';
    // دعت الجامعة العربية إلى اجتماع طارئ لوزراء الخارجية السبت المقبل: a called meeting given its day is a planned meeting
    // (with no day it stays what was asked for: طالب بعقد جلسة طارئة لمجلس الأمن)
    const calledMeeting = scope?.kind === 'swallow' && !!scope.call && t.eventType === 'CONSULT' && t.def.pos === 'n'
      && sentDates.some((d) => d.start >= t.end && d.start - t.end < MEETING_DAY_REACH
        && !!d.date && !!ctx.publishedDate && d.date >= ctx.publishedDate);
    // أمهل القادة، في قمة طارئة عقدوها الأحد، العسكريين أسبوعا: the meeting where a demand or threat was made is an act of its own
    const venue = t.eventType === 'CONSULT' && t.def.pos === 'n' && VENUE.test(doc.tokens[t.tokStart - 1]?.text ?? '');
    // (… and so is the act a demand or threat came after, which it does not hold: وجاء الإنذار بعد اشتباكات دارت ليل الأربعاء)
    const cameAfter = scope?.kind === 'swallow' && afterAct(doc, t);
    // (… and so is an act told in the past tense in a relative clause, which a demand or threat does not hold: طالبوا
    // بالإفراج عن أطفال اعتقلتهم الأجهزة الأمنية قبل أسابيع، بالإفراج عن الشبان الذين اعتقلوا خلال اليومين الماضيين)
    const toldDone = scope?.kind === 'swallow' && t.def.pos === 'v' && pastTense(t)
      && (RELATIVE.has(doc.tokens[t.tokStart - 1]?.text ?? '') || /(?:هم|هن|ها)$/u.test(normalizeKey(t.text)));
    if (scope?.kind === 'swallow' && !called && !calledMeeting && !venue && !cameAfter && !toldDone) continue;
    // الإضراب العام الذي دعا إليه الاتحاد: a relative clause pointing back (إليه، لها، به) describes an act
    // already named; it reports no act of its own and holds no called act
    // (… but the agreement reached or signed is told by its clause: تنفيذا للاتفاق الذي توصلت إليه روسيا وتركيا مساء الثلاثاء)
    // (… but not a clause describing a place: وفي تل أبيض، التي سيطرت عليها القوات التركية الأحد الماضي)
    const pointsBackTo = t.def.pos === 'v' && RESUMPTIVE.test(doc.tokens[t.tokEnd]?.text ?? '');
    if (pointsBackTo && t.eventType !== 'AGREE' && RELATIVE.has(doc.tokens[t.tokStart - 1]?.text ?? '')
      && own.slice(0, k).some((o) => o.tokEnd >= t.tokStart - 1 - RELATIVE_REACH)) continue;
    // (… and so does a call pointing back to an indefinite protest named right before it, with no relative pronoun:
    // إضرابا مفتوحا عن العمل دعت إليه نقابة المعلمين; the annotators list the call 4 times in 24)
    if (pointsBackTo && t.eventType === 'REQUEST' && own.slice(0, k).some((o) => o.eventType === 'PROTEST' && o.def.pos === 'n'
      && o.tokEnd <= t.tokStart && o.tokEnd >= t.tokStart - RELATIVE_REACH)) continue;
    // رفعت السلطات حظر التجول الذي فرضته مساء الخميس: a measure's imposing, told in a relative clause, is an act of its own
    // where the sentence tells it lifted (the annotators list it 12 times in 15 over the read sets), and only a description
    // of the measure elsewhere (في ظل حظر التجول الذي فرضته الحكومة: listed 0 times in 11)
    if (t.eventType === 'COERCE' && t.def.pos === 'v' && IMPOSED_IT.test(normalizeKey(t.text))
      && !own.slice(0, k).some((o) => o.eventType === 'RETREAT' && o.mode === 'ease')) continue;
    // ارتفعت حصيلة ضحايا الزلزال إلى 2122 قتيلا: the dead of a quake, storm or flood are no attack
    if (t.def.weak && t.eventType === 'ASSAULT' && (cues.modality.get('disaster')?.length ?? 0) > 0) continue;
    // محاولة اغتيال بطائرة مسيرة مفخخة استهدفت منزله: an attack verb right after an indefinite attack noun describes it
    if (describesAttack(doc, own.slice(0, k), t)) continue;
    // فضت قوات الأمن الاعتصام مستخدمة الغاز المسيل للدموع والرصاص المطاطي: the weapons another act used are its means
    if (t.eventType === 'ASSAULT' && t.def.pos === 'n' && k > 0 && cueShortlyBefore(doc, cues.modality.get('means'), t)) continue;
    // بموجب الاتفاق، خرق الهدنة: a definite agreement noun refers to one made before, unless a relative clause
    // or its coming into force tells it here (الاتفاق الذي توصلت إليه، الاتفاق الموقع، دخلت الهدنة حيز التنفيذ)
    if (t.eventType === 'AGREE' && t.def.pos === 'n' && definiteNoun(t) && !toldHere(doc, t)) continue;
    // شعارات تطالب برحيل النظام، الاحتجاجات المطالبة بفرص العمل: what slogans or protests demand describes them, no call of its own
    // (… and what they demand is no act told: هتافات تطالب بسحب مشروع القانون)
    if (t.eventType === 'REQUEST' && SLOGANS.test(doc.tokens[t.tokStart - 1]?.text ?? '')) {
      if (CHANTS.test(doc.tokens[t.tokStart - 1].text)) scope = { kind: 'swallow', accuser: null, call: false, callerText: null, from: clause };
      continue;
    }
    // خرج الآلاف في تظاهرات منددة بالغارات، مسيرات تندد بالإرهاب: what a protest denounces describes it (the annotators
    // never list it over the dev sets)
    // (… though what it denounces stays alleged, not told: منددين بوفاة الشابة بعد احتجازها)
    const denounces = t.eventType === 'ACCUSE' && DENOUNCING.test(normalizeKey(t.text)) && own.some((o) => o.eventType === 'PROTEST' && o.tokStart < t.tokStart);
    // فضت قوات الأمن الاعتصام، ساحة الاعتصام، خيام المعتصمين: a gathering named as what was dispersed, or as a place, is
    // no protest told here (the annotators list it 3 times in 31 after a dispersal)
    if (t.eventType === 'PROTEST' && t.def.pos === 'n' && gatheringNamed(doc, t)) continue;
    // إمكانية الوساطة، التوجه إلى المفاوضات، لجنة المفاوضات، المعارك تتوقف: no event is reported
    if (isGeneric(cues.modality, t, doc.tokens) || isHalted(cues.modality, t)) continue;
    // اعتقلته للتحقيق معه، شكلت لجنة للتحقيق في الانتهاكات: an investigation named as a purpose is no act told (the annotators
    // list it 0 times in 7 over the dev sets)
    if (t.eventType === 'ACCUSE' && t.def.pos === 'n' && t.mode === 'investigate' && purposeForm(t)) continue;
    // لدعم أذربيجان، للوساطة بين …: a purpose, unless an intention governs it (تستعد لإرسال)
    // … تظاهروا للمطالبة بـ …: what protesters demand is a demand of its own
    const protestDemand = t.eventType === 'REQUEST' && own.some((o) => o.eventType === 'PROTEST');
    // (an agreement carried out, تنفيذا لاتفاق توصل إليه …, is told by its relative clause: see toldHere)
    // (… but not a call answered: استجابة لدعوة حملة «تمرد»، تلبية لدعوة لجنة المتابعة, a call made before)
    if (!protestDemand && t.def.pos === 'n' && PURPOSE.has(t.eventType) && purposeForm(t)
      && !(t.eventType === 'AGREE' && toldHere(doc, t)) && !answered(doc, t)) {
      if (!cues.modality.get('future')?.some((c) => c.tokEnd === t.tokStart)) continue;
    }
    // نقل هجماتها إلى محور آخر: "its attacks" names no new attack; one with a place or count is kept
    // … unless a verb of going on governs it (وجددت الطائرات غاراتها، واصلت المقاتلات غاراتها): new attacks
    if (t.eventType === 'ASSAULT' && t.def.pos === 'n' && POSSESSIVE.test(t.text.split(/\s/u)[0]) && !goesOn(doc, t, clause)
      && !anchoredAttack(doc, t, places, sent)) continue;
    // متهمة الدوحة بدعم الإرهاب: the backing an accusation alleges is its content, not an act told here (a material
    // transfer alleged, بنقل مسلحين, stays a claimed act);
    // بدعم إماراتي: a manner phrase, like بوساطة قطرية
    // (… also when joined to another alleged act, ودعم حركة الماك، مواصلة دعم وتمويل التنظيمات)
    if (t.eventType === 'SUPPORT' && t.def.pos === 'n') {
      const bi = /ب$/u.test(t.clitic);
      const next = doc.tokens[t.tokEnd]?.text ?? '';
      const allegedBacking = scope?.kind === 'accuse' && (bi || BACKING.test(normalizeKey(t.text)));
      const manner = bi && /^(?:ال)?\S+(?:ي|يه)$/u.test(next) && !/^ال/u.test(next);
      if (allegedBacking || manner) continue;
    }
    // بوساطة قطرية، برعاية روسية: a manner phrase, not an act of its own; بالتنسيق مع X names a partner
    // (… not an act welcomed or accused: رحبت باستئناف العلاقات الدبلوماسية)
    if (t.eventType === 'COOPERATE' && /ب$/.test(t.clitic) && !/ مع$/u.test(normalizeKey(t.text)) && MANNER.test(normalizeKey(t.text))) continue;
    const end = clauseEnd(cues.modality, t, sent);
    // شن الحرس الثوري فجر اليوم هجوما صاروخيا: a light verb whose object names the act is that act, told once by its noun,
    // whatever its kind (شنت القوات حملة دهم واعتقالات is no attack)
    const lightVerb = cues.modality.get('light-verb')?.some((c) => c.tokStart === t.tokStart && c.tokEnd === t.tokEnd);
    if (lightVerb && own.some((o) => o.def.pos === 'n' && o.tokStart >= t.tokEnd && o.tokStart - t.tokEnd <= LIGHT_REACH && o.tokEnd <= end)) continue;
    // the counterpart stands before the next act of another type (… حتى انسحاب القوات)
    const nextAct = own.slice(k + 1).find((o) => o.eventType !== t.eventType);
    const stop = nextAct ? Math.min(end, Math.max(t.tokEnd, nextAct.tokStart)) : end;
    // "ونفت …", "وحذر …": a conjoined speech act is a new main clause, not part of an earlier report
    const fresh = SPEECH_ACTS.has(t.eventType) && t.def.pos === 'v' && /^[وف]/.test(t.clitic);
    const att = fresh
      ? { claimer: null, reported: false, clauseStart: clause, resumptive: false, cue: null, source: false }
      : attribute(doc, cues.claims, cues.modality.get('break'), t, mentions, clause, sent);
    // ونفت قوات الدعم السريع استهداف المدنيين، واتهمت الجيش …؛ رفضت الجبهة المقترح، ودعت إلى …: a verb joined after a comma
    // is an act of its own, outside what is denied or proposed before the comma
    // (… and so are the acts that verb names: واتهمت الجيش بقصف الأحياء is claimed, not denied)
    // (… and so is a participle after a comma: نفى المصدر استهداف المدنيين، متهما المسلحين …)
    const participleAfterComma = t.def.pos === 'p' && t.tokStart > sent.tokStart && commaAt(doc, t.tokStart);
    const afterComma = (t.def.pos === 'v' && /^[وف]/u.test(t.clitic)) || participleAfterComma ? commaBefore(doc, t, sent) : sent.tokStart;
    if (afterComma > sent.tokStart) joinedFrom = afterComma;
    const ownClause = Math.max(clause, joinedFrom);
    const denial = denialOf(cues.modality, t, ownClause);
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
    // تظاهر مئات الطلاب أمس احتجاجا على غارات شنتها القوات الأمريكية، وطالبوا بانسحابها: a verb joined after a comma with no
    // subject of its own after it goes on with the subject of the sentence's first verb, not with a name before the comma
    let omitted: Draft | undefined;
    // (the first verb of the sentence's own clause, not one inside a report: وقال التجمع إن السلطات اعتقلت …، ودعا إلى …;
    // and not when the name before the comma is that verb's subject: اقتحمت قوة من جيش الاحتلال …، واعتقلت)
    const firstDoer = (): Draft | undefined => {
      const first = drafts.find((d) => d.trigger.sentence === t.sentence && d.trigger.def.pos === 'v' && d.trigger.tokStart >= clause);
      const reportedFirst = !!first && complementizerBetween(doc, sent.tokStart, first.trigger.tokStart);
      const ownName = !!first && !!p.actor1 && p.actor1.tokStart - first.trigger.tokEnd <= OMITTED_NEAR;
      return first && !reportedFirst && !ownName && (!!first.participants.actor1 || !!first.record.actor1Text) ? first : undefined;
    };
    if (afterComma > sent.tokStart && ((p.actor1 && p.actor1.tokEnd <= afterComma) || (participleAfterComma && !p.actor1)) && !att.reported && !denial) {
      omitted = firstDoer();
      if (omitted && omitted.participants.actor1 !== p.actor1) p = { actor1: omitted.participants.actor1, actor2: p.actor2 };
      else omitted = undefined;
    }
    // رحبت الإمارات بإعلان الهدنة، أعلن رفضه الاتفاق، حملت X مسؤولية القصف: an act named as the object
    // of a stance is referred to; the stance's subject did not do it, and the stance's day is not its day
    const referred = referredBy(own, k, clause);
    if (referred) {
      p = { actor1: p.actor1 && p.actor1.tokStart >= t.tokEnd ? p.actor1 : null, actor2: p.actor2 && p.actor2.tokStart >= t.tokEnd ? p.actor2 : null };
    }
    const irr = irrealis(cues.modality, t, ownClause);
    const proposal = proposalCue(cues.modality, t, clause, irr);
    // whoever rejects or makes the proposal is neither its doer nor its place
    const proposer = proposal && p.actor1 && p.actor1.tokEnd <= proposal.tokStart ? p.actor1 : null;
    if (proposer) p = { actor1: null, actor2: p.actor2 };
    let dualPair = false;
    p = addressee(doc, t, p, pool, end);
    if (t.def.pos === 'n' && p.actor1 && p.actor1.tokEnd <= t.tokStart) {
      // أعرب الجانب الروسي عن قلقه إزاء تجدد القتال: the worried side is no party to the fighting
      const worry = lastCueBetween(cues.modality.get('concern'), Math.max(p.actor1.tokEnd, t.tokStart - CONCERN_REACH), t.tokStart);
      if (worry) p = { actor1: null, actor2: p.actor2 };
    }
    // a denied act, or one referred to, takes no doer from elsewhere in the text
    const ownDoerOnly = !!denial || !!referred;
    // a verb's own subject that is no known actor (فرقت قوات الأمن المتظاهرين): its words, and no borrowed doer
    // … and so is the written subject of a light verb whose object names the act (شن الطيران الحربي غارات)
    // (… also the verb that opens the clause as its break: وأعلنت السلطات اعتقال خمسة أشخاص; and a verb of going out or
    // entering, lightCues above)
    // (… and of a bare past verb form right after a light verb and its subject, which is its verbal noun: أعلنت البحرين قطع
    // علاقاتها الدبلوماسية، أعلن الجيش قتل خمسة مسلحين)
    const nearLight = lastCueBetween(lightCues, Math.max(clause, t.tokStart - LIGHT_REACH), t.tokStart);
    const masdar = t.def.pos === 'v' && !t.clitic && !!nearLight && !own.some((o) => o !== t && o.tokStart >= nearLight.tokEnd && o.tokEnd <= t.tokStart)
      && !complementizerBetween(doc, nearLight.tokEnd, t.tokStart);
    // (a known actor after such a verbal noun is its object: قطع علاقاتها مع إيران)
    if (masdar && p.actor1 && p.actor1.start > t.end) p = { actor1: null, actor2: p.actor2 ?? p.actor1 };
    const light = !p.actor1 && !referred && !proposer && (t.def.pos === 'n' || masdar)
      ? nearLight ?? lightCues.find((c) => c.tokEnd === clause && c.tokEnd > sent.tokStart && t.tokStart - c.tokEnd <= LIGHT_REACH) : undefined;
    // … not a speech verb's clause (أعلنت أن المعارك …)
    const clauseBetween = !!light && complementizerBetween(doc, light.tokEnd, t.tokStart);
    const lightSubject = light && !clauseBetween ? verbSubject(scan(), doc.ostart[light.tokStart], doc.oend[light.tokEnd - 1], doc.ostart[clause], sent.end, false) : null;
    // (… a known actor named in it is the doer itself: وأعلنت الحكومة الأرمينية عن استدعاء الاحتياط)
    const lightActor = lightSubject && lightSubject.end <= t.start ? knownIn(all, lightSubject) : undefined;
    if (lightActor) p = { actor1: lightActor, actor2: p.actor2 === lightActor ? null : p.actor2 };
    let written = !p.actor1 && !omitted && !referred && !proposer && t.def.pos === 'v' && !t.def.weak && !masdar
      ? verbSubject(scan(), t.start, t.end, doc.ostart[clause], sent.end, PATIENT_FIRST.has(t.eventType))
      : !lightActor && lightSubject && lightSubject.end <= t.start ? lightSubject : null;
    // وردّت المدفعية التركية بقصف مواقع النظام: the words between a verb of answering and the attack it answers with are
    // the attack's doer, not a name before the verb
    const answer = answeredBy(doc, t);
    if (answer >= 0 && answer + 1 < t.tokStart) {
      const named = all.find((m) => !m.locational && m.tokStart > answer && m.tokEnd <= t.tokStart);
      omitted = undefined;
      if (named) p = { actor1: named, actor2: p.actor2 === named ? null : p.actor2 };
      else {
        p = { actor1: null, actor2: p.actor2 };
        // (… up to a day or a word of time: وردّت الفصائل بعد ساعات بقصف، ردت المقاتلات اليوم بغارات)
        let last = answer + 1;
        while (last < t.tokStart && !ANSWER_STOP.test(doc.tokens[last].text) && !sentDates.some((d) => d.start < doc.oend[last] && doc.ostart[last] < d.end)) last++;
        if (last > answer + 1) {
          const [from, to] = [doc.ostart[answer + 1], doc.oend[last - 1]];
          written = { start: from, end: to, text: doc.body.slice(from, to) };
        }
      }
    }
    // ونفت الجماعة أي صلة لها بالتفجير، ودانته في بيان: a verb joined after a comma with no subject written goes on with the
    // doer of the sentence's first verb, named or only written
    if (!p.actor1 && !written && !omitted && !referred && !denial && !att.reported && t.def.pos === 'v' && /^[وف]/u.test(t.clitic)
      && afterComma > sent.tokStart) {
      omitted = firstDoer();
      if (omitted?.participants.actor1) p = { actor1: omitted.participants.actor1, actor2: p.actor2 === omitted.participants.actor1 ? null : p.actor2 };
    }
    // غارات شنتها القوات الأجنبية، الهجوم الذي نفذه مسلحون: a noun's relative clause names its doer after its verb
    if (!p.actor1 && !written && !referred && !proposer && !denial && t.def.pos === 'n') {
      for (let j = t.tokStart + 1; j < Math.min(sent.tokEnd, t.tokEnd + 2); j++) {
        if (!DONE_BY.test(doc.tokens[j].text)) continue;
        written = subjectAfter(scan(), doc.oend[j], sent.end);
        break;
      }
    }
    // قال زعيم التيار مقتدى الصدر إن «…»، داعيا الفصائل إلى …: a participle with no doer of its own goes on with the speaker
    // … and so does a verb right after a complementizer carrying the speaker's pronoun (وقالت مديرية الأمن في بيان إنها ألقت
    // القبض على 52 شخصا، أنها قد), when no known claimer stands there
    if (!p.actor1 && !written && !omitted && !referred && !denial
      && (t.def.pos === 'p' || (t.def.pos === 'v' && !att.claimer && selfReported(doc, t)))) {
      const speaker = speakerBefore(scan(), sent.start, t.start, sent.end);
      const known = speaker ? knownIn(all, speaker) : undefined;
      if (known) p = { actor1: known, actor2: p.actor2 === known ? null : p.actor2 };
      else written = speaker;
    }
    // اشتباكات عنيفة بين قوات الحرس الجمهوري ومسلحين من القبائل: with no side a known actor, the first side as written
    let pairSide = false;
    if (!p.actor1 && !written && !referred && !proposer && !denial && t.def.pos === 'n' && (t.eventType === 'ASSAULT' || t.eventType === 'CONSULT')) {
      // (… before any other act: وجاء الهجوم بعد يومين من مواجهات بين قوات الأمن ومحتجين names the clashes' sides)
      const nextOwn = own.slice(k + 1).find((o) => o.tokStart >= t.tokEnd)?.tokStart ?? end;
      written = betweenText(doc, t, Math.min(nextOwn, t.eventType === 'ASSAULT' ? end : Math.min(end, t.tokEnd + 3)));
      pairSide = !!written;
    }
    // واتهمت المعارضة اللبنانية السلطات السورية بـ…: a known actor after the verb's own written subject is its object
    // (not كل من إسبانيا وقطر: a quantifier before the list is no subject of its own)
    if (p.actor1 && !referred && !proposer && t.def.pos === 'v' && !t.def.weak && !masdar && p.actor1.start > t.end) {
      const subject = verbSubject(scan(), t.start, t.end, doc.ostart[clause], sent.end, PATIENT_FIRST.has(t.eventType));
      // (a person right after a title goes on with it: بحث الرئيس بوتين، دعا الرؤساء الروسي فلاديمير بوتين والأمريكي …)
      const goesOn = p.actor1.person && !/[^\s،,]/u.test(doc.body.slice(subject?.end ?? 0, p.actor1.start));
      if (subject && !goesOn && subject.end <= p.actor1.start && (subject.end <= t.start || subject.start >= t.end)
        && !grammar().quantifier.has(normalizeKey(subject.text)) && !all.some((m) => m.start < subject.end && subject.start < m.end)) {
        p = { actor1: null, actor2: p.actor2 ?? p.actor1 };
        written = subject;
      }
    }
    if (!p.actor1 && !ownDoerOnly && !written) {
      // البلدان يتبادلان الاتهامات: the two sides last named together
      const dual = cues.modality.get('dual')?.find((c) => c.tokStart >= clause && c.tokEnd <= t.tokStart && t.tokStart - c.tokEnd <= DUAL_REACH);
      const relative = dual && relativeBetween(doc, clause, dual.tokStart);
      const pair = dual && !relative ? lastPair(all, sent.tokStart) : null;
      if (pair) {
        p = pair;
        dualPair = true;
      }
    }
    // نرى، ندعو، نرفض: first-person verbs in reported words are the speaker's own acts
    const firstPerson = t.def.pos === 'v' && FIRST_PERSON.test(normalizeKey(t.text));
    if (!ownDoerOnly && att.claimer && (firstPerson || (!p.actor1 && !written))) {
      const speaks = att.resumptive || firstPerson || !att.reported || SPEECH_ACTS.has(t.eventType);
      if (speaks) p = { actor1: att.claimer, actor2: p.actor2 && p.actor2 !== att.claimer ? p.actor2 : null };
    }
    const last = drafts[drafts.length - 1];
    // قطع علاقاتها الدبلوماسية مع قطر وإغلاق المنافذ …: a verbal noun joined by و to the act before it in its clause shares
    // that act's doer; the name before it is that act's object, not its doer
    if (t.def.pos === 'n' && /^و/u.test(t.clitic) && last && last.clause === clause && last.trigger.sentence === t.sentence
      && p.actor1 && last.participants.actor2 === p.actor1 && last.participants.actor1) {
      p = { actor1: last.participants.actor1, actor2: p.actor1 };
    }
    const sides = [...drafts].reverse().find((d) => d.dualPair);
    let sharedText: string | null = null;
    if (!p.actor1 && !ownDoerOnly && !written && !omitted) {
      if (sides) {
        // "the two sides" stay two: a dual verb (توصلا) is theirs together; what they accuse each other of has no one doer
        if (RECIPROCAL_ACTS.has(t.eventType)) {
          p = sides.participants;
          dualPair = true;
        }
      } else if (last && !proposal && (last.clause === clause || t.def.pos === 'v' || (att.cue && !att.reported))) {
        // coordinated acts, and a verb whose subject is a pronoun, share the last subject
        // (أقر علييف فرض حالة الحرب وحظر التجول، كما أعلن عن تعبئة جزئية؛ بعد أن كانت قد أرسلت …)
        const prev = last.participants;
        p = { actor1: prev.actor1, actor2: p.actor2 && p.actor2 !== prev.actor1 ? p.actor2 : null };
        // (… and the subject as written when it is no known actor: ورفضت قوى الحرية والتغيير الخطوة، ودعت إلى …)
        if (!prev.actor1) sharedText = last.record.actor1Text;
      }
    }
    let modality: Modality = 'asserted';
    let claimedBy: string | null = null;
    if (denial) modality = 'denied';
    else if (irr) modality = irr;
    // اتفق الوفدان على وقف إطلاق النار وانسحاب القوات وتبادل الأسرى: what an agreement told in the sentence provides for is
    // still to come (the annotators leave such acts undated, as planned)
    else if (provided(doc, cues.modality, own, k)) modality = 'future';
    if (called) {
      modality = 'future';
      p = { actor1: scope!.accuser ?? p.actor1, actor2: null };
    }
    // الهدنة التي توصلا إليها: a relative clause describes, it is not the accusation's content
    const described = relativeBetween(doc, Math.max(clause, t.tokStart - 2), t.tokStart);
    const alleged = scope?.kind === 'accuse' && !described ? scope : null;
    if (alleged) {
      // mutual accusations (البلدان يتبادلان الاتهامات) leave the claim to no one side
      const mutual = alleged.accuser && alleged.accused && alleged.mutual;
      claimedBy = mutual ? null : alleged.accuser?.actorId ?? null;
      if (modality === 'asserted') modality = 'claimed';
    } else if (att.reported && att.claimer && !denial) {
      // a leader stating his state's own call or rejection (بوتين: موسكو تدعو …) asserts it
      const self = SPEECH_ACTS.has(t.eventType) && sameParty(p.actor1?.actorId ?? null, att.claimer.actorId);
      if (!self) {
        claimedBy = att.claimer.actorId;
        if (modality === 'asserted') modality = 'claimed';
      }
    }
    // الادعاءات المتعلقة بإرسال مقاتلين: an alleged event, not one the outlet asserts
    if (modality === 'asserted' && !SPEECH_ACTS.has(t.eventType) && lastCueBetween(cues.modality.get('allegation'), Math.max(clause, t.tokStart - ALLEGATION_REACH), t.tokStart)) {
      modality = 'claimed';
    }
    // ستستهدف قواتنا …، سنواصل قصف …: an attack its doer says it will make is a threat of force, made
    // on the day it is said (PLOVER 138); a planned operation named by a noun stays a future attack
    // (… or by a noun right after a future verb of going on: ستواصل استهداف، سنواصل قصف)
    const futureVerbBefore = t.tokStart > 0 && /^[وف]?س[تني]/u.test(doc.tokens[t.tokStart - 1].text) && cues.modality.get('future')?.some((c) => c.tokEnd === t.tokStart);
    const threat = t.eventType === 'ASSAULT' && modality === 'future' && (t.def.pos === 'v' || !!futureVerbBefore);
    if (threat) modality = 'asserted';
    const irrealisDate = modality === 'future' || modality === 'hypothetical';
    // a denied event is dated only by a date inside what is denied, not by the day of the denial
    // … and a date on the other side of فيما / في حين belongs to the act contrasted with this one
    // (a physical act told after the contrast shares the day told before it: اندلعت اشتباكات أمس، بينما شن الطيران غارات;
    // not when it is reported there, فيما أعلن الجيش رفع حالة التأهب, nor a day told after it: أوقفت …، فيما تجددت المواجهات أمس)
    const physical = PHYSICAL.has(t.eventType);
    const after = contrastCues.find((c) => c.tokStart >= t.tokEnd && c.tokStart < sent.tokEnd);
    // (… and for a stance, one told after لكن، غير أن، إلا أن: التقى الوزير أمس ممثلين عنهم، غير أن العمال رفضوا فك الاعتصام)
    const contrasted = lastCueBetween(TOLD_STANCES.has(t.eventType) ? butCues : contrastCues, sent.tokStart, t.tokStart);
    const before = physical && contrasted && !cues.claims.get('say')?.some((c) => c.tokStart >= contrasted.tokEnd && c.tokEnd <= t.tokStart)
      ? undefined : contrasted;
    const span = { start: before ? doc.oend[before.tokEnd - 1] : sent.start, end: after ? doc.ostart[after.tokStart] : sent.end };
    // ردا على اغتيال …، استجابة لدعوات …: the act behind this one happened before it, not on its day
    const cause = t.def.pos === 'n' && (!!cues.modality.get('cause')?.some((c) => c.tokEnd === t.tokStart
      || (c.tokStart === t.tokStart && c.tokEnd < t.tokEnd)) || spanned(doc, cues.modality, t, end));
    // (نفى أن تكون القوات قد قصفت أمس …: from the denied clause; نفت الوزارة، اليوم، الأنباء عن قصف …: a denied noun's day is
    // written after it, up to the next comma, the day before it being the denial's)
    const deniedAt = denial ? deniedFrom(doc, denial.tokEnd, t.tokStart) : -1;
    const dateSpan = denial ? { start: Math.max(span.start, deniedAt > denial.tokEnd ? doc.oend[deniedAt - 1] : t.start), end: Math.min(span.end, commaAfter(doc, t, sent)) }
      // (an act alleged by an accusation takes only a day written after the accusation: أمر، أمس، …، متهما الجبهة بمهاجمة قاعدة)
      : { start: referred || cause || (t.def.pos === 'v' && toldOf(doc, t)) ? Math.max(span.start, t.start)
        : alleged ? Math.max(span.start, doc.oend[alleged.from - 1]) : span.start, end: span.end };
    const pastVerb = pastTense(t);
    // قطع العلاقات ابتداء من اليوم، متهما …: a day an act takes effect from dates only that act, written after it before the next comma
    const toComma = commaAfter(doc, t, sent);
    // انتشرت وحدات من الجيش منذ مساء السبت، فيما اعتقلت قوات الأمن العشرات: a day an act runs since is no day of the
    // physical act told across the contrast
    const sharedFrom = physical && contrasted && !before ? doc.ostart[contrasted.tokStart] : -1;
    const dates = sentDates.filter((d) => (!d.effective || (d.start >= t.end && d.start <= toComma)) && !(d.since && d.end <= sharedFrom)
      // (a day a participle gives a noun, الموقع في 21 سبتمبر, is only that noun's)
      && !(d.attributive && d.precision === 'day' && !(t.def.pos === 'n' && d.start >= t.end && words(doc.body.slice(t.end, d.start)) <= ATTRIBUTIVE_REACH))
      && !inRelativeAfter(doc, t, d));
    // بعد يومين من هجوم …، بعد ثلاثة أيام من احتجاز …: so many days before the day of its sentence
    const ownBack = t.def.pos === 'n' || DAY_AFTER.test(doc.tokens[t.tokStart - 1]?.text ?? '')
      ? daysBefore(doc, t, CAME.test(doc.tokens[sent.tokStart]?.text ?? ''), dates) : null;
    // (… and so does a noun joined by و to the act counted back: غداة إعلان السيسي عزل الرئيس وتعطيل العمل بالدستور)
    const joinedBack: number | null = ownBack === null && counted && t.def.pos === 'n'
      // (… or by a light verbal noun before it: وفرضها حصارا بحريا)
      && (/^و/u.test(t.clitic) || (t.tokStart - 1 >= counted.t.tokEnd && /^و/u.test(doc.tokens[t.tokStart - 1].text)))
      && t.tokStart - counted.t.tokEnd <= JOINED_BACK_GAP
      && !commaWithin(doc, counted.t.tokEnd + 1, t.tokStart + 1) ? counted.back : null;
    const back: number | null = ownBack ?? joinedBack;
    if (back !== null) counted = { t, back };
    // … unless its own day is written after it, before the next comma (بعد يوم من إعادة فتح الحدود مساء الاثنين)
    // … and so is the day in a relative clause right after a noun (التفجيرات الثلاثة التي استهدفت ليل الاثنين …)
    // (… also when the clause's verb joined the noun's mention: الهجوم الذي شنه الكيان أمس)
    // (… and for an indefinite noun, the verb of its relative clause right after it: بموجب اتفاق توصلت إليه قسد مع دمشق مساء
    // الأحد، هجوم شنه مسلحون فجر السبت)
    const nextWord = doc.tokens[t.tokEnd]?.text ?? '';
    const relClause = t.def.pos === 'n' && (doc.tokens.slice(t.tokStart + 1, t.tokEnd + RELATIVE_REACH).some((w) => RELATIVE.has(w.text))
      || (!definiteNoun(t) && ((t.eventType === 'AGREE' && REACHED.test(nextWord)) || DONE_BY.test(nextWord))));
    // … and so is the day written after an act the reported one came after (بعد اشتباكات اندلعت ليل الأحد، إثر عرقلة … منذ 21 أكتوبر)
    // (the day written after it, before the next comma, is what several rules below read: worked out once, when asked)
    let toCommaDay: EventDate<SentenceDate> | undefined;
    const dayToComma = (): EventDate<SentenceDate> => (toCommaDay ??= eventDate(dates, { start: t.start, end: toComma }, t, false, ctx.publishedDate, pastVerb));
    const ownDay = back !== null || relClause || afterAct(doc, t) ? dayToComma() : null;
    // أكد المجلس، في بيان صدر اليوم، أن الدفاعات تصدت … مساء أمس: a day inside the reported clause is the act's, not the report's
    const that = reportedFrom(doc, sent.tokStart, t.tokStart);
    // (… not a verb told of the report, وهو ما نفاه مصدر أمني, which answers it on a day of its own)
    const clauseDay = that >= 0 && doc.oend[that] >= span.start && t.def.pos !== 'p' && !denial && !referred && !cause && !alleged
      && !(t.def.pos === 'v' && toldOf(doc, t))
      ? eventDate(dates, { start: doc.oend[that], end: Math.min(span.end, commaAfter(doc, t, sent)) }, t, false, ctx.publishedDate, pastVerb) : null;
    // واصلت القوات لليوم السادس على التوالي اجتياحها: an act going on day after day takes only a day written in its own
    // clause (تواصلت أمس، لليوم الثالث على التوالي، الاحتجاجات), never the publication day nor a day carried to it
    const running = isRunning(cues.modality, t, clause, end);
    const spanDay0 = eventDate(dates, dateSpan, t, false, ctx.publishedDate, pastVerb);
    // اعتصم أمس عشرات الأهالي، مطالبين بالإفراج عن أبنائهم الذين اعتقلوا الشهر الماضي: a participle's act goes with its
    // clause's verb and takes the day written before it; a day after it belongs to what it names
    // (… after a reported clause, only a day written before it: وقالت الغرفة إن قذيفة سقطت على السوق أمس، متهمة الدعم السريع
    // …: the day is the shell's, not the accusation's; the annotators leave such participles undated 33 times in 35 over the
    // read sets when the day stands inside the clause)
    // (… not after a conjunction of time: بعد أن قطعت السعودية علاقاتها مع قطر صباح الاثنين، متهمة إياها)
    const reportedBefore = t.def.pos === 'p' && that >= 0 && doc.ostart[that] >= dateSpan.start
      && !TIME_CONJUNCTION.test(doc.tokens[that - 1]?.text ?? '');
    const withVerb = t.def.pos === 'p'
      ? eventDate(dates, { start: dateSpan.start, end: reportedBefore ? doc.ostart[that] : t.start }, t, false, ctx.publishedDate, pastVerb) : null;
    const spanDay = reportedBefore ? withVerb! : withVerb?.date && withVerb.precision === 'day' ? withVerb : spanDay0;
    // وفاة الشابة بعد توقيفها، توفي أثناء احتجازه: a detention of someone named before, told as what came before another
    // act, takes only a day written after it (the annotators leave it undated 8 times in 8 over the dev sets)
    const detainedBefore = t.eventType === 'COERCE' && t.def.pos === 'n' && PRONOUN_END.test(t.text)
      && DETAINED_BEFORE.test(doc.tokens[t.tokStart - 1]?.text ?? '');
    // (… an accusation, warning or rejection inside a report takes only a day written right after it, before the next comma:
    // التفجير الذي تحمّل أنقرة الحزب مسؤوليته، وحذر الناطق من أن …; the report's day was right 0 times in 10 over the read sets)
    const unreported = !!clauseDay?.date && UNREPORTED_DAY.has(t.eventType);
    // تقرير لرئيس المفتشين اتهم فيه العراق بعدم التعاون، تصريحات تلفزيونية اتهم فيها …: an accusation a relative clause tells of
    // a report or statement named before it takes only a day written after it (the annotators leave it undated 12 times in 17)
    const toldIn = t.eventType === 'ACCUSE' && t.def.pos === 'v' && DURING_IT.test(doc.tokens[t.tokEnd]?.text ?? '');
    // رئيس الوزراء، الذي اتهم قوات الجبهة بمهاجمة قاعدة، السلطات التي حمّلت القوات الأمريكية المسؤولية: an accusation, warning
    // or rejection told in a relative clause describes who holds it; the day of the main clause is not its day (the annotators
    // leave it undated 23 times in 24 over the read sets), only a day written right after it
    const relativeStance = UNREPORTED_DAY.has(t.eventType) && t.def.pos === 'v' && afterRelative(doc, t, sent.tokStart);
    const stated = irrealisDate ? null
      : unreported || detainedBefore || toldIn || relativeStance ? dayToComma()
      : running ? eventDate(dates, { start: dateSpan.start, end: Math.min(dateSpan.end, doc.oend[end - 1]) }, t, false, ctx.publishedDate, pastVerb)
      : ownDay?.date ? ownDay
      : clauseDay?.date && back === null ? clauseDay
        : back !== null ? shiftDays(eventDate(dates, { start: span.start, end: t.start }, t, false, ctx.publishedDate, pastVerb), -back)
          : spanDay;
    // the publication day only for an act a word of going on now qualifies (الاشتباكات الجارية، المعارك تدور الآن), not for
    // every act of a sentence that has one (دعا المحافظ إلى التهدئة، فيما رفض الحزب المشاركة في المشاورات الجارية)
    const presentHere = present && isPresent(cues.modality, Math.max(clause, t.tokStart - PRESENT_REACH), Math.min(end, t.tokEnd + PRESENT_REACH));
    const presentDated = !!stated && stated.date === null && presentHere && !!ctx.publishedDate && !running;
    // وفرضت الحكومة اليوم حظرا للتجوال في العاصمة …، وحث المرجع الديني المؤمنين على ضبط النفس: a statement with its own
    // subject after its verb, told across a comma far after the day of another act, is not told on that day
    const spoken = (stated?.date && stated === spanDay && farAcross(doc, stated.from, t)
      && SPEECH_ACTS.has(t.eventType) && t.def.pos === 'v' && ownSubjectAfter(t, p, written))
      // اتهم الائتلاف قوات النظام بشن هجوم بالأسلحة الكيماوية على بلدات الغوطة فجر أمس: a day written far after a stance is the
      // day of the act it names (over the read sets the annotators leave such a stance undated 38 times in 53)
      || (!!stated?.date && stated === spanDay && FAR_AFTER_STANCES.has(t.eventType) && farAfter(doc, stated.from, t)
        // (… when that act stands between: not the stance's own venue, أدانت في بيان مشترك أمس الهجوم، طالبت في ختام قمة عقدتها أمس)
        && own.some((o) => o !== t && o.start >= t.end && o.end <= stated.from!.start
          && !(o.eventType === 'CONSULT' && VENUE.test(doc.tokens[o.tokStart - 1]?.text ?? ''))));
    // وأكد أن الأجهزة الأمنية تتبادل المعلومات مع نظيرتها، تنسق مع: cooperation told in the present goes on, no day of its own
    // (… unless a day is written right by it: تبدأ القوات اليوم تسيير دوريات مشتركة)
    const ongoing = t.eventType === 'COOPERATE' && t.def.pos === 'v' && !pastTense(t) && !t.future && !ownDay?.date
      && !!stated?.from && words(gapText(doc, stated.from, t)) > ONGOING_NEAR;
    // سيطرت على المدينة بعد معارك استمرت ثلاثة أسابيع: an act told as lasting days has no single day (… unless its own day
    // is written after it)
    const lastedDays = !ownDay?.date && lasted(doc, cues.modality, t, end);
    // خرج المقاتلون أمس بموجب اتفاق رعته الأمم المتحدة، تنفيذا لاتفاق أبرم برعاية روسية: an accord another act carries out
    // was made before it, and takes only a day written with it (… توصلت إليه روسيا وتركيا مساء الثلاثاء)
    const underAccord = t.eventType === 'AGREE' && t.def.pos === 'n' && UNDER_ACCORD.test(doc.tokens[t.tokStart - 1]?.text ?? '');
    // انتهت اليوم السبت المهلة التي حددتها القيادة، مع انتهاء مهلة الأسبوع: a deadline told as running out was set before;
    // the day it ends is not the day of the threat (the annotators leave it undated 10 times in 12 over the read sets)
    const deadlineEnded = t.eventType === 'THREATEN' && t.def.pos === 'n' && DEADLINE.test(normalizeKey(t.text))
      && doc.tokens.slice(Math.max(clause, t.tokStart - DEADLINE_END_REACH), t.tokStart).some((w) => DEADLINE_END.test(w.text))
      // (… unless the day it was set is written after it: بعد انتهاء المهلة التي حددها الرئيس مساء الاثنين الماضي)
      && !dayToComma().date;
    // فرضت السلطات حظر التجول، بعد مواجهات اندلعت السبت: the sentence's day, written after the act it came after, is that
    // act's; a measure, a statement or a move told before it takes no day from it (the annotators leave it undated 27 times
    // in 31 over the read sets after a comma, and 12 in 12 for all but a protest without one); an attack came after another
    // on its day as often as not, and keeps it
    const cameAfterDay = !!stated?.from && stated === spanDay && t.eventType !== 'ASSAULT' && stated.from.start >= t.end
      && dayAfterAct(doc, t, stated.from, t.eventType !== 'PROTEST');
    // a called protest takes the day stated after it (إلى إضراب عام يوم الأحد المقبل), past or to come
    // (… or a day between the call and the protest that is not past: دعا أنصاره إلى الخروج اليوم الجمعة في مسيرات)
    const calledAfter = called ? eventDate(dates, { start: t.start, end: span.end }, t, false, null) : null;
    const calledBefore = called && !calledAfter?.date && scope?.callEnd !== undefined
      ? eventDate(dates, { start: scope.callEnd, end: t.start }, t, false, null) : null;
    const calledDate = calledBefore?.date && ctx.publishedDate && calledBefore.date >= ctx.publishedDate ? calledBefore : calledAfter;
    // ستواصل اعتصامها يوم الجمعة المقبل: a planned act takes a day still to come written after it, before the next comma
    const plannedDay = modality === 'future' && ctx.publishedDate
      ? eventDate(dates, { start: t.start, end: commaAfter(doc, t, sent) }, t, false, null) : null;
    const planned = plannedDay?.date && plannedDay.precision === 'day' && ctx.publishedDate && plannedDay.date > ctx.publishedDate ? plannedDay : null;
    // اعتقلت السلطات منذ السبت أكثر من مئة ناشط: arrests counted since a day written after the verb ran over the days
    // after it (the annotators leave them undated 6 times in 6 over the dev sets)
    // (… also when the day dates what they are counted since: أوقفت أكثر من ألف شخص منذ بداية الاحتجاجات التي اندلعت الأربعاء)
    const arrestsSince = t.def.pos === 'v' && t.eventType === 'COERCE' && ARREST_VERB.test(normalizeKey(t.text))
      && !!stated?.from && stated.from.start >= t.end
      && (stated.from.since || sinceBetween(doc, t.tokEnd, tokenAtOrAfter(doc, stated.from.start)));
    // ودعت مجموعات الحراك إلى التظاهر مساء اليوم، دعا أنصاره إلى الخروج اليوم الجمعة: the day written after what a call
    // asks for is that act's; the call was made before it
    const callsFor = t.eventType === 'REQUEST' && !!stated?.from && stated === spanDay && stated.from.start >= t.end
      && doc.tokens.slice(t.tokEnd, tokenAtOrAfter(doc, stated.from.start)).some((w) => w.text === 'الي');
    // ملوحا بإضراب عام يوم 20 جوان، دعت إلى التظاهر الجمعة المقبلة: a stance is taken by the time it is reported; a day
    // still to come is that of what it names (the annotators leave such a stance undated 13 times in 13 over the read sets)
    const stanceToCome = TOLD_STANCES.has(threat ? 'THREATEN' : t.eventType) && !called && !!ctx.publishedDate && !!stated?.date
      && stated.date.length === 10 && stated.date > ctx.publishedDate;
    const date = stanceToCome
      ? { date: null, precision: 'unknown' as const }
      : calledDate
      ? calledDate
      : planned
        ? planned
      : irrealisDate || !stated || spoken || callsFor || arrestsSince || ongoing || lastedDays || cameAfterDay || (underAccord && !ownDay?.date)
        || deadlineEnded
        ? { date: null, precision: 'unknown' as const }
        : presentDated
          ? eventDate(dates, sent, t, presentHere, ctx.publishedDate)
          : stated;
    const place = PHYSICAL.has(t.eventType) ? locate(places, t, p, doc.ostart[clause], doc.oend[Math.max(end, t.tokEnd) - 1], proposer) : null;
    if (!denounces) drafts.push({
      trigger: t,
      sentTokStart: sent.tokStart,
      participants: p,
      clause,
      presentDated,
      dualPair,
      side: lastCueBetween(contrastCues, sent.tokStart, t.tokStart)?.tokStart ?? -1,
      targets: targeting(doc, t),
      pointer: t.eventType === 'ASSAULT' && t.def.pos === 'n' && definiteNoun(t)
        && (POINTER.test(doc.tokens[t.tokStart - 1]?.text ?? '') || blamedFor(doc, t) || (!date.date && cueShortlyBefore(doc, cues.modality.get('claimed-back'), t))),
      toll: t.def.weak && t.eventType === 'ASSAULT' && tollOf(doc, cues.modality.get('toll'), t),
      back: back !== null && !date.date && !irrealisDate ? back : null,
      uncarried: running || cause || underAccord,
      alleged: !!alleged,
      toCome: !!date.date && !!ctx.publishedDate && date.date.length === 10 && date.date > ctx.publishedDate,
      exchangeAfter: exchangeAfter(doc, t, sent),
      packageBefore: doc.tokens.slice(Math.max(clause, t.tokStart - PACKAGE_REACH), t.tokStart).some((w) => PACKAGE.test(w.text)),
      another: anotherOfKind(doc, t) || answer >= 0,
      renewed: doc.tokens.slice(t.tokStart + 1, t.tokEnd + 2).some((w) => RENEWED.test(w.text)),
      elsewhere,
      pairSide,
      joined: /^[وف]/u.test(t.clitic) || joinedThat(doc, t, clause),
      afterComma: commaRightBefore,
      cameBefore: t.def.pos === 'n' && afterAct(doc, t),
      record: {
        start: sent.start,
        end: sent.end,
        eventType: threat ? 'THREATEN' : t.eventType,
        eventMode: threat ? null : t.eventType === 'ASSAULT' ? t.mode ?? modeNear(doc, cues.modes, t, sent) : t.mode,
        trigger: t.text,
        actor1Id: p.actor1?.actorId ?? null,
        actor1Text: (p.actor1 ? withName(doc.body, p.actor1, scan, sent.end) : null) ?? written?.text ?? sharedText ?? (omitted ? omitted.record.actor1Text : null) ?? (called ? scope!.callerText ?? null : null),
        actor2Id: p.actor2?.actorId ?? null,
        actor2Text: p.actor2 ? withName(doc.body, p.actor2, scan, sent.end) : null,
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
    if (SWALLOWING.has(t.eventType)) {
      const call = t.eventType === 'REQUEST';
      scope = { kind: 'swallow', accuser: call ? p.actor1 : null, call, callerText: call ? p.actor1?.surface ?? written?.text ?? null : null, from: clause, callEnd: t.end };
    }
    else if (t.eventType === 'ACCUSE') scope = { kind: 'accuse', accuser: p.actor1, accused: p.actor2, mutual: isMutual(doc, t), from: t.tokEnd, denounced: denounces };
  }
  return drafts;
}

// Stances whose object may name another act (رحب بالاتفاق، رفض الاتفاق، أدان الهجوم، حمّله مسؤولية القصف).
const STANCES = new Set(['SUPPORT', 'REJECT', 'ACCUSE']);
// How many tokens after a stance its object act may stand (رحبت دولة الإمارات العربية المتحدة بإعلان الهدنة).
const STANCE_REACH = 8;

/** The stance trigger whose object the definite noun trigger own[k] is, or null. */
function referredBy(own: Trigger[], k: number, clause: number): Trigger | null {
  const t = own[k];
  const prev = own[k - 1];
  if (!prev || t.def.pos !== 'n' || !STANCES.has(prev.eventType) || prev.eventType === t.eventType) return null;
  if (prev.tokStart < clause || t.tokStart - prev.tokEnd > STANCE_REACH) return null;
  return /^ال|^لل/u.test(normalizeKey(t.text).slice(t.clitic.length)) ? prev : null;
}

/**
 * The condition or proposal word before a noun trigger (رفضت دمشق اقتراحا يقضي بنشر قوات): the clause's
 * subject, standing before that word, is not the doer of the proposed act.
 */
function proposalCue(cues: ModalityCues, t: Trigger, clause: number, irr: ReturnType<typeof irrealis>): Cue | undefined {
  if (t.def.pos !== 'n' || irr !== 'hypothetical') return undefined;
  return lastCueBetween(cues.get('hypothetical'), Math.max(clause, t.tokStart - PROPOSAL_REACH), t.tokStart);
}

/**
 * Dates undated acts that the text ties to the last dated event: a sentence opened by a same-time
 * link (وبالتزامن، عقب العملية، خلال الاقتحام), or a statement by the side that reported it, in the same or
 * the next sentence (أعلن الوزير أمس أن الأمن أوقف … وأكد الوزير …). Plans and conditions stay undated.
 */
function sameOccasion(doc: Doc, rows: Draft[], modality: ModalityCues): void {
  let last: Draft | null = null;
  // … and the last dated act a known side reported (أعلن الوزير أمس أن الأمن أوقف …)
  let reporter: Draft | null = null;
  // … and the last dated meeting and operation, which a "during" phrase names (اتفقا خلال اللقاء، اعتقلوا خلال العملية)
  let meeting: Draft | null = null;
  let operation: Draft | null = null;
  // … and the first dated act, the news the article leads with
  let first: Draft | null = null;
  // … and the last dated protest, which a measure against its people answers (فرقت قوات الأمن المحتجين)
  let protest: Draft | null = null;
  for (const d of rows) {
    const r = d.record;
    if (r.eventDate && r.datePrecision === 'day' && !d.presentDated) {
      // a planned act's day (حددت الثاني من يونيو موعدا للنطق بالحكم) is no day other acts are told on
      if (r.modality === 'future' || r.modality === 'hypothetical') continue;
      last = d;
      first ??= d;
      if (r.claimedByActorId !== null) reporter = d;
      if (r.eventType === 'CONSULT') meeting = d;
      else if (PHYSICAL.has(r.eventType)) operation = d;
      if (r.eventType === 'PROTEST') protest = d;
      continue;
    }
    if (!last || r.eventDate || r.modality === 'future' || r.modality === 'hypothetical') continue;
    // وقال شهود إن قوات الأمن فرقت المحتجين بالغاز المسيل للدموع، واعتقلت …: a measure in a later sentence that names the
    // protesters or their gathering again, with no day of its own, is told of the protest dated before it (the annotators
    // date it so 25 times in 27 after the article's lead day)
    // (not a curfew or a state of emergency, which a government declares on a day of its own, nor a measure told in the
    // pluperfect, which came before: بعد أن كانت قوات الأمن قد اعتقلت منسقي الوقفة)
    const sentence = d.trigger.sentence;
    if (r.eventType === 'COERCE' && protest && sentence > protest.trigger.sentence && !d.uncarried && !pluperfect(doc, d.trigger)
      && r.eventMode !== 'curfew' && r.eventMode !== 'martial-law'
      && namesProtest(doc, doc.sentences[sentence].tokStart, doc.sentences[sentence].tokEnd)) {
      r.eventDate = protest.record.eventDate;
      r.datePrecision = 'day';
      continue;
    }
    // وتحولت المسيرة إلى مواجهات عنيفة، وتخللت المسيرات اشتباكات: clashes the protest dated before turned into or held, with no
    // day of their own, are told on its day
    if (r.eventType === 'ASSAULT' && protest && sentence > protest.trigger.sentence && !d.uncarried) {
      const from = doc.sentences[sentence].tokStart;
      const turned = doc.tokens.slice(from, d.trigger.tokStart).findIndex((w) => TURNED.test(w.text));
      if (turned >= 0 && namesProtest(doc, from + turned + 1, Math.min(d.trigger.tokStart, from + turned + 3))) {
        r.eventDate = protest.record.eventDate;
        r.datePrecision = 'day';
        continue;
      }
    }
    // وجاء الهجوم بعد يومين من مواجهات …: with no day in its sentence, so many days before the act told last
    // (… or before the act the sentence says came then, even over days of it: ويأتي الكمين بعد أربعة أيام من اغتيال النائب)
    const came = d.back !== null ? comesAfter(doc, rows, d, first) : null;
    if (d.uncarried && !came) continue;
    const occasion = occasionAfter(doc, d.trigger, doc.sentences[sentence].tokEnd);
    const during = occasion === 'meeting' ? meeting : occasion === 'operation' ? operation : null;
    if (during) {
      r.eventDate = during.record.eventDate;
      r.datePrecision = 'day';
      continue;
    }
    const anchor = came ?? (d.back !== null && sentence > last.trigger.sentence && sentence - last.trigger.sentence <= 2 ? last : null);
    if (d.back !== null && anchor) {
      const shifted = shiftDays({ date: anchor.record.eventDate, precision: 'day' }, -d.back);
      r.eventDate = shifted.date;
      r.datePrecision = shifted.precision;
      continue;
    }
    // (… over at most one sentence between that tells no day: وبعد ساعات من دخول القوات، استهدفت …)
    const linked = tiedToLast(doc, modality, d.sentTokStart, d.trigger) && sentence - last.trigger.sentence <= 2;
    // a statement by the side that reported that act, in this or the sentence before (أعلن الوزير أمس أن الأمن أوقف …
    // وأكد الوزير …); a statement by the doer of the act is not told on its day for that (أعلن بوتين اليوم التعبئة …
    // واتهم بوتين الغرب …: the annotators date such a statement 6 times in 24 over the dev sets)
    const own = SPEECH_ACTS.has(r.eventType) && r.actor1Id && reporter && reporter.record.claimedByActorId === r.actor1Id
      && actorById(r.actor1Id)?.kind !== 'state' && !pluperfect(doc, d.trigger) && sentence - reporter.trigger.sentence <= 1 ? reporter : undefined;
    const from = linked ? last : own;
    if (from) {
      r.eventDate = from.record.eventDate;
      r.datePrecision = 'day';
    }
  }
}

// The people or gathering of a protest named again by a definite noun (المحتجين، للمتظاهرين، المعتصمون، المسيرة، الاعتصام) (folded).
const PROTEST_BACK = /^[وفبل]?(?:ال|لل)(?:محتج|متظاهر|معتصم|مسيره|مسيرات|تظاهره|تظاهرات|مظاهره|مظاهرات|اعتصام|وقفه)/u;

// Verbs a protest turns into or holds clashes by (تحولت المسيرة إلى مواجهات، تخللت المسيرات اشتباكات) (folded).
const TURNED = /^[وف]?(?:تحولت|تحول|تخللت|تخلل)$/u;

/** Whether tokens from..to (folded already) name a protest's people or gathering again by a definite noun. */
function namesProtest(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = doc.tokens[k].text;
    // (بالمسيرات، الطائرات المسيرة: drones, not marches)
    if (PROTEST_BACK.test(w) && !/^[وف]?بالمسيرات/u.test(w) && !/^[وفبل]?(?:ال)?طاير/u.test(doc.tokens[k - 1]?.text ?? '')) return true;
  }
  return false;
}

// Nouns a day names (خطوط الرابع من حزيران، ذكرى 17 فبراير، ثورة 25 يناير): the day is the name's, no act's (folded).
const NAMED_BY_DAY = /(?:^|\s)[وبل]?(?:ال)?(?:خطوط|ذكري|ثوره|انتفاضه|نكسه|نكبه)\s*$/u;

// "But" (لكن، غير أن، إلا أن): a stance told after it stands apart from the day told before it; not لكنه، لكنها, which go on
// with the same subject, on the same day (أعلن مبارك فجر اليوم إقالة الحكومة، لكنه رفض التنحي) (folded).
const BUT = /^[وف]?(?:لكن|غير|الا)$/u;

// Words that make أن a conjunction of time, not a complementizer (بعد أن، قبل أن، منذ أن) (folded).
const TIME_CONJUNCTION = /^[وف]?(?:بعد|قبل|منذ|الي|حتي)$/u;

// A deadline (مهلة، المهلة، مهلته) and the words that tell it running out (انتهت، انقضت، انتهاء، انقضاء، تنتهي) (folded), and
// how many words before the deadline such a word may stand (انتهت اليوم السبت المهلة).
const DEADLINE = /^[وفبل]?(?:ال)?مهل(?:ه|ته|تها|تهم)?(?:\s|$)/u;
const DEADLINE_END = /^[وف]?(?:انتهت|انتهي|انقضت|انقضي|انتهاء|بانتهاء|لانتهاء|انقضاء|بانقضاء|تنتهي|ينتهي|تنقضي)$/u;
const DEADLINE_END_REACH = 4;

// Words that tell an act carried out under an accord (بموجب اتفاق، تنفيذا لاتفاق، تطبيقا للاتفاق، وفقا لاتفاق) (folded).
const UNDER_ACCORD = /^[وف]?(?:بموجب|بمقتضي|تنفيذا|تطبيقا|وفقا|طبقا|وفق)$/u;

// A sentence opened by "came" (ويأتي ذلك، وجاءت هذه التطورات، وتأتي الغارة) tells what the act named next came after (folded).
const CAME = /^[وف]?(?:ياتي|تاتي|جاء|جاءت)$/u;
const CAME_THIS = /^(?:ذلك|هذا|هذه|تلك)$/u;

/**
 * The act a "came after" sentence (ويأتي الهجوم بعد يومين من مواجهات) measures its days back from: the first dated act of
 * the type its subject names, when that subject is itself an act (الهجوم، اللقاء، الغارة), else the act the article leads
 * with (ويأتي ذلك، وجاءت هذه التطورات، وجاء الإعلان); null when the sentence does not open so.
 */
function comesAfter(doc: Doc, rows: Draft[], d: Draft, first: Draft | null): Draft | null {
  let k = d.sentTokStart;
  if (!CAME.test(doc.tokens[k]?.text ?? '') || k >= d.trigger.tokStart) return null;
  k++;
  if (/^(?:هذه|هذا)$/u.test(doc.tokens[k]?.text ?? '')) k++;
  if (CAME_THIS.test(doc.tokens[k]?.text ?? '')) return first;
  const subject = rows.find((o) => o.trigger.sentence === d.trigger.sentence && o.trigger.tokStart === k);
  if (!subject) return first;
  for (const o of rows) {
    if (o.trigger.sentence >= d.trigger.sentence) break;
    const r = o.record;
    if (r.eventType === subject.record.eventType && r.eventDate && r.datePrecision === 'day' && !o.presentDated
      && r.modality !== 'future' && r.modality !== 'hypothetical') return o;
  }
  return null;
}

// How far after its trigger a same-day phrase may stand (وقع الجانبان في المناسبة نفسها).
const SAME_AFTER = 3;
// How far after its trigger a back reference may stand (فرضت طوقا على المنطقة عقب الانفجار).
const LINK_AFTER = 8;
// "during": a back reference only before its act (وخلال الاقتحام، اعتقلت …), not after it (… خلال الاشتباكات)
const DURING = /^[وف]?خلال$/u;
// … unless it names one occasion told before: a meeting (اتفقا خلال اللقاء على …) or an operation (حررت ثلاث قرى خلال العملية) (folded)
const MEETING = /^(?:الاجتماع|اللقاء|المحادثات|المباحثات|الزياره|الجلسه|القمه|المؤتمر|المكالمه|الاتصال)$/u;
const OPERATION = /^(?:العمليه|المداهمه|الحمله|الاقتحام)$/u;

/** The occasion a "during" phrase shortly after a trigger names (… خلال اللقاء، … خلال العملية): a meeting, an operation or none. */
function occasionAfter(doc: Doc, t: Trigger, end: number): 'meeting' | 'operation' | null {
  for (let k = t.tokEnd; k < Math.min(end, t.tokEnd + LINK_AFTER); k++) {
    if (!DURING.test(doc.tokens[k].text)) continue;
    const noun = doc.tokens[k + 1]?.text ?? '';
    return MEETING.test(noun) ? 'meeting' : OPERATION.test(noun) ? 'operation' : null;
  }
  return null;
}
// How far before a trigger a means or claim cue may stand (مستخدمة …، وتبنت … الهجوم).
const CUE_BEFORE_REACH = 8;
// a noun ending in a possessive pronoun (توقيفها، اعتقاله، احتجازهم)
const PRONOUN_END = /(?:ها|هم|هما|هن|ه)$/u;
// the words before a detention that came before another act (بعد توقيفها، أثناء احتجازه، إثر اعتقالهم)
const DETAINED_BEFORE = /^[وف]?(?:بعد|اثر|عقب|اعقاب|اثناء|خلال)$/u;
// the acts an agreement provides for (انسحاب القوات، تبادل الأسرى، إدخال المساعدات، نشر مراقبين، رفع الحصار)
const PROVISIONS = new Set(['RETREAT', 'AID', 'MOBILIZE', 'COERCE']);
// words of an accord between sides (اتفقا، اتفاق، توصلا إلى، مذكرة تفاهم، هدنة، صفقة، وافقا، وقعتا) (folded)
const ACCORD = /اتفق|اتفاق|توصل|تفاهم|هدن|صفق|وافق|وقع/u;
// the papers an accord is signed as (بروتوكولا، اتفاقية، مذكرة تفاهم، وثيقة) (folded)
const DOCUMENT = /^(?:بروتوكولا|بروتوكول|اتفاقا|اتفاقيه|مذكره|وثيقه|خطه|صفقه|ورقه)$/u;
// words that list the items of a package (عقوبات شملت تجميد الأصول، إجراءات بينها حظر السفر) (folded), and how many
// words before an item they may stand
const PACKAGE = /^[وف]?(?:شملت|تشمل|يشمل|شمل|تضمنت|تتضمن|يتضمن|بينها|منها|مثل)$/u;
const PACKAGE_REACH = 8;
// attack nouns that, as the subject of a verb of targeting, point back to the attack told before (folded)
const ATTACK_SUBJECT = /^(?:الضربات|الضربه|الغارات|الغاره|الهجمات|الهجوم|التفجيرات|التفجير|العمليه|العمليات|القصف|الصاروخ|الصواريخ)$/u;
// dispersing a gathering (فض، فضت، تفريق، فرقت) and the places named after a protest (ساحة الاعتصام، خيام الاعتصام) (folded);
// how many words before the gathering the dispersal may stand (فضت قوات الأمن المصرية صباح أمس الاعتصام)
const DISPERSING = /^[وفلب]?(?:فض|فضت|فضوا|يفض|تفض|تفريق|فرقت|فرق|فرقوا|يفرق|تفرق)$/u;
const PROTEST_PLACE = /^[وف]?(?:ساحه|ساحات|خيام|خيمه|خيمات|مخيم|مكان|موقع|ميدان|منصه)$/u;
const DISPERSED_REACH = 6;
// the nouns of a manner phrase with ب (بوساطة قطرية، برعاية روسية، بإشراف أممي، بالتنسيق، بمشاركة) (folded)
const MANNER = /^(?:ال)?(?:وساطه|رعايه|اشراف|تعاون|تنسيق|مشاركه|مبادره|دعم|تمويل|اسناد|مساعده|تسهيل)/u;
// how many words from a present-tense act of cooperation a day may stand and still be its own (تبدأ اليوم تسيير دوريات)
const ONGOING_NEAR = 2;
// statements a reported clause's day does not date (an accusation, warning or rejection told inside a report)
const UNREPORTED_DAY = new Set(['ACCUSE', 'THREATEN', 'REJECT']);
// stances a day written far after them does not date: it is the day of the act they name (اتهم … بشن هجوم … فجر أمس)
const FAR_AFTER_STANCES = new Set(['ACCUSE', 'SUPPORT', 'REJECT', 'REQUEST']);
// what an agreement provides for follows it: اتفقا على، توصلا إلى اتفاق يقضي بـ / ينص على / يمهد لـ / يشمل (folded); or a noun joined to it
// with ب or ل (اتفاق بتبادل الأسرى)
const AGREED_ON = /^(?:علي|يقضي|تقضي|ينص|تنص|يتضمن|تتضمن|يمهد|تمهد|يشمل|تشمل|يتيح|تتيح)$/u;
// how many tokens after the agreement its provision word may stand (اتفق وفدا الحكومة والحوثيين اليوم في السويد على)
const PROVISION_GAP = 12;
// words after a trigger that tell another act of its kind (ثانية، آخر، أخرى) (folded)
const ANOTHER = /^(?:ثان|ثانيه|ثاني|ثالث|ثالثه|اخر|اخري|اخريين|اخرين)$/u;
// "new" (جولة جديدة، غارات جديدة): another of its kind when told in a later sentence (folded)
const RENEWED = /^(?:جديد|جديده|جديدا)$/u;

// Words after a sentence's opening وفي that name no place but the discourse or the time (وفي سياق متصل، وفي المقابل، وفي
// الأثناء، وفي اليوم نفسه، وفي أول رد فعل، وفي بيان لها، وفي 12 مايو) (folded).
const NO_PLACE = /^(?:سياق|السياق|المقابل|الاثناء|غضون|اثناء|وقت|الوقت|اليوم|يوم|الليله|ليله|المساء|الصباح|مساء|صباح|ليل|فجر|ظهر|اول|تطور|تطورات|حادث|حادثه|بيان|بلاغ|تصريح|تصريحات|حديث|حديثه|كلمه|خطاب|مؤتمر|ندوه|لقاء|اتصال|مقابله|اجتماع|جلسه|هذا|هذه|ذلك|تلك|ختام|نهايه|بدايه|مطلع|اعقاب|اطار|ظل|ضوء|رد|ردها|رده|موازاه|شان|ما|الاسبوع|الشهر|العام|الايام|الساعات|الفتره|ساعه|ساعات|حين|حال|المحصله|النهايه|المجمل|الختام|المرحله|الجانب|[0-9]+)$/u;
// How many words the place after an opening وفي may take before its comma (وفي قطاع غزة الجنوبي،).
const OPENER_WORDS = 3;

/** Whether the sentence opens on a place of its own: وفي <place>، (وفي الرباط، وفي قطاع غزة،), not a time or a link. */
function opensElsewhere(doc: Doc, sent: DocSentence): boolean {
  const first = doc.tokens[sent.tokStart];
  if (!first || !/^و(?:في|فى)$/u.test(first.text) || sent.tokStart + 1 >= sent.tokEnd) return false;
  if (NO_PLACE.test(normalizeKey(doc.tokens[sent.tokStart + 1].text))) return false;
  for (let j = sent.tokStart + 2; j <= Math.min(sent.tokEnd - 1, sent.tokStart + 1 + OPENER_WORDS); j++) if (commaAt(doc, j)) return true;
  return false;
}

/** Whether a trigger is told as another of its kind: an ordinal in it or right after it (سيارة مفخخة ثانية، جولة ثالثة),
 * or "new" in its own words (جولة جديدة من المحادثات). */
function anotherOfKind(doc: Doc, t: Trigger): boolean {
  const own = doc.tokens.slice(t.tokStart + 1, t.tokEnd);
  return own.some((w) => RENEWED.test(w.text)) || [...own, ...doc.tokens.slice(t.tokEnd, t.tokEnd + 2)].some((w) => ANOTHER.test(w.text));
}

// A verb of answering (ردت، ردّ، ردوا، يرد) (folded), and how far before the act it answers with it may stand (وردّت المدفعية
// التركية بقصف).
const ANSWERED = /^[وف]?(?:رد|ردت|ردوا|يرد|ترد)$/u;
const ANSWER_REACH = 6;
// Words of time and place that end the answering side's words (folded).
const ANSWER_STOP = /^(?:بعد|قبل|في|علي|عند|اليوم|امس|فجر|مساء|صباح|ليل|ليله|ظهر|عصر|فورا|سريعا)$/u;

/**
 * The token of the verb of answering an attack is told with (ردّت in وردّت المدفعية بقصف), or -1: an attack told as the
 * answer to another (ورد الجيش بقصف مدفعي، ردت الفصائل بإطلاق قذائف) is an act of its own, another of its kind.
 */
function answeredBy(doc: Doc, t: Trigger): number {
  if (t.eventType !== 'ASSAULT' || !t.clitic.endsWith('ب')) return -1;
  for (let k = t.tokStart - 1; k >= Math.max(0, t.tokStart - ANSWER_REACH); k--) {
    if (ANSWERED.test(doc.tokens[k].text)) return k;
    if (commaAt(doc, k + 1)) return -1;
  }
  return -1;
}
// words before an act that another came after (folded: إثر → اثر، أعقاب → اعقاب)
const AFTER_WORD = /^[وف]?(?:بعد|اثر|عقب|اعقاب)$/u;
// "The day after" (غداة) (folded).
const DAY_AFTER = /^[وف]?غداه$/u;

// How far before من a duration word stands (بعد أربعة أيام من), and how far after a noun trigger منذ may stand.
const SPAN_REACH = 3;
const SINCE_REACH = 6;
// How many words may stand between من and the act so many days before (بعد يوم من إعلان حماس موافقتها), and the
// largest count of days read there.
const BACK_GAP = 3;
// … and how many after غداة إعلان / قرار, where the name of who announced it stands between
const ANNOUNCED_GAP = 9;
// How many words may stand between an act counted back and a noun joined to it by و (عزل الرئيس محمد مرسي وتعطيل).
const JOINED_BACK_GAP = 7;
const ANNOUNCEMENT = /^(?:اعلان|قرار)$/u;
const MAX_BACK_DAYS = 10;
// the words before a day an act takes effect from (ابتداء من اليوم، اعتبارا من الساعة السادسة من صباح الغد)
const EFFECTIVE = /(?:ابتداء|ابتداءً|اعتبارا|اعتباراً|بدءا|بدءاً|بداية)[ \t]+من[ \t]+$/u;
// a participle that makes the day after it a noun's (اتفاق السلم والشراكة الموقع في 21 سبتمبر، الانتخابات المقررة في 4 جويلية),
// read on the folded text before the day (short vowels and shadda dropped: الموقّع)
const ATTRIBUTIVE = /(?:^| )[وف]?ال(?:موقع|موقعه|مبرم|مبرمه|مقرر|مقرره|مورخ|مورخه|منعقد|منعقده|مرتقب|مرتقبه|صادر|صادره)(?: (?:في|يوم|بتاريخ))?$/u;
// the words before the day a period ends (حظر التجول حتى صباح الأحد المقبل، إلى غاية 31 أوت المقبل): when that day is still
// to come, no act happened on it (حتى ظهر اليوم, as of today, may date one)
const UNTIL = /(?:^|[ \t])(?:حتى|لغاية|غاية|إلى حين)[ \t]+(?:يوم[ \t]+)?$/u;

// superlatives before an act (أكبر هجوم، أعنف قصف، أول غارة) (folded: أ → ا)
const SUPERLATIVE = /^[وف]?(?:ب|ل)?(?:اكبر|اعنف|اضخم|اوسع|اسوا|اخطر|اول|اشد|اطول|اعلي|اكثر|اقوي|ادمي)$/u;

/**
 * Whether a noun trigger names an act that ran over days: a duration word shortly before the من right
 * before it (بعد أربعة أيام من الاشتباكات، في اليوم الثالث عشر من الحراك), or منذ shortly after it in its
 * clause (الاحتجاجات التي تشهدها إيران منذ أسبوع).
 */
function spanned(doc: Doc, modality: ModalityCues, t: Trigger, clauseEnd: number): boolean {
  const of = fromBefore(doc, t);
  if (of >= 0 && modality.get('span')?.some((c) => c.tokEnd <= of && of - c.tokEnd < SPAN_REACH)) return true;
  // (… not after a superlative: أكبر هجوم جوي منذ بدء الحرب, أعنف غارات منذ أشهر compare the act, told on its day)
  if (SUPERLATIVE.test(doc.tokens[t.tokStart - 1]?.text ?? '')) return false;
  return !!modality.get('since')?.some((c) => c.tokStart >= t.tokEnd && c.tokStart - t.tokEnd < SINCE_REACH && c.tokStart < clauseEnd);
}

/** The token of the من right before a trigger, written apart or joined to it as a clitic, or -1. */
function fromBefore(doc: Doc, t: Trigger): number {
  return doc.tokens[t.tokStart - 1]?.text === 'من' ? t.tokStart - 1 : /^من/u.test(t.clitic) ? t.tokStart : -1;
}

/** A date mention of a sentence: whether an act takes effect from it (ابتداء من اليوم) or runs since it (منذ مساء السبت). */
type SentenceDate = DateMention & { effective: boolean; since: boolean; attributive: boolean };
// verbs of arresting (اعتقلت، أوقفوا، ألقت القبض، أحيلوا)
const ARREST_VERB = /^[وف]?(?:اعتقل|يعتقل|تعتقل|اوقف|يوقف|القت القبض|القي القبض|القوا القبض|احيل)/u;
// the word before a day an act runs since
const SINCE_DAY = /(?:^|[ \t])[وف]?منذ[ \t]+$/u;

/** A sentence's date mentions, without the end of a period still to come, marking days an act takes effect from. */
function datesOf(doc: Doc, ctx: ArticleContext, sent: DocSentence): SentenceDate[] {
  const out: SentenceDate[] = [];
  for (const d of ctx.dates) {
    if (d.start < sent.start || d.end > sent.end) continue;
    const before = doc.body.slice(Math.max(0, d.start - 16), d.start);
    // the words before the day, folded once for the rules that read them (الموقّع في، خطوط الرابع من)
    const folded = normalizeKey(doc.body.slice(Math.max(0, d.start - 28), d.start));
    const toCome = !!d.date && !!ctx.publishedDate && d.date > ctx.publishedDate;
    // (… nor a weekday a period ends on, which the date engine reads back from publication: فرض حظر تجول حتى صباح
    // الاثنين; a day it ends on as of today may date an act: حتى ظهر اليوم)
    if ((toCome || (d.date !== ctx.publishedDate && d.relative)) && UNTIL.test(before)) continue;
    // (… nor a day that names a line, an anniversary or a revolution: الانسحاب إلى خطوط الرابع من حزيران 1967، ذكرى ثورة 25 يناير)
    if (NAMED_BY_DAY.test(folded)) continue;
    out.push({ ...d, effective: EFFECTIVE.test(before), since: SINCE_DAY.test(before), attributive: ATTRIBUTIVE.test(folded) });
  }
  return out;
}

/**
 * Whether a noun trigger is a provision of an agreement told before it in its sentence (اتفقا على … وانسحاب القوات، اتفاق
 * يقضي بوقف القتال وتبادل الأسرى): only nouns stand between the agreement and it, and no clause boundary.
 */
function provided(doc: Doc, modality: ModalityCues, own: Trigger[], k: number): boolean {
  const t = own[k];
  // (the acts a truce provides for: withdrawals, exchanges, releases, aid, deployments; not a venue or a cause named after it,
  // خلال الاجتماع، بعد احتجاجات، and not relations restored, which the agreement itself does)
  if (t.def.pos !== 'n' || !PROVISIONS.has(t.eventType)) return false;
  const before = doc.tokens[t.tokStart - 1]?.text ?? '';
  if (VENUE.test(before) || AFTER_WORD.test(before) || /^[وف]?(?:قبل|غداه)$/u.test(before)) return false;
  for (let j = k - 1; j >= 0; j--) {
    const o = own[j];
    // (a stopped act is no clause of its own: على وقف إطلاق النار وانسحاب القوات)
    if (modality.get('cancel')?.some((c) => c.tokEnd === o.tokStart)) continue;
    if (o.def.pos !== 'n' && o.eventType !== 'AGREE') return false;
    if (o.eventType !== 'AGREE') continue;
    // (an accord between sides, not an approval: صادقت الحكومة على استدعاء 6500 جندي is the call-up itself; a truce named
    // as a provision, على وقف إطلاق النار وانسحاب القوات, is passed over)
    if (!ACCORD.test(normalizeKey(o.text))) {
      if (o.def.pos === 'n') continue;
      return false;
    }
    // (… the agreement itself, not one referred to: بموجب الاتفاق، تنفيذا للاتفاق)
    const between = doc.tokens.slice(o.tokEnd, t.tokStart);
    // (… or the paper it was signed as, with what it is for: وقعتا بروتوكولا لتبادل الأسرى)
    const forWhat = /^[وف]?[بل]/u.test(t.clitic) && (between.length === 0 || DOCUMENT.test(between[between.length - 1].text));
    if (!between.slice(0, PROVISION_GAP).some((w) => AGREED_ON.test(w.text)) && !forWhat) return false;
    return !anyCueIn(modality.get('break'), o.tokEnd, t.tokStart);
  }
  return false;
}

/**
 * Whether an attack verb of targeting (استهدف) tells which targets an attack named before struck: its subject is a pronoun
 * of a statement (إنها استهدفت، أنه استهدف: 'spoken'), an attack noun (الضربات استهدفت، العملية استهدفت) or one of the
 * attacks (استهدفت إحداها منزلا: 'named').
 */
function targeting(doc: Doc, t: Trigger): false | 'spoken' | 'named' {
  if (t.eventType !== 'ASSAULT' || t.def.pos !== 'v' || !/^[وف]?استهدف/u.test(normalizeKey(t.text))) return false;
  const prev = doc.tokens[t.tokStart - 1]?.text ?? '';
  const next = doc.tokens[t.tokEnd]?.text ?? '';
  if (/^(?:انه|انها|انهم|انهما)$/u.test(prev)) return 'spoken';
  return ATTACK_SUBJECT.test(prev) || /^(?:احداها|احداهما|احدي)$/u.test(next) ? 'named' : false;
}

/** Whether a row told of an attack (its doer, or the side that reports it) may be the attack row a: no side named, or a's own. */
function sameDoer(a: EventRecord, r: EventRecord, spoken: boolean): boolean {
  const doer = r.actor1Id ?? r.claimedByActorId;
  // (a statement's "it targeted" needs its speaker known: أعلنت «المقاومة الإسلامية» أنها استهدفت may be the other side)
  if (!doer) return !spoken;
  return !!a.actor1Id && sameParty(a.actor1Id, doer);
}

/** Whether a protest noun names the gathering a dispersal broke up (فضت قوات الأمن الاعتصام) or a place (ساحة الاعتصام). */
function gatheringNamed(doc: Doc, t: Trigger): boolean {
  if (PROTEST_PLACE.test(doc.tokens[t.tokStart - 1]?.text ?? '')) return true;
  // (a gathering told here by an indefinite noun, فرقت الشرطة اعتصاما لعشرات، لتفريق مسيرة نظمها أنصار الحراك, is a protest)
  if (!definiteNoun(t)) return false;
  for (let k = t.tokStart - 1; k >= Math.max(0, t.tokStart - DISPERSED_REACH); k--) {
    if (/[،,.]/u.test(gapBefore(doc, k + 1))) return false;
    if (DISPERSING.test(doc.tokens[k].text)) return true;
  }
  return false;
}

/** Whether a noun is written with the ل of purpose (لدعم، للوساطة، للتحقيق معه). */
function purposeForm(t: Trigger): boolean {
  return /^[وف]?ل(?:ل|ال)?$/u.test(t.clitic) || /^[وف]?لل/u.test(normalizeKey(t.text));
}

// The words before a call that answer it (استجابة لدعوة، تلبية لنداء) (folded).
const ANSWERING = /^[وف]?(?:استجابه|تلبيه|امتثالا|نزولا)$/u;

/** Whether a call noun is what an act answers (استجابة لدعوة المرجعية، تلبية لنداء النقابات): a call made before it. */
function answered(doc: Doc, t: Trigger): boolean {
  return t.eventType === 'REQUEST' && ANSWERING.test(doc.tokens[t.tokStart - 1]?.text ?? '');
}

/** Whether a verb opens a clause told of what came before: وهو ما رفضته الحكومة، الأمر الذي نفته الوزارة. */
function toldOf(doc: Doc, t: Trigger): boolean {
  const w = (k: number): string => doc.tokens[k]?.text ?? '';
  return (w(t.tokStart - 1) === 'ما' && /^[وف]?(?:هو|هي|هذا)$/u.test(w(t.tokStart - 2))) || (w(t.tokStart - 1) === 'الذي' && w(t.tokStart - 2) === 'الامر');
}

/** Whether a verb of going on (واصلت، جددت) stands shortly before "its attacks" in their clause. */
function goesOn(doc: Doc, t: Trigger, clause: number): boolean {
  return doc.tokens.slice(Math.max(clause, t.tokStart - CONTINUING_REACH), t.tokStart).some((w) => CONTINUING.test(w.text));
}

/** Whether a trigger is written with the article, behind any conjunction or preposition (الاتفاق، بالاتفاق، للهجوم). */
const definiteNoun = (t: Trigger): boolean => /^[وف]?(?:ب|ل)?(?:ال|لل)/u.test(normalizeKey(t.text));

/** The last complementizer (أن، إن، بأن، أنه) before a trigger in its sentence, or -1. */
function reportedFrom(doc: Doc, from: number, to: number): number {
  // (غير أن، إلا أن are "but", no reported clause)
  for (let k = to - 1; k >= from; k--) {
    if (/^(?:ان|انه|انها|انهم|بان|بانه|بانها)$/u.test(doc.tokens[k].text) && !/^(?:غير|الا)$/u.test(doc.tokens[k - 1]?.text ?? '')) return k;
  }
  return -1;
}

// How many words before a verb its complementizer may stand (وأن الطائرات الأمريكية قصفت).
const THAT_REACH = 6;

/** Whether the nearest complementizer before a verb, in its clause, carries و (وأن، وبأن): a clause joined to the one before. */
function joinedThat(doc: Doc, t: Trigger, clause: number): boolean {
  for (let k = t.tokStart - 1; k >= Math.max(clause, t.tokStart - THAT_REACH); k--) {
    const w = doc.tokens[k].text;
    if (/^[وف]?(?:ان|انه|انها|بان)$/u.test(w)) return /^[وف]/u.test(w);
  }
  return false;
}

/**
 * N in بعد يوم من <trigger> (1), بعد يومين من <trigger> (2) or غداة <trigger> ("the morning after": 1), or null;
 * also when a few words stand between من and the trigger (بعد يوم واحد من إعلان الوزير وقفا لإطلاق النار), and
 * then for a count of days or a week too (بعد ثلاثة أيام من استخدام موسكو حق النقض: 3).
 */
function daysBefore(doc: Doc, t: Trigger, came: boolean, dates: readonly SentenceDate[]): number | null {
  const w = (k: number): string => doc.tokens[k]?.text ?? '';
  // (غداة إطلاق حفتر عملية عسكرية: a few words may stand between, no comma; after an announcement the whole name of
  // who announced it may, with no day of its own written there: غداة إعلان وزير الدفاع الفريق أول عبد الفتاح السيسي عزل
  // الرئيس, but not غداة إعلان الرئيس مساء الأحد 25 جويلية تجميد أعمال البرلمان)
  for (let k = t.tokStart - 1; k >= Math.max(0, t.tokStart - ANNOUNCED_GAP); k--) {
    if (DAY_AFTER.test(w(k)) && (k >= t.tokStart - BACK_GAP
      || (ANNOUNCEMENT.test(w(k + 1)) && !dates.some((d) => d.start >= doc.oend[k] && d.end <= t.start)))) return 1;
    if (/[،,.]/u.test(gapBefore(doc, k))) break;
  }
  let of = fromBefore(doc, t);
  const gap = of < 0;
  for (let k = t.tokStart - 2; of < 0 && k >= Math.max(0, t.tokStart - 1 - BACK_GAP); k--) {
    if (/[،,.]/u.test(gapBefore(doc, k + 1))) break;
    if (w(k) === 'من') of = k;
  }
  if (of < 0) return null;
  const u = /^(?:واحد|واحده|فقط)$/u.test(w(of - 1)) ? of - 2 : of - 1;
  const unit = w(u);
  // (… also the second of two, joined by و: غداة إعلان حالة الطوارئ، وبعد يومين من دخول القوات)
  const after = (k: number): boolean => /^[وف]?بعد$/u.test(w(k));
  // (بعد أربعة أيام من الاشتباكات is as often four days of clashes: see the span cues)
  // (… and بعد ليلة من القصف, a night of shelling before the day told: the day before)
  if (after(u - 1) && (unit === 'يوم' || unit === 'يومين' || unit === 'ليله')) return unit === 'يومين' ? 2 : 1;
  // وجاء إعلان الاستقالة بعد ساعات من هجوم …: hours before the act the sentence says came then, on its day
  if (came && /^(?:بعد|قبل)$/u.test(w(u - 1)) && /^(?:ساعات|ساعه|ساعتين|دقائق)$/u.test(unit)) return 0;
  // (… but not one act, told in a sentence that tells what another came after: ويأتي الكمين بعد أربعة أيام من اغتيال
  // النائب; not جاء الاتفاق بعد خمسة أيام من المحادثات، من احتجاجات, which ran over those days)
  if (!gap && !(came && !/ات$/u.test(w(t.tokStart)))) return null;
  if (after(u - 1) && unit === 'اسبوع') return 7;
  const n = after(u - 2) && unit === 'ايام' ? parseNumber(w(u - 1)) : null;
  return n !== null && n <= MAX_BACK_DAYS ? n : null;
}

/** The first token after the last comma before a trigger in its sentence (or the sentence's first token). */
function commaBefore(doc: Doc, t: Trigger, sent: DocSentence): number {
  for (let k = t.tokStart; k > sent.tokStart; k--) {
    if (commaAt(doc, k)) return k;
  }
  return sent.tokStart;
}

/** The body text between token k-1 and token k: the spaces and marks that separate them. */
function gapBefore(doc: Doc, k: number): string {
  return doc.body.slice(doc.oend[k - 1], doc.ostart[k]);
}

/** Whether a comma stands right before token k. */
const commaAt = (doc: Doc, k: number): boolean => /[،,]/u.test(gapBefore(doc, k));

// the auxiliary and particle a relative clause's verb may follow (الذي كان قد اتهم) (folded)
const AUXILIARY = /^(?:كان|كانت|كانوا|قد)$/u;

/** Whether a verb opens a relative clause: a relative pronoun right before it, or before كان قد (التي اتهمت، الذي كان قد اتهم). */
function afterRelative(doc: Doc, t: Trigger, from: number): boolean {
  let k = t.tokStart - 1;
  while (k > from && AUXILIARY.test(doc.tokens[k].text)) k--;
  return k >= from && k < t.tokStart && RELATIVE.has(doc.tokens[k].text);
}

/**
 * Whether a day written after a verb stands in a relative clause about its object, with no comma between (رفعت السلطات
 * حظر التجول الذي فرضته مساء الخميس، أفرجت عن المعتقلين الذين اعتقلوا السبت): that clause's verb owns it. Not after a
 * noun, whose relative clause often tells the noun's own act (التفجيرات التي استهدفت ليل الاثنين، الاتفاق الذي دخل حيز
 * التنفيذ فجر الأربعاء).
 */
function inRelativeAfter(doc: Doc, t: Trigger, d: DateMention): boolean {
  if (t.def.pos === 'n' || d.start < t.end) return false;
  const dk = tokenAtOrAfter(doc, d.start);
  for (let k = t.tokEnd; k < dk; k++) {
    if (commaAt(doc, k)) return false;
    if (RELATIVE.has(doc.tokens[k].text)) return true;
  }
  return false;
}

// A call's participle and the verb of the same word (داعيا/دعا، مطالبا/طالب، مناشدا/ناشد) (folded). Not an accusation's:
// اتهم …، متهما … is listed twice by the annotators (3 times in 3 over the read sets).
const PARTICIPLE_VERB: [RegExp, RegExp][] = [
  [/^داعي/u, /^(?:ي|ت)?دع/u], [/^مطالب/u, /^(?:ي|ت)?طالب/u], [/^مناشد/u, /^(?:ي|ت)?ناشد/u],
];

/** Whether a participle tells again the word of a verb before it (دعا …، داعيا …). */
function sameCallWord(verb: Trigger, participle: Trigger): boolean {
  const [v, p] = [normalizeKey(verb.text).replace(/^[وف]/u, ''), normalizeKey(participle.text).replace(/^[وف]/u, '')];
  return PARTICIPLE_VERB.some(([pp, vv]) => pp.test(p) && vv.test(v));
}

/** Whether a comma stands right before any token of [from, to). */
function commaWithin(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (commaAt(doc, k)) return true;
  return false;
}

/** Where the comma after a trigger stands in the body (or its sentence's end). */
function commaAfter(doc: Doc, t: Trigger, sent: DocSentence): number {
  for (let k = t.tokEnd; k < sent.tokEnd; k++) {
    if (commaAt(doc, k)) return doc.oend[k - 1];
  }
  return sent.end;
}

/**
 * Whether the trigger names the act another came after: right after بعد، إثر، عقب، في أعقاب (بعد اشتباكات …)،
 * after بعد أن / بعدما (بعدما فرض …), or after بعد … من within four words (بعد ساعات من سلسلة غارات …).
 */
function afterAct(doc: Doc, t: Trigger): boolean {
  const w = (k: number): string => doc.tokens[k]?.text ?? '';
  if (AFTER_WORD.test(w(t.tokStart - 1)) || /^[وف]?بعدما$/u.test(w(t.tokStart - 1))) return true;
  if (w(t.tokStart - 1) === 'ان' && AFTER_WORD.test(w(t.tokStart - 2))) return true;
  if (w(t.tokStart - 1) !== 'من') return false;
  for (let k = t.tokStart - 3; k >= Math.max(0, t.tokStart - 6); k--) if (AFTER_WORD.test(w(k))) return true;
  return false;
}

// How far (words) after a noun trigger a verb of lasting may stand (معارك عنيفة مع مسلحي التنظيم استمرت), and how far after
// that verb its duration (استمرت نحو ثلاثة أسابيع).
const LASTED_REACH = 8;
const DURATION_REACH = 4;

// Acts that run over days: fighting, sieges and protests, talks.
const LASTING = new Set(['ASSAULT', 'COERCE', 'PROTEST', 'CONSULT']);
// Words between an act and a verb of lasting that make the verb another noun's (بعد احتلال دام 22 عاما، منذ أزمة استمرت).
const NOT_ITS_SPAN = /^[وف]?(?:بعد|اثر|عقب|قبل|منذ|اعقاب)$/u;
// Two days or nights, a duration the span words leave out (they would read بعد يومين من as a span) (folded).
const TWO_DAYS = /^(?:يومين|يومان|ليلتين)$/u;

/**
 * Whether the words after a verb of lasting name two days (استمرت يومين) or more hours than a day has (استمرت نحو 48 ساعة،
 * أكثر من ٥٠ ساعة; not a curfew of 24 ساعة), durations the span words leave out (folded).
 */
function spansDays(words: readonly string[]): boolean {
  // (a count in digits, which the view the words come from writes in ASCII, or in words: نحو ثلاثين ساعة)
  return words.some((w, k) => TWO_DAYS.test(w) || (/^(?:ساعه|ساعات)$/u.test(words[k + 1] ?? '') && (parseNumber(w) ?? 0) > HOURS_IN_DAY));
}
const HOURS_IN_DAY = 24;

/**
 * Whether a noun trigger of an act that runs over days is told, in its clause, as lasting days or longer (معارك استمرت
 * أياما، اعتصام دام أسبوعين، محادثات استمرت يومين), with no comma or time word between them (… not انسحابه بعد احتلال
 * دام 22 عاما).
 */
function lasted(doc: Doc, modality: ModalityCues, t: Trigger, clauseEnd: number): boolean {
  if (t.def.pos !== 'n' || !LASTING.has(t.eventType)) return false;
  const spans = modality.get('span') ?? [];
  return !!modality.get('lasted')?.some((c) => c.tokStart >= t.tokEnd && c.tokStart - t.tokEnd < LASTED_REACH && c.tokStart < clauseEnd
    && (spans.some((d) => d.tokStart >= c.tokEnd && d.tokStart - c.tokEnd < DURATION_REACH)
      || spansDays(doc.tokens.slice(c.tokEnd, c.tokEnd + DURATION_REACH).map((w) => w.text)))
    && !doc.tokens.slice(t.tokEnd, c.tokStart).some((w, k) => NOT_ITS_SPAN.test(w.text) || commaAt(doc, t.tokEnd + k)));
}

/** Whether منذ stands between tokens from and to (اعتقلت 1068 مشتبها به منذ انطلاق العملية يوم السبت), with no comma. */
function sinceBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (commaAt(doc, k)) return false;
    if (/^[وف]?منذ$/u.test(doc.tokens[k].text)) return true;
  }
  return false;
}

/** A stated day moved by some days; anything coarser than a day gives no day. */
function shiftDays(d: EventDate, days: number): EventDate<never> {
  if (!d.date || d.precision !== 'day' || !/^\d{4}-\d{2}-\d{2}$/.test(d.date)) return { date: null, precision: 'unknown' };
  return { date: addDays(d.date, days), precision: 'day' };
}

// A complementizer carrying the pronoun of the one who speaks (إنه، أنها، إنهم، أنهما) (folded).
const SELF_COMPLEMENTIZER = /^[وف]?ان(?:ه|ها|هم|هما)$/u;

/** Whether a verb follows a complementizer carrying a pronoun, قد between or not (قالت الوزارة إنها قد أوقفت). */
function selfReported(doc: Doc, t: Trigger): boolean {
  const k = doc.tokens[t.tokStart - 1]?.text === 'قد' ? t.tokStart - 2 : t.tokStart - 1;
  return SELF_COMPLEMENTIZER.test(doc.tokens[k]?.text ?? '');
}

/** وكان المجلس قد اتهم …: an act told in the pluperfect happened before the one told last. */
function pluperfect(doc: Doc, t: Trigger): boolean {
  return doc.tokens[t.tokStart - 1]?.text === 'قد' || doc.tokens[t.tokStart - 2]?.text === 'قد';
}

// How many words before a pluperfect verb its joined كان may stand, its subject between (وكان الطرفان قد اتفقا).
const WAS_REACH = 5;

/**
 * Whether the trigger is the verb of a pluperfect clause joined by و or ف, قد right before it (وكانوا قد رفضوا، فكانت
 * القوات قد انسحبت).
 */
function joinedPluperfect(doc: Doc, t: Trigger): boolean {
  if (doc.tokens[t.tokStart - 1]?.text !== 'قد') return false;
  for (let k = t.tokStart - 1; k >= Math.max(0, t.tokStart - WAS_REACH); k--) {
    if (/^[وف]كان(?:ت|وا|ا|تا)?$/u.test(doc.tokens[k].text)) return true;
  }
  return false;
}

/**
 * Whether the sentence from token `from` ties the trigger to the last dated event: a same-time
 * phrase before it (وبالتزامن، في غضون ذلك), or a time preposition before or shortly after it that
 * governs a definite noun other than a time word (عقب الانفجار، خلال الاقتحام; not خلال الأسبوع الماضي).
 */
function tiedToLast(doc: Doc, modality: ModalityCues, from: number, t: Trigger): boolean {
  // … but not across a contrast (بعد ساعات من إعلان حماس موافقتها، في حين رفض نتنياهو المقترح)
  const contrast = (modality.get('break') ?? []).filter((c) => contrasts(doc, c) && c.tokStart >= from && c.tokEnd <= t.tokStart);
  if (contrast.length) from = contrast[contrast.length - 1].tokEnd;
  if (modality.get('same-time')?.some((c) => c.tokStart >= from && c.tokEnd <= t.tokStart)) return true;
  // (… or one naming the same day or occasion right after it: ووقع الجانبان في المناسبة نفسها اتفاقية)
  if (modality.get('same-time')?.some((c) => c.tokStart >= t.tokEnd && c.tokStart - t.tokEnd <= SAME_AFTER
    && doc.tokens.slice(c.tokStart, c.tokEnd).some((w) => /^(?:نفسه|نفسها|ذاته|ذاتها)$/u.test(w.text)))) return true;
  if (modality.get('also')?.some((c) => c.tokStart >= from && c.tokEnd <= t.tokStart)) return true;
  // (… or minutes or hours before or after it, told after the act: كما انفجرت سيارة مفخخة ثانية بعد دقائق)
  if (modality.get('same-time')?.some((c) => c.tokStart >= t.tokEnd && c.tokStart - t.tokEnd <= LINK_AFTER
    && /^(?:بعد|قبل)$/u.test(doc.tokens[c.tokStart].text) && /^(?:ساعه|ساعات|دقائق|دقايق|ساعتين)$/u.test(doc.tokens[c.tokStart + 1]?.text ?? '')
    // (bare: hours after another act named there, بعد ساعات من الاعتقال, is a span from that act)
    && !/^(?:من|علي)$/u.test(doc.tokens[c.tokStart + 2]?.text ?? ''))) return true;
  const times = modality.get('time-noun');
  return !!modality.get('after-event')?.some(
    (c) =>
      c.tokStart >= from && c.tokStart < t.tokEnd + LINK_AFTER &&
      /^ال/u.test(doc.tokens[c.tokEnd]?.text ?? '') && !times?.some((x) => x.tokStart === c.tokEnd)
      // (not "meanwhile", في الأثناء, nor "during" after the act, قتل جندي برصاص مسلحين خلال الاشتباكات: the annotators
      // leave that act undated 8 times in 13 over the dev sets)
      && !/^[وف]?(?:في)?الاثناء$/u.test(doc.tokens[c.tokStart].text) && !(c.tokStart >= t.tokEnd && DURING.test(doc.tokens[c.tokStart].text)),
  );
}

/** Whether a break cue contrasts two acts (فيما، بينما، في حين; not حين "when"). */
function contrasts(doc: Doc, c: Cue): boolean {
  const w = doc.tokens[c.tokStart].text;
  return /^[وف]?(?:فيما|بينما)$/u.test(w) || (w === 'حين' && doc.tokens[c.tokStart - 1]?.text === 'في');
}

/** Where the denied words start: after the last أن between the denial and the trigger, else after the denial. */
function deniedFrom(doc: Doc, from: number, to: number): number {
  let at = from;
  for (let k = from; k < to; k++) if (/^(?:ان|بان|انه|انها)$/u.test(doc.tokens[k].text)) at = k + 1;
  return at;
}

/** Whether an attack noun has a place after it or a number in its sentence (هجماتها على المدينة، قصفهم أسفر عن 3 قتلى). */
function anchoredAttack(doc: Doc, t: Trigger, places: PlaceMention[], sent: DocSentence): boolean {
  if (places.some((x) => x.start >= t.end && x.start - t.end <= PLACE_REACH)) return true;
  return /[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(doc.body.slice(t.end, sent.end));
}

// How far from its trigger a word of going on day after day may stand (لليوم الثاني على التوالي).
const RUNNING_REACH = 8;

/** Whether the trigger's clause says the act goes on day after day (لليوم الخامس على التوالي) near it. */
function isRunning(modality: ModalityCues, t: Trigger, clause: number, end: number): boolean {
  return !!modality.get('running')?.some((c) => c.tokStart >= clause && c.tokEnd <= end
    && (c.tokStart >= t.tokEnd ? c.tokStart - t.tokEnd : t.tokStart - c.tokEnd) <= RUNNING_REACH);
}

/** Drops weapon words that belong to an actor's name (الدفاعات الجوية السورية is no air strike). */
function outsideActors(cues: Map<string, Cue[]>, mentions: Mention[]): Map<string, Cue[]> {
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

/**
 * The PLOVER mode given by the first weapon word (in lexicon order) of an ASSAULT trigger's own phrase:
 * right next to it (قصف مدفعي، طائرات مسيرة قصفت) or an instrument with بـ further on (قصفت القوات … بالصواريخ).
 */
function modeNear(doc: Doc, modes: Map<string, Cue[]>, t: Trigger, sent: DocSentence): string | null {
  modeOrder ??= loadLexicon('event-modes').map((r) => r.mode);
  const from = Math.max(sent.tokStart, t.tokStart - MODE_BEFORE);
  const to = Math.min(sent.tokEnd, t.tokEnd + MODE_AFTER);
  const instrumentTo = Math.min(sent.tokEnd, t.tokEnd + MODE_INSTRUMENT);
  const near = (c: Cue): boolean => c.tokStart >= from && c.tokEnd <= to;
  const instrument = (c: Cue): boolean =>
    c.tokStart >= t.tokEnd && c.tokEnd <= instrumentTo && /^[وف]?ب/u.test(doc.body.slice(doc.ostart[c.tokStart], doc.oend[c.tokStart]));
  for (const mode of modeOrder) {
    if (modes.get(mode)?.some((c) => near(c) || instrument(c))) return mode;
  }
  return null;
}

/** Where a physical event happened: the first place after the trigger in its clause, else the last before it in the clause. */
function locate(
  places: PlaceMention[],
  t: Trigger,
  p: Participants,
  clauseStartOffset: number,
  clauseEndOffset: number,
  other: Mention | null = null,
): PlaceMention | null {
  const party = (x: PlaceMention): boolean =>
    [p.actor1, p.actor2, other].some((m) => m && x.start < m.end && m.start < x.end);
  const after = places.find((x) => x.start >= t.end && x.end <= clauseEndOffset && x.start - t.end <= PLACE_REACH && !party(x));
  if (after) return after;
  const before = places.filter((x) => x.start >= clauseStartOffset && x.end <= t.start && t.start - x.end <= PLACE_REACH && !party(x));
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

// How far (words) before a noun trigger a word of worry still governs it (قلقه البالغ إزاء استمرار القتال).
const CONCERN_REACH = 5;
// How far (words) before a trigger an allegation noun still makes it a claim.
const ALLEGATION_REACH = 4;
// A "the two sides" word stands this close before the act it is the subject of (البلدان يتبادلان الاتهامات).
const DUAL_REACH = 1;
const MUTUAL = /^[وف]?(ي|ت)?تبادل/;

// a preposition with a pronoun pointing back to the noun a relative clause describes (الذي دعا إليه)
const RESUMPTIVE = /^(?:اليه|اليها|اليهم|له|لها|لهم|به|بها|بهم|عليه|عليها|عنه|عنها)$/u;

/** Whether a relative pronoun stands in the token range [from, to). */
function relativeBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (RELATIVE.has(doc.tokens[k].text)) return true;
  return false;
}

/** Whether an accusation is exchanged (يتبادلان الاتهامات، يتبادل البلدان الاتهامات). */
function isMutual(doc: Doc, t: Trigger): boolean {
  for (let k = Math.max(0, t.tokStart - 2); k < t.tokStart; k++) if (MUTUAL.test(doc.tokens[k].text)) return true;
  return false;
}

/** The last two coordinated states or groups named before a token (بين أرمينيا وأذربيجان). */
function lastPair(all: Mention[], beforeTok: number): Participants | null {
  for (let i = all.length - 1; i > 0; i--) {
    const n = all[i];
    const m = all[i - 1];
    if (n.tokStart >= beforeTok || !n.coordinated || n.tokStart - m.tokEnd > 1 || m.actorId === n.actorId) continue;
    if (m.person || n.person) continue;
    return { actor1: m, actor2: n };
  }
  return null;
}

/**
 * Addressee of a call or a warning: the last name between the verb and its content preposition
 * (دعا بوتين وترامب … أذربيجان وأرمينيا إلى وقف …؛ حذر روحاني أذربيجان وأرمينيا من …), led by the
 * first member of its list; none when that list is actor1's own (دعا رؤساء روسيا وفرنسا … إلى).
 */
function addressee(doc: Doc, t: Trigger, p: Participants, pool: Mention[], end: number): Participants {
  const prep = CONTENT_PREP[t.eventType];
  if (!prep || t.def.pos !== 'v') return p;
  let k = t.tokEnd;
  while (k < end && doc.tokens[k].text !== prep) k++;
  if (k >= end) return p;
  const list = pool.filter((m) => !m.locational && m.tokStart >= Math.min(t.tokEnd, p.actor1?.tokStart ?? t.tokEnd) && m.tokEnd <= k);
  let i = list.length - 1;
  if (i < 0 || (p.actor1 && list[i].tokEnd <= p.actor1.tokStart)) return { actor1: p.actor1, actor2: null };
  const isActor1 = (m: Mention): boolean => !!p.actor1 && m === p.actor1;
  while (i > 0 && !isActor1(list[i])) {
    const m = list[i];
    const prev = list[i - 1];
    const gap = doc.body.slice(prev.end, m.start);
    const coordinated = m.coordinated && m.tokStart - prev.tokEnd <= 1;
    const apposition = m.person && !prev.person && !/[.؟!]/.test(gap) && /^[\s،,:(]*(\S+[\s،,]*)?$/.test(gap);
    if (!coordinated && !apposition) break;
    i--;
  }
  const head = list[i];
  if (isActor1(head) || (p.actor1 && head.actorId === p.actor1.actorId)) return { actor1: p.actor1, actor2: null };
  return { actor1: p.actor1, actor2: head };
}

/** The word a trigger is a form of, without clitics, article and endings (الاشتباكات → اشتباك). */
function lemma(trigger: string): string {
  const w = normalizeKey(trigger).split(/\s+/)[0] ?? '';
  return w.replace(/^[وف]?(بال|لل|كال|ال|ب|ل)?/, '').replace(/(اتهم|اتها|ات|ها|هم|ه|ا)$/, '') || w;
}

type ModalityClass = 'real' | 'irrealis' | 'denied';
const modalityClass = (m: Modality): ModalityClass =>
  m === 'denied' ? 'denied' : m === 'future' || m === 'hypothetical' ? 'irrealis' : 'real';

/** Two actor ids for one party: the same, two on one side (روسيا، لافروف، موسكو; حفتر، قوات حفتر; not حكومة الوفاق، قوات حفتر), or a country and anyone in it. */
function sameParty(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const x = sideOf(a);
  if (x && x === sideOf(b)) return true;
  // a country named as a whole (ليبيا، السودان) takes in every side within it (التقى حفتر … عقب زيارته ليبيا)
  const [p, q] = [actorById(a), actorById(b)];
  return !!p?.countryIso3 && p.countryIso3 === q?.countryIso3 && (p.kind === 'state' || q.kind === 'state');
}
const fits = (a: string | null, b: string | null): boolean => !a || !b || sameParty(a, b);

/** Whether two rows can be one event: actors, date, place and counts do not contradict. */
function compatible(a: Draft, b: Draft): boolean {
  const x = a.record;
  const y = b.record;
  if (x.eventType !== y.eventType || modalityClass(x.modality) !== modalityClass(y.modality)) return false;
  // an act still to come is not one told as done (الاحتجاجات … ثم الإضراب العام الذي دعا إليه غدا)
  if (a.toCome !== b.toCome) return false;
  // an arrest, a curfew and a state of emergency are three measures, even when one names no mode
  if ((x.eventMode ?? '') !== (y.eventMode ?? '') && x.eventType === 'COERCE') return false;
  // places written differently (إقليم قره باغ، ناغورني قره باغ) may be one; another country is another event
  if (x.countryIso3 && y.countryIso3 && x.countryIso3 !== y.countryIso3 && !bare(x) && !bare(y)) return false;
  for (const k of ['killed', 'wounded', 'casualties'] as const) if (x[k] !== null && y[k] !== null && x[k] !== y[k]) return false;
  if (x.eventDate && y.eventDate && x.eventDate !== y.eventDate) {
    // "the clashes going on" (dated to publication) continue clashes that began earlier
    const later = (d: Draft, o: Draft): boolean => d.presentDated && (d.record.eventDate ?? '') > (o.record.eventDate ?? '');
    if (!later(a, b) && !later(b, a)) return false;
  }
  const ordered = fits(x.actor1Id, y.actor1Id) && fits(x.actor2Id, y.actor2Id);
  // a clash told from the other side (بين أذربيجان وأرمينيا … بين أرمينيا وأذربيجان): a named side must match
  const swapped =
    eitherOrder(a, b) &&
    ((sameParty(x.actor1Id, y.actor2Id) && fits(x.actor2Id, y.actor1Id)) || (sameParty(x.actor2Id, y.actor1Id) && fits(x.actor1Id, y.actor2Id)));
  return ordered || swapped;
}

/** Whether a definite agreement is told here: a relative clause after it (الذي توصلت إليه، الموقع), what was agreed right after it (الاتفاق على …), or its coming into force or announcement before it (دخلت الهدنة، بإعلان الهدنة). */
function toldHere(doc: Doc, t: Trigger): boolean {
  const after = doc.tokens.slice(t.tokEnd, t.tokEnd + 3).map((w) => w.text);
  const before = doc.tokens.slice(Math.max(0, t.tokStart - 2), t.tokStart).map((w) => w.text);
  // (… or what was agreed right after it: أعلنتا الاتفاق على إقامة علاقات دبلوماسية; or the verb of its relative clause
  // joined to it: مذكرة التفاهم التي وقعها الطرفان)
  if (doc.tokens.slice(t.tokStart, t.tokEnd).some((w) => RELATIVE.has(w.text))) return true;
  // (… or, for an indefinite one, the verb of its relative clause right after it: تنفيذا لاتفاق توصل إليه الطرفان، جرى التوصل إليه)
  if (!definiteNoun(t) && REACHED.test(after[0] ?? '')) return true;
  return after.some((w) => AGREED.test(w)) || after[0] === 'علي' || before.some((w) => /^[وف]?(?:دخل|دخلت|تدخل|يدخل|سريان|بدء|بدا|بدات|[بل]?اعلان)$/u.test(w));
}
// Words after an agreement noun that tell it was made (الذي، التي، الموقع، المبرم).
const AGREED = /^(?:الذي|التي|الموقع|الموقعه|المبرم|المبرمه|الجديد|الجديده)$/u;
// Verbs right after an indefinite agreement noun that open its relative clause (توصل إليه، جرى التوصل إليه، وقعه، رعته) (folded).
const REACHED = /^(?:توصل|توصلت|توصلا|توصلوا|جري|جرى|تم|وقع|وقعه|وقعته|وقعاه|وقعوه|ابرم|ابرمه|ابرمته|ابرماه|رعته|رعاه|ترعاه|يرعاه)$/u;

/**
 * Whether an attack verb with no و/ف (استهدفت، طالت) is the relative clause of an indefinite attack noun of its
 * sentence that ends at most five words before it with no comma between (في غارة أمريكية بطائرة مسيرة استهدفت …).
 */
function describesAttack(doc: Doc, before: Trigger[], t: Trigger): boolean {
  if (t.eventType !== 'ASSAULT' || t.def.pos !== 'v' || /^[وف]/u.test(t.clitic)) return false;
  const noun = before[before.length - 1];
  if (!noun || noun.eventType !== 'ASSAULT' || noun.def.pos !== 'n' || definiteNoun(noun)) return false;
  if (t.tokStart - noun.tokEnd > 5 || t.tokStart < noun.tokEnd) return false;
  return !/[،,.؛]/u.test(doc.body.slice(doc.oend[noun.tokEnd - 1], doc.ostart[t.tokStart]));
}

/**
 * Whether a cue of the list ends within eight words before the trigger with no comma or stop between: a word of
 * using before a weapon (مستخدمة الغاز … والرصاص المطاطي), a claim or charge before an attack noun (وتبنت الحركة … الهجوم).
 */
function cueShortlyBefore(doc: Doc, cues: Cue[] | undefined, t: Trigger): boolean {
  const c = lastCueBetween(cues, Math.max(0, t.tokStart - CUE_BEFORE_REACH), t.tokStart);
  if (!c) return false;
  for (let k = c.tokEnd; k <= t.tokStart; k++) if (/[،,.]/u.test(gapBefore(doc, k))) return false;
  return true;
}

// How many words a day may stand before a statement, across a comma, and still be read as its day when the statement
// has a subject of its own (measured over the 25 dev sets: at ten words and more the annotators leave such a
// statement undated 24 times in 36).
const FAR_DAY = 10;
// How many words after the sentence's first verb a name may stand and still be that verb's subject (اقتحمت قوة كبيرة من جيش الاحتلال).
const OMITTED_NEAR = 3;

/** Whether a date mention stands before the trigger, with a comma between and at least FAR_DAY words away. */
function farAcross(doc: Doc, d: DateMention | undefined, t: Trigger): boolean {
  if (!d || d.end > t.start) return false;
  const gap = gapText(doc, d, t);
  return /[،,]/u.test(gap) && words(gap) >= FAR_DAY;
}

/** Whether a date mention is written FAR_DAY words or more after a trigger. */
function farAfter(doc: Doc, d: DateMention | undefined, t: Trigger): boolean {
  return !!d && d.start >= t.end && words(gapText(doc, d, t)) >= FAR_DAY;
}

// Words after بعد that keep its act on the day (بعد ظهر الجمعة، بعد منتصف الليل، بعد ساعات من، بعد دقائق من) (folded).
const SAME_DAY_AFTER = /^(?:ظهر|الظهر|منتصف|ساعات|ساعه|ساعتين|دقائق|لحظات)$/u;
// … and the prayer an act followed (فرقت قوات الأمن، عقب صلاة الجمعة اليوم، مسيرة), a time, no act of its own; not after a
// call, whose day is the called protest's (دعا ناشطون إلى التظاهر بعد صلاة الجمعة اليوم) (folded)
const PRAYER = /^(?:صلاه|الصلاه|صلاتي)$/u;

/**
 * Whether a day written after the trigger stands past a time preposition that opens the act it came after
 * (حظر التجول، بعد مواجهات اندلعت السبت), with a comma before that preposition unless `bare` allows none.
 */
function dayAfterAct(doc: Doc, t: Trigger, d: DateMention, bare: boolean): boolean {
  let comma = false;
  for (let k = t.tokEnd; k < doc.tokens.length && doc.ostart[k] < d.start; k++) {
    comma ||= commaAt(doc, k);
    const w = doc.tokens[k].text;
    if (AFTER_WORD.test(w) || DAY_AFTER.test(w)) {
      const next = doc.tokens[k + 1]?.text ?? '';
      return !SAME_DAY_AFTER.test(next) && !(PRAYER.test(next) && t.eventType !== 'REQUEST') && (bare || comma);
    }
  }
  return false;
}

/** The text between a date mention and a trigger, on whichever side of it the mention stands. */
function gapText(doc: Doc, d: DateMention, t: Trigger): string {
  return d.end <= t.start ? doc.body.slice(d.end, t.start) : doc.body.slice(t.end, d.start);
}

// words from a noun to the day a participle gives it (اتفاق السلم والشراكة الموقع في)
const ATTRIBUTIVE_REACH = 5;

/** How many words a stretch of text holds. */
const words = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** Whether a verb's subject is written after it (وحث المرجع الديني …، اتهمت حكومة الولاية …), not shared with an earlier verb. */
function ownSubjectAfter(t: Trigger, p: Participants, written: { start: number } | null): boolean {
  return (!!p.actor1 && p.actor1.tokStart >= t.tokEnd) || (!!written && written.start >= t.end);
}

/** A verb in the past tense (طالبت، اتهم; not يبدأ، تنظم): it tells an act already done. */
function pastTense(t: Trigger): boolean {
  return t.def.pos === 'v' && !t.future && !/^[وف]?[يتنس]/u.test(normalizeKey(t.text));
}

/**
 * Whether a trigger is a definite noun (القصف، بالاشتباكات), which may point back to an act already named; not the noun
 * of a fixed phrase with its verb before it (ألقت قوات الأمن القبض على …). The trigger is folded once.
 */
function pointsBack(d: Draft): boolean {
  if (d.trigger.def.pos !== 'n') return false;
  const key = normalizeKey(d.trigger.text);
  return /^(?:[وف]?(?:ال|بال|لل))/u.test(key) && !FIXED_DEFINITE.test(key);
}
// Definite nouns of fixed verb phrases, which name a new act (ألقى القبض على) (folded).
const FIXED_DEFINITE = /^[وف]?القبض/u;

/** Whether b, in a later sentence, names one act (غارة) of a plural already told (غارات): an indefinite singular of the same noun. */
function oneOfMany(a: Draft, b: Draft): boolean {
  if (b.trigger.sentence === a.trigger.sentence || b.trigger.def.pos !== 'n' || a.trigger.def.pos !== 'n' || pointsBack(b)) return false;
  const word = (d: Draft): string => normalizeKey(d.trigger.text).split(/\s+/)[0].replace(/^[وف]?(?:ب|ل)?/u, '');
  const [many, one] = [word(a), word(b)];
  return many.endsWith('ات') && one.endsWith('ه') && many.slice(0, -2) === one.slice(0, -1);
}

/** Whether a row names no side: no doer, written or known, and no target. */
const nameless = (r: EventRecord): boolean => !r.actor1Id && !r.actor1Text && !r.actor2Id;

/** Whether a row says who acted (or how many died): a row that does not may restate any other. */
const bare = (r: EventRecord): boolean => nameless(r) && r.killed === null && r.wounded === null && r.casualties === null;

/**
 * Whether row b restates row a of the same article: compatible (see above) and linked by the
 * same trigger word, by a shared party, or because one of them is a bare definite noun
 * (تجدد القتال، المواجهة المسلحة الجارية، المكالمة) that points back to an act already named.
 * An accused or attributed row only joins a differently attributed one on the same word.
 */
function restates(a: Draft, b: Draft): boolean {
  const x = a.record;
  const y = b.record;
  // كما انفجرت سيارة مفخخة ثانية بعد دقائق: an act told as another of its kind is a new one
  if (b.another && a.trigger.start < b.trigger.start) return false;
  // … and so is one told as new in a later sentence (وشنت الطائرات غارات جديدة)
  if (b.renewed && a.trigger.sentence < b.trigger.sentence) return false;
  // … and so is one in a later sentence that opens on another place (وفي الرباط، نظم العشرات وقفة تضامنية), unless it points back
  if (b.elsewhere && a.trigger.sentence < b.trigger.sentence && !pointsBack(b)) return false;
  // clashes and air strikes (اندلعت اشتباكات … وشن الطيران غارات): attacks of different modes named with
  // different words are two acts, unless one is a definite noun pointing back (أطلقت النار …، وأسفر القصف عن …)
  if (x.eventType === 'ASSAULT' && y.eventType === 'ASSAULT' && x.eventMode !== y.eventMode
    && lemma(x.trigger) !== lemma(y.trigger) && !pointsBack(b)) return false;
  // … and so are a clash and a one-sided attack told by a verb joined with و (تجددت الاشتباكات …، وقصفت مروحيات الجيش …),
  // or by a verb with its own written doer in a later sentence (وأضاف أن مروحيات الجيش قصفت صباح اليوم تجمعات للمسلحين)
  if (x.eventType === 'ASSAULT' && y.eventType === 'ASSAULT' && isClash(x.trigger) !== isClash(y.trigger)
    && lemma(x.trigger) !== lemma(y.trigger) && !pointsBack(b) && b.trigger.def.pos === 'v'
    && (/^[وف]/u.test(b.trigger.clitic) || (a.trigger.sentence !== b.trigger.sentence && !!y.actor1Text))) return false;
  // … and so are protests of different kinds (اعتصموا … وأغلق التجار محالهم في إضراب شامل: a sit-in and a strike)
  if (x.eventType === 'PROTEST' && y.eventType === 'PROTEST' && !pointsBack(b)) {
    const [p, q] = [protestKind(x.trigger), protestKind(y.trigger)];
    if (p && q && p !== q) return false;
  }
  // … and so are a phone call and talks or a visit told in another sentence (اختتمت جولة من المفاوضات … وأجرى رئيس الوزراء
  // أمس اتصالا هاتفيا بنظيره)
  if (x.eventType === 'CONSULT' && y.eventType === 'CONSULT' && a.trigger.sentence !== b.trigger.sentence && !pointsBack(b)
    && byPhone(x.trigger) !== byPhone(y.trigger)) return false;
  // … and so are two acts told on either side of فيما / بينما (أصيب 28 في انفجار حافلة، فيما قصفت الطائرات …)
  if (a.trigger.sentence === b.trigger.sentence && a.side !== b.side && lemma(x.trigger) !== lemma(y.trigger)
    && !pointsBack(b)) return false;
  // سيطر المسلحون على المدينة بعد معارك عنيفة: the fighting an act came after, named with another word, is an act of its own
  if (a.trigger.sentence === b.trigger.sentence && a.cameBefore !== b.cameBefore && lemma(x.trigger) !== lemma(y.trigger)
    && isClash((a.cameBefore ? x : y).trigger) && !isClash((a.cameBefore ? y : x).trigger)) return false;
  // إطلاق سراح 33 محتجزا مقابل الإفراج عن مئات الأسرى: the two sides of an exchange are two acts
  if (a.trigger.sentence === b.trigger.sentence && exchanged(a, b)) return false;
  // … في غارة استهدفت حيا سكنيا after شن الطيران غارات: one strike of the raids, told in a later sentence, is an act of its own
  if (oneOfMany(a, b)) return false;
  // اقتحم مقاتلوها المواقع وأسروا عشرات الجنود: two verbs of one sentence, different words, are two acts
  if (a.trigger.sentence === b.trigger.sentence && b.trigger.def.pos === 'v'
    && lemma(x.trigger) !== lemma(y.trigger) && b.joined) return false;
  // طالب المجلس النواب بإقرار القوانين، داعيا الأطراف إلى التهدئة: a participle after a comma, another word, is a second act
  if (a.trigger.sentence === b.trigger.sentence && b.trigger.def.pos === 'p' && b.afterComma && y.eventType === 'REQUEST'
    && lemma(x.trigger) !== lemma(y.trigger)) return false;
  // a later definite noun naming no one (قبل ساعات من سريان الاتفاق، ويقضي الاتفاق) points back to the act, whatever its day
  if (x.eventType === y.eventType && !PHYSICAL.has(x.eventType) && pointsBack(b) && bare(y) && modalityClass(x.modality) === modalityClass(y.modality)) return true;
  // an act an accusation alleges is not the act its sentence tells as done (أمر بشن عملية عسكرية، متهما الجبهة بمهاجمة قاعدة)
  if (a.trigger.sentence === b.trigger.sentence && a.alleged !== b.alleged && PHYSICAL.has(x.eventType)) return false;
  // two coercive acts named with different words (حالة الطوارئ وحل مجلسي السيادة والوزراء) are two acts (distinctWords)
  // (… and so are sanctions: قطعت علاقاتها وأغلقت منافذها، قطع العلاقات وإغلاق الحدود; but not the items of one package,
  // عقوبات شملت تجميد أصول، nor the leaving an expulsion orders, مهلة 48 ساعة لمغادرة البلاد)
  // (… and so are two withdrawals or releases joined by و in one sentence: انسحاب المسلحين من النجف، وخروج القوات الأجنبية)
  if (x.eventType === 'SANCTION' && y.eventType === 'SANCTION' && a.trigger.sentence === b.trigger.sentence && packaged(b)) return true;
  const distinctWords = (x.eventType === 'COERCE' || (x.eventType === 'SANCTION' && !packaged(a) && !packaged(b))
    || (x.eventType === 'RETREAT' && a.trigger.sentence === b.trigger.sentence && /^[وف]/u.test(b.trigger.clitic)))
    && lemma(x.trigger) !== lemma(y.trigger);
  if (
    !distinctWords &&
    x.eventType === y.eventType &&
    x.actor1Id === y.actor1Id &&
    !otherDoers(a, b) &&
    x.actor2Id === y.actor2Id &&
    x.eventDate === y.eventDate &&
    x.claimedByActorId === y.claimedByActorId &&
    modalityClass(x.modality) === modalityClass(y.modality)
  ) {
    return true;
  }
  // one proposal restated on another day (اقترح لافروف أمس نشر مراقبين … وجددت موسكو اليوم اقتراح نشر مراقبين)
  const sameObject = lemma(x.trigger) === lemma(y.trigger) && !!x.actor2Id && x.actor2Id === y.actor2Id && sameParty(x.actor1Id, y.actor1Id);
  if (sameObject && modalityClass(x.modality) === modalityClass(y.modality)) return true;
  if (!compatible(a, b)) return false;
  if (lemma(x.trigger) === lemma(y.trigger)) return true;
  // a noun naming no one (تجدد القتال، المواجهة المسلحة الجارية، دعوات لوقف القتال) restates an act already named
  const definiteBare = (d: Draft): boolean => bare(d.record) && d.trigger.def.pos === 'n';
  // … and a later definite noun naming no one that only counts the toll (وقال شهود إن الاشتباكات أسفرت عن مقتل سبعة جنود)
  const countsBack = (d: Draft): boolean => nameless(d.record) && d.trigger.def.pos === 'n' && pointsBack(d);
  // … but an earlier one does not take a later act whose own doer is written and unknown (الهجوم على المسجد … مسلحين مجهولين هاجموا)
  // … and an indefinite noun in a later sentence (بعد يومين من مواجهات) names an act of its own
  const laterIndefinite = (d: Draft, o: Draft): boolean => d.trigger.sentence !== o.trigger.sentence && !pointsBack(d);
  // (… nor a verb told in a later sentence: وأعلن الجيش أن طائراته قصفت … after في المواجهات is a new act)
  // (a physical act: a headline's calls and statements are told again by a verb below)
  const laterVerb = PHYSICAL.has(y.eventType) && b.trigger.def.pos === 'v' && b.trigger.sentence !== a.trigger.sentence;
  // (two coercive acts named with different words in two sentences stay two when the later is no definite noun pointing
  // back: تدخلت القوات لفض اعتصام … فيما جرى توقيف ستة آخرين; in one sentence the arrests may be the raid's: حملة مداهمات
  // أوقفت خلالها عشرات الشبان)
  if (distinctWords && a.trigger.sentence !== b.trigger.sentence && !pointsBack(b)) return false;
  // (… and in one sentence, two indefinite nouns: قررت إغلاق مقرات النقابة وتوقيف أعضاء مجلسها)
  if (distinctWords && a.trigger.sentence === b.trigger.sentence && !pointsBack(a) && !pointsBack(b)
    && a.trigger.def.pos === 'n' && b.trigger.def.pos === 'n') return false;
  if ((definiteBare(b) && !laterIndefinite(b, a)) || (definiteBare(a) && !laterVerb && !(b.record.actor1Text && !b.record.actor1Id && !b.pairSide))) return true;
  if (countsBack(b) && b.trigger.sentence !== a.trigger.sentence && PHYSICAL.has(y.eventType)) return true;
  if (distinctWords) return false;
  // two statements of one side are two acts unless they use one word (دعا … داعية: two calls)
  if (SPEECH_ACTS.has(x.eventType) && x.eventType !== 'CONSULT') return false;
  // an allegation by no one named joins the same allegation by a named side
  const oneClaim =
    x.claimedByActorId === y.claimedByActorId ||
    (x.modality === 'claimed' && y.modality === 'claimed' && (!x.claimedByActorId || !y.claimedByActorId));
  if (!oneClaim) return false;
  if (sameParty(x.actor1Id, y.actor1Id) || sameParty(x.actor2Id, y.actor2Id)) return true;
  // one side's attack and an attack on that side (قصفت قوات الدعم السريع … شن الطيران غارات على مواقع الدعم السريع)
  // are two acts; a clash named with both its sides may be told again from the other side
  const bothSides = (r: EventRecord): boolean => !!r.actor1Id && !!r.actor2Id;
  return eitherOrder(a, b) && (bothSides(x) || bothSides(y)) && (sameParty(x.actor1Id, y.actor2Id) || sameParty(x.actor2Id, y.actor1Id));
}

// Kinds of protest by their word's stem (folded), behind any conjunction, preposition or article: a strike, a hunger strike,
// a sit-in or stand, a march, a boycott.
const PROTEST_KINDS: [string, RegExp][] = [
  ['hunger', /اضراب\S* عن الطعام/u],
  ...([
    ['strike', 'اضراب|اضرب|يضرب|تضرب|مضرب'],
    ['sit-in', 'اعتصام|اعتصم|يعتصم|تعتصم|وقف[هة] احتجاج|وقفات احتجاج'],
    ['march', 'مسير|مظاهر|تظاهر|يتظاهر|تتظاهر'],
    ['boycott', 'مقاطع|قاطع|يقاطع|تقاطع'],
  ] as const).map(([kind, stems]): [string, RegExp] => [kind, new RegExp(`^[وف]?(?:ب|ل|بال|لل|ال)?(?:${stems})`, 'u')]),
];

/** The kind of protest a trigger names, or null for a word that names any (احتجاجات، الحراك، انتفاضة). */
function protestKind(trigger: string): string | null {
  const w = normalizeKey(trigger);
  for (const [kind, re] of PROTEST_KINDS) if (re.test(w)) return kind;
  return null;
}

// Talks held by phone (اتصال هاتفي، مكالمة، اتصالا بنظيره) (folded), behind any conjunction, preposition or article.
const PHONE = /^[وف]?(?:ب|ل|بال|لل|ال)?(?:اتصال|مكالم|محادث\S* هاتفي)|هاتفي/u;

/** Whether a consultation trigger names a phone call. */
const byPhone = (trigger: string): boolean => PHONE.test(normalizeKey(trigger));

// A light verb with a pronoun pointing back to the act named right before it (شنتها، نفذه، فرضتها; present: تشنه، ينفذها) (folded).
const DONE_BY = /^(?:شنه|شنها|شنته|شنتها|شنوها|شنوه|نفذه|نفذها|نفذته|نفذتها|نفذوها|نفذوه|فرضه|فرضها|فرضته|فرضتها|نظمه|نظمها|نظمته|نظمتها|نظموها|قاده|قادها|قادته|قادتها|اطلقه|اطلقها|اطلقته|اطلقتها|ارتكبه|ارتكبها|ارتكبته|ارتكبتها|ارتكبوها|تبناه|تبنته|تبنتها|تبناها|تشنه|تشنها|يشنه|يشنها|يشنونها|تنفذه|تنفذها|ينفذه|ينفذها|ينفذونها|تفرضه|تفرضها|يفرضه|يفرضها|تقوده|تقودها|يقوده|يقودها)$/u;

// Words after بين that name no side (بين قتيل وجريح، بين الحين والآخر) (folded).
const NO_SIDE = /^(?:قتيل|جريح|الحين|حين|مد|ليله|يوم|عشيه|الفينه)$/u;
// How many words the first side of a بين pair may hold (قوة إسرائيلية متوغلة، مسلحي جيش المهدي).
const SIDE_WORDS = 5;

/** The first side of "بين X و Y" after a noun trigger, as written, when it is no known actor (بين شبان فلسطينيين وقوات …). */
function betweenText(doc: Doc, t: Trigger, to: number): SubjectText | null {
  for (let k = t.tokEnd; k < to; k++) {
    if (doc.tokens[k].text !== 'بين') continue;
    if (/[،,.؛]/u.test(doc.body.slice(doc.oend[t.tokEnd - 1], doc.ostart[k]))) return null;
    const first = k + 1;
    if (first >= to || NO_SIDE.test(doc.tokens[first].text)) return null;
    for (let j = first + 1; j < Math.min(to, first + SIDE_WORDS + 1); j++) {
      if (/[،,.؛]/u.test(gapBefore(doc, j))) return null;
      if (/^و/u.test(doc.tokens[j].text)) return { start: doc.ostart[first], end: doc.oend[j - 1], text: doc.body.slice(doc.ostart[first], doc.oend[j - 1]) };
    }
    return null;
  }
  return null;
}

/** Whether two verbs or participles name different doers that are not in the gazetteer (ونفت الوزارة … ورفض المرشحون
 * الأربعة، محذرين … توعد قادة الانقلاب): their empty actor ids do not make them one side. (A noun's doer is borrowed from
 * its clause, and may be another's; but a statement told by a noun and one told in another sentence with a doer written
 * otherwise are two: استجابة لدعوة الحركة … في حين دعت هيئات حقوقية إلى فتح تحقيق. For physical acts the noun stays
 * joined: kept apart they add more rows the annotators do not list than acts they do.) */
function otherDoers(a: Draft, b: Draft): boolean {
  const [x, y] = [a.record, b.record];
  if ((a.trigger.def.pos === 'n' || b.trigger.def.pos === 'n') && (a.trigger.sentence === b.trigger.sentence || PHYSICAL.has(x.eventType))) return false;
  if (x.actor1Id || y.actor1Id || !x.actor1Text || !y.actor1Text) return false;
  const [p, q] = [normalizeKey(x.actor1Text), normalizeKey(y.actor1Text)];
  return !p.includes(q) && !q.includes(p);
}

/** Whether a sanction names an item of a package told before it (شملت تجميد أصول، بينها حظر السفر) or the leaving an
 * expulsion orders (مهلة 48 ساعة لمغادرة البلاد). */
function packaged(d: Draft): boolean {
  if (/^[وف]?(?:ب|ل)?(?:مغادره|امهال)/u.test(normalizeKey(d.record.trigger))) return true;
  return d.packageBefore;
}

/** The token of the first مقابل ("in exchange for") after a trigger in its sentence, or -1. */
function exchangeAfter(doc: Doc, t: Trigger, sent: DocSentence): number {
  for (let k = t.tokEnd; k < sent.tokEnd; k++) if (/^[وف]?مقابل$/u.test(doc.tokens[k].text)) return k;
  return -1;
}

/** Whether "in exchange for" (مقابل) stands between two triggers of one sentence. */
function exchanged(a: Draft, b: Draft): boolean {
  const [x, y] = a.trigger.tokStart < b.trigger.tokStart ? [a, b] : [b, a];
  return x.exchangeAfter >= 0 && x.exchangeAfter < y.trigger.tokStart;
}

/** The index of the last row of d's type told before it (in an earlier sentence, or earlier in its own), or -1. */
function lastBefore(out: Draft[], d: Draft): number {
  for (let i = out.length - 1; i >= 0; i--) if (out[i].record.eventType === d.record.eventType && out[i].trigger.start < d.trigger.start) return i;
  return -1;
}

/**
 * Whether a casualty noun is the toll of an act named before its sentence: right after a verb of outcome whose subject
 * is a noun pointing back (إن الضربات أسفرت عن مقتل خمسة، العملية أدت إلى مقتل). Not after ما or و (قذيفة سقطت على
 * مستشفى، ما أسفر عن مقتل أربعة؛ أعمال العنف التي وقعت … وأسفرت عن مقتل 51): the act is told in the same sentence, by
 * words that may name no trigger.
 */
function tollOf(doc: Doc, cues: Cue[] | undefined, t: Trigger): boolean {
  const c = cues?.find((q) => q.tokEnd === t.tokStart);
  return !!c && !/^و/u.test(doc.tokens[c.tokStart].text) && doc.tokens[c.tokStart - 1]?.text !== 'ما';
}

/** The index of the last physical act (an attack first) told before d, or -1. */
function lastPhysical(out: Draft[], d: Draft): number {
  const at = lastBefore(out, d);
  if (at >= 0) return at;
  for (let i = out.length - 1; i >= 0; i--) if (PHYSICAL.has(out[i].record.eventType) && out[i].trigger.start < d.trigger.start) return i;
  return -1;
}

/** The first known actor named inside a written phrase, as a party (not a place: في الخرطوم). */
const knownIn = (all: Mention[], phrase: SubjectText): Mention | undefined =>
  all.find((m) => m.start >= phrase.start && m.end <= phrase.end && !m.locational);

/** Whether a complementizer (أن، إن، بأن) stands among the tokens [from, to): a reported clause opens there. */
const complementizerBetween = (doc: Doc, from: number, to: number): boolean =>
  doc.tokens.slice(from, to).some((w) => COMPLEMENTIZER.test(w.text));

/**
 * The doer's words as written: a known actor's own words, with the personal name that follows a title or body (وزير الخارجية
 * الأمريكي، الكويت + الشيخ صباح الأحمد), which the gazetteer does not hold.
 */
function withName(body: string, m: Mention, scan: () => SubjectScan, sentEnd: number): string {
  if (m.person) return m.surface;
  const end = nameAfter(scan(), m.end, sentEnd);
  return end === null ? m.surface : body.slice(m.start, end);
}

/** Adds an event unless it restates one already listed; the fuller row stays and takes the other's facts. */
function merge(out: Draft[], d: Draft): void {
  // (a row of the same word first: القصف in a later sentence points back to قصفت, not to the clashes told before it)
  const word = lemma(d.record.trigger);
  const sameWord = (o: Draft): boolean => {
    const w = lemma(o.record.trigger);
    return w.length >= 3 && word.length >= 3 && (w.startsWith(word) || word.startsWith(w));
  };
  let i = out.findIndex((o) => sameWord(o) && restates(o, d));
  if (i < 0) i = out.findIndex((o) => restates(o, d));
  if (i < 0) {
    out.push(d);
    return;
  }
  const o = out[i];
  // the first mention is the evidence, unless it names no one and the restatement does
  // … or it is a definite noun naming no one (تواصلت المعارك، إذ اندلعت اشتباكات …): the act it sums up is told next
  const summary = bare(o.record) && pointsBack(o) && !pointsBack(d);
  // (a later mention of it as the cause or span behind another act, تحسبا لتداعيات المعارك, never replaces it)
  const [keep, other] = ((bare(o.record) && !bare(d.record)) || summary) && !d.uncarried ? [d, o] : [o, d];
  const same = keep.record;
  const e = other.record;
  // (a day told with a restatement in another sentence is not lent to a statement or non-violent act its first mention
  // left undated: the annotators leave it undated 6 times in 7 over the read sets; fighting told again on its day, تجددت
  // الاشتباكات في 27 أيلول, still dates the fighting named before, 3 times in 6)
  if ((keep.presentDated || !same.eventDate) && e.eventDate && !other.presentDated && (!bare(e) || !same.eventDate)
    && (keep.presentDated || keep.trigger.sentence === other.trigger.sentence || same.eventType === 'ASSAULT')) {
    same.eventDate = e.eventDate;
    same.datePrecision = e.datePrecision;
    keep.presentDated = false;
  }
  if (same.modality === 'claimed' && e.modality === 'asserted' && lemma(same.trigger) === lemma(e.trigger)) {
    same.modality = 'asserted';
    same.claimedByActorId = null;
  }
  same.actor1Id ??= e.actor1Id;
  same.actor1Text ??= e.actor1Text;
  if (!same.actor2Id && e.actor2Id && e.actor2Id !== same.actor1Id) {
    same.actor2Id = e.actor2Id;
    same.actor2Text = e.actor2Text;
  }
  same.eventMode ??= e.eventMode;
  same.locationText ??= e.locationText;
  same.countryIso3 ??= e.countryIso3;
  same.killed ??= e.killed;
  same.wounded ??= e.wounded;
  same.casualties ??= e.casualties;
  out[i] = keep;
}
