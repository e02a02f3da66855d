import type { Cue } from './cues.js';
import { lastCueBetween } from './cues.js';
import type { Trigger } from './triggers.js';

/** The modality cues of a document, by kind (see lexicons/event-modality.tsv). */
export type ModalityCues = Map<string, Cue[]>;

// How many words before a trigger a negation, a stop-word or an intention still governs it.
const NEGATION_REACH = 2;
const CANCEL_REACH = 2;
const FUTURE_REACH = 3;
const HYPOTHETICAL_REACH = 6;

/** The token where the clause holding token `i` starts: after the last break cue, or the sentence start. */
export function clauseStart(cues: ModalityCues, sentenceStart: number, i: number): number {
  const br = lastCueBetween(cues.get('break'), sentenceStart, i);
  return br ? br.tokEnd : sentenceStart;
}

/** Whether a negation stands right before the trigger (لم تعلن), not as "still" (لا تزال). */
export function isNegated(cues: ModalityCues, t: Pick<Trigger, 'tokStart'>, sentenceStart: number): boolean {
  const neg = lastCueBetween(cues.get('negation'), Math.max(sentenceStart, t.tokStart - NEGATION_REACH), t.tokStart);
  if (!neg) return false;
  return !cues.get('continuity')?.some((c) => c.tokStart === neg.tokEnd);
}

/** Whether the trigger is what is to be stopped or prevented (وقف إطلاق النار، إنهاء القتال). */
export function isCancelled(cues: ModalityCues, t: Trigger, sentenceStart: number): boolean {
  return !!lastCueBetween(cues.get('cancel'), Math.max(sentenceStart, t.tokStart - CANCEL_REACH), t.tokStart);
}

// Acts a refusal right before them says were not done (رفض التنحي، رفضت الاستجابة لمطالب، جددت رفضها فتح الحدود).
const REFUSABLE = new Set(['CONCEDE', 'COOPERATE', 'RETREAT']);

/** Whether the trigger is a yielding, cooperation or withdrawal refused right before it (رفض التنحي، برفض التعاون). */
export function isRefused(cues: ModalityCues, t: Trigger): boolean {
  return REFUSABLE.has(t.eventType) && !!cues.get('refuse')?.some((c) => c.tokEnd === t.tokStart);
}

/** 'hypothetical' (في حال، إذا) or 'future' (ستواصل، تستعد لـ، س-) when the clause marks it so, else null. */
export function irrealis(cues: ModalityCues, t: Trigger, clause: number): 'hypothetical' | 'future' | null {
  if (lastCueBetween(cues.get('hypothetical'), Math.max(clause, t.tokStart - HYPOTHETICAL_REACH), t.tokStart)) {
    return 'hypothetical';
  }
  if (t.future || lastCueBetween(cues.get('future'), Math.max(clause, t.tokStart - FUTURE_REACH), t.tokStart)) return 'future';
  return null;
}

/** The deny cue whose scope holds the trigger (نفت … إسقاط), if any. */
export function denialOf(cues: ModalityCues, t: Trigger, clause: number): Cue | undefined {
  const d = lastCueBetween(cues.get('deny'), clause, t.tokStart);
  return d && d.tokEnd <= t.tokStart ? d : undefined;
}

/** Whether the sentence says the event is going on now (الآن، الجارية), dating it to publication. */
export function isPresent(cues: ModalityCues, from: number, to: number): boolean {
  return !!cues.get('present')?.some((c) => c.tokStart >= from && c.tokEnd <= to);
}

/**
 * Whether a noun trigger is no reported event: a topic, goal or any-quantified noun right before it
 * (حول إمكانية الوساطة، التوجه إلى المفاوضات، أي نشر)، or an office whose name it completes (لجنة المفاوضات).
 */
export function isGeneric(cues: ModalityCues, t: Trigger, tokens: { text: string }[]): boolean {
  if (t.def.pos !== 'n') return false;
  if (cues.get('generic')?.some((c) => c.tokEnd === t.tokStart)) return true;
  // an office name: the trigger is the genitive of a bare head noun (قسم التعاون), not a clitic-led phrase;
  // a definite word cannot head a genitive (قرر الرئيس حل البرلمان)
  if (/[وفبلك]/.test(t.clitic.replace(/ال$/, ''))) return false;
  return !!cues.get('institution')?.some((c) => c.tokEnd === t.tokStart && c.tokStart === t.tokStart - 1 && !/^(?:[وف]?ال)/u.test(tokens[c.tokStart]?.text ?? ''));
}

/** Whether the trigger is said to stop right after it (المعارك تتوقف). */
export function isHalted(cues: ModalityCues, t: Trigger): boolean {
  return !!cues.get('halt')?.some((c) => c.tokStart >= t.tokEnd && c.tokStart <= t.tokEnd + 1);
}
