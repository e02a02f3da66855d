import { anyCueIn, lastCueBetween, type Cue } from './cues.js';
import type { Doc } from './doc.js';
import { apposed, isPrepositional, type Mention } from './participants.js';
import type { Trigger } from './triggers.js';

/** How an event is attributed: who says it and where the reported clause starts. */
export interface Attribution {
  claimer: Mention | null;
  /** the trigger stands in a reported clause (أعلنت أذربيجان أن …، قال: "…") */
  reported: boolean;
  /** token where the reported clause starts (after أن or the opening quote) */
  clauseStart: number;
  /** the clause opens with a pronoun pointing back to the claimer (أنها أسقطت) */
  resumptive: boolean;
  /** the speech verb, when the attribution comes from one */
  cue: Cue | null;
  /** the claimer was named by وفقا لـ / بحسب, so it is no party to the event */
  source: boolean;
}

// A speaker stands this close to the speech verb (أعلنت وزارة الدفاع …) or to وفقا لـ.
const SPEAKER_REACH = 12;
const SOURCE_REACH = 3;
const RESUMPTIVE = /^(ب?[اإأ]ن(ها|ه|هم|هما))$/;
// A colon opens quoted words (قال محمودوف لـ "سبوتنيك": "…"); a bare quote after أعلن is its object.
const COLON = /:/;

/**
 * The attribution of a trigger: the last speech verb before it in its sentence (no clause break
 * between) with the speaker after (VSO) or before it, and whether a أن/إن clause or a colon opens
 * between verb and trigger; else a وفقا لـ / بحسب source anywhere in the sentence.
 */
export function attribute(
  doc: Doc,
  claimCues: Map<string, Cue[]>,
  breaks: Cue[] | undefined,
  t: Trigger,
  mentions: Mention[],
  clause: number,
  sentence: { tokStart: number; tokEnd: number },
): Attribution {
  const none: Attribution = { claimer: null, reported: false, clauseStart: clause, resumptive: false, cue: null, source: false };
  let say = lastCueBetween(claimCues.get('say'), sentence.tokStart, t.tokStart);
  if (say && anyCueIn(breaks, say.tokEnd, t.tokStart)) say = undefined;
  if (say) {
    const sayStart = say.tokStart;
    const sayEnd = say.tokEnd;
    // the speaker stands before the reported clause (قال البيان إن الوزراء … في جامعة الدول العربية يدينون)
    const opens = lastCueBetween(claimCues.get('that'), sayEnd, t.tokStart);
    const speakerTo = Math.min(opens ? opens.tokStart : t.tokStart, sayEnd + SPEAKER_REACH);
    const speakerFrom = lastCueBetween(breaks, sentence.tokStart, sayStart)?.tokEnd ?? sentence.tokStart;
    // a speech participle (مؤكدة، مضيفا) speaks for the sentence's first actor
    const participle = /^م/.test(doc.tokens[sayStart].text);
    const pick = (i: number): Mention => mentions[apposed(doc, mentions, i)];
    const firstIdx = mentions.findIndex((m) => !m.locational && !isPrepositional(m));
    const afterIdx = mentions.findIndex((m) => !m.locational && !isPrepositional(m) && m.tokStart >= sayEnd && m.tokStart < speakerTo);
    const claimer0 = participle && firstIdx >= 0 && mentions[firstIdx].tokEnd <= sayStart ? pick(firstIdx) : afterIdx >= 0 ? pick(afterIdx) : null;
    const claimer =
      claimer0 ??
      // the addressee (قال لـ"سبوتنيك") is not the speaker
      mentions.find((m) => !m.locational && !isPrepositional(m) && m.tokStart >= sayEnd && m.tokStart < speakerTo) ??
      [...mentions].reverse().find((m) => !m.locational && !isPrepositional(m) && m.tokEnd <= sayStart && m.tokStart >= speakerFrom) ??
      null;
    const that = lastCueBetween(claimCues.get('that'), say.tokEnd, t.tokStart);
    let start = that ? that.tokEnd : -1;
    const resumptive = !!that && RESUMPTIVE.test(doc.tokens[that.tokStart].text);
    // a quotation or colon after the verb opens the reported words as well
    const raw = doc.body.slice(doc.oend[say.tokEnd - 1], t.start);
    const q = raw.search(COLON);
    if (q >= 0 && start < 0) start = tokenIndexAt(doc, doc.oend[say.tokEnd - 1] + q, say.tokEnd);
    if (start >= 0) return { claimer, reported: true, clauseStart: start, resumptive, cue: say, source: false };
    return { ...none, claimer, cue: say };
  }
  const src = lastCueBetween(claimCues.get('source'), sentence.tokStart, sentence.tokEnd) ?? undefined;
  if (src) {
    const claimer = mentions.find((m) => m.tokStart >= src.tokEnd - 1 && m.tokStart <= src.tokEnd + SOURCE_REACH) ?? null;
    if (claimer) return { claimer, reported: true, clauseStart: clause, resumptive: false, cue: null, source: true };
  }
  return none;
}

/** First token at or after an original offset, not before `min`. */
function tokenIndexAt(doc: Doc, offset: number, min: number): number {
  let i = min;
  while (i < doc.tokens.length && doc.ostart[i] < offset) i++;
  return i;
}
