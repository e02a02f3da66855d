import type { Token } from './tokens.js';
import { isComma, tokenAt } from './tokens.js';
import type { QuoteMarks } from './marks.js';
import { grammar } from './grammar.js';
import { accordingMatcher } from './triggers.js';
import { findChannel } from './channels.js';

/** Where the clause of a statement ends, and what cut it. */
export interface ClauseBound {
  end: number;
  /** ended at a closing mark with no opener (a broken quotation) */
  orphan: boolean;
  /** channel named by a trailing "وفقا لـ …" cut from the content */
  channel: string | null;
}

/** Everything the bound finders look at. */
export interface BodyIndex {
  body: string;
  tokens: Token[];
  marks: QuoteMarks;
  /** token index → cue tense, for every speech cue */
  cueTense: Map<number, string>;
  /** token indices of cues written with a و/ف prefix (a new coordinated clause) */
  prefixedCue: Set<number>;
  /** token indices of cues embedded in an adjunct (حسبما نقلت) */
  embedded: Set<number>;
  paragraphEnd(pos: number): number;
  sentenceEnd(pos: number): number;
}

/** True when the token at i starts a clause-final attribution ("، بحسب قوله") of at most maxWords words ending at `end`. */
function trailingAttribution(idx: BodyIndex, i: number, end: number, maxWords: number): boolean {
  const { tokens } = idx;
  const hit = grammar().ownWords.matchAt(tokens, i) ?? accordingMatcher().matchAt(tokens, i);
  if (!hit) return false;
  let words = 0;
  for (let k = i; k < tokens.length && tokens[k].start < end; k++) if (tokens[k].word) words++;
  return words <= maxWords;
}

/** Index of the pair whose opening mark is at `pos`, or -1. */
export function pairAt(marks: QuoteMarks, pos: number): number {
  return marks.pairs.findIndex((p) => p.open === pos);
}

/** Moves `end` back over spaces and clause punctuation. */
export function trimEnd(body: string, start: number, end: number): number {
  while (end > start && /[\s.,،:;؛\-–—]/.test(body[end - 1])) end--;
  return end;
}

/** Moves `start` forward over spaces and commas. */
export function trimStart(body: string, start: number, end: number): number {
  while (start < end && /[\s,،:;؛\-–—]/.test(body[start])) start++;
  return start;
}

/**
 * The end of an indirect or colon clause starting at `start`: the sentence end, cut before a
 * continuation participle (، مضيفا) or a trailing "بحسب …", or stretched to a closing mark with
 * no opener later in the paragraph when no other cue comes first.
 */
export function clauseBound(idx: BodyIndex, start: number): ClauseBound {
  const { tokens, marks, body } = idx;
  const paraEnd = idx.paragraphEnd(start);
  let end = Math.min(idx.sentenceEnd(start), paraEnd);
  let orphan = false;
  const orphanAt = marks.orphanClosers.find((c) => c >= start && c < paraEnd);
  if (orphanAt !== undefined) {
    let clear = true;
    for (let k = tokenAt(tokens, start); k < tokens.length && tokens[k].start < orphanAt; k++) {
      if (idx.cueTense.has(k) && !idx.embedded.has(k)) { clear = false; break; }
    }
    if (clear || orphanAt < end) { end = orphanAt; orphan = true; }
  }
  let channel: string | null = null;
  for (let k = tokenAt(tokens, start); k < tokens.length && tokens[k].start < end; k++) {
    const t = tokens[k];
    const inPair = marks.pairs.some((p) => p.open < t.start && t.start < p.close && p.open >= start);
    if (inPair) continue;
    // a participle (مضيفا) or ", و<verb>" (، ونفت) starts the next attribution
    const continuation = tokens[k].start > start && !idx.embedded.has(k)
      && (idx.cueTense.get(k) === 'participle' || (idx.prefixedCue.has(k) && isComma(tokens[k - 1])));
    // …، فيما أعلنت قيادة العمليات رفع حظر التجوال: a contrast word with a speech verb of its own opens another statement
    // … and so does "، و" with a time or place before its verb (، وبعد دقائق أعلنت القيادة …، وفي بيروت قال …)
    const cueSoon = (n: number): boolean => Array.from({ length: n }, (_, d) => k + d + 1)
      .some((m) => idx.cueTense.get(m) === 'past' && !idx.embedded.has(m) && !isComma(tokens[m - 1]));
    const contrastCue = t.start > start && t.word && ((/^(?:فيما|وفيما|بينما|وبينما)$/u.test(t.norm) && cueSoon(4))
      || (isComma(tokens[k - 1]) && /^و(?:بعد|في|عقب|قبل|خلال|منذ)$/u.test(t.norm) && cueSoon(3)));
    if (contrastCue) {
      end = t.start;
      orphan = false;
      break;
    }
    if (continuation || (t.start > start && trailingAttribution(idx, k, end, isComma(tokens[k - 1]) ? 8 : 5))) {
      if (!continuation) channel = findChannel(tokens, k, tokenAt(tokens, end))?.value.channel ?? null;
      end = t.start;
      orphan = false;
      break;
    }
  }
  return { end: trimEnd(body, start, end), orphan, channel };
}

/** The end of a quotation whose opening mark is never closed: the next continuation cue or the paragraph end. */
export function unclosedBound(idx: BodyIndex, start: number): number {
  const { tokens, body } = idx;
  const paraEnd = idx.paragraphEnd(start);
  for (let k = tokenAt(tokens, start); k < tokens.length && tokens[k].start < paraEnd; k++) {
    if (idx.cueTense.get(k) === 'participle' || (idx.cueTense.has(k) && isComma(tokens[k - 1]))) {
      return trimEnd(body, start, tokens[k].start);
    }
  }
  return trimEnd(body, start, paraEnd);
}
