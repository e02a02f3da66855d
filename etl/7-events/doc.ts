import { normalizeForMatch, type NormalizedView } from '../3-segment/normalize.js';
import { splitSentences, type Sentence } from '../3-segment/sentences.js';
import { tokenize, type Token } from '../5-actors/match.js';

/** An article body prepared once for all event rules: normalized view, words and sentences. */
export interface Doc {
  body: string;
  view: NormalizedView;
  tokens: Token[];
  /** original (UTF-16) start and end of each token */
  ostart: Int32Array;
  oend: Int32Array;
  sentences: DocSentence[];
}

/** A sentence with the range of its tokens. */
export interface DocSentence extends Sentence {
  tokStart: number;
  tokEnd: number;
}

/** Normalizes and tokenizes a body once, and splits it into sentences with token ranges. */
export function buildDoc(body: string): Doc {
  const view = normalizeForMatch(body);
  const tokens = tokenize(view.text);
  const ostart = new Int32Array(tokens.length);
  const oend = new Int32Array(tokens.length);
  tokens.forEach((t, i) => {
    ostart[i] = view.map[t.start];
    oend[i] = view.map[t.end - 1] + 1;
  });
  const doc: Doc = { body, view, tokens, ostart, oend, sentences: [] };
  doc.sentences = splitSentences(body).map((s) => ({
    ...s,
    tokStart: tokenAtOrAfter(doc, s.start),
    tokEnd: tokenAtOrAfter(doc, s.end),
  }));
  return doc;
}

/** Index of the first token whose original start is at or after `offset` (binary search). */
export function tokenAtOrAfter(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.ostart[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence index holding token i (sentences are sorted; binary search). */
export function sentenceOfToken(doc: Doc, i: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (i < s.tokStart) hi = mid - 1;
    else if (i >= s.tokEnd) lo = mid + 1;
    else return mid;
  }
  return -1;
}
