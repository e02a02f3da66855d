import { normalizeKey } from '../3-segment/normalize.js';

/**
 * A phrase matcher over word tokens of a normalized view (see 3-segment/normalize.ts).
 * Phrases are indexed by their first word, so a text is scanned once: at each word we look up
 * the word and its de-prefixed stems (و، ف، ب، ل، ك، ال، لل …) in a Map, which keeps matching
 * linear in the text length whatever the size of the lexicon.
 */

/** One word of a normalized text, with its half-open span on the normalized view. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/** A phrase found in the token stream; `start`/`end` are offsets on the normalized view. */
export interface PhraseMatch<T> {
  value: T;
  /** first token index and exclusive last token index */
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  /** the phrase's last word was written open (قصف*) and may carry any ending */
  open: boolean;
}

interface Entry<T> {
  words: string[];
  /** the last word may be followed by any letters (verb/noun endings) */
  open: boolean;
  value: T;
  order: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Splits a normalized text into word tokens (letters and digits). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

// Clitics that attach to a noun or verb in writing: conjunctions, prepositions, future sa-.
// Longest first so that "وب" is tried before "و".
const PREFIXES = ['وب', 'ول', 'فب', 'فل', 'وك', 'فك', 'وس', 'فس', 'و', 'ف', 'ب', 'ل', 'ك', 'س'];

/** A de-prefixed reading of a token: the stem and how many normalized chars were skipped. */
export interface Stem {
  stem: string;
  skip: number;
}

/**
 * Readings of a word once attached clitics are removed, the plain word first.
 * @example stems('وللكرملين') includes {stem: 'الكرملين', skip: 1}
 */
export function stems(word: string): Stem[] {
  const out: Stem[] = [{ stem: word, skip: 0 }];
  const add = (stem: string, skip: number): void => {
    if (stem.length >= 2 && !out.some((s) => s.stem === stem)) out.push({ stem, skip });
  };
  if (word.startsWith('ال') && word.length > 4) add(word.slice(2), 2);
  for (const p of PREFIXES) {
    if (!word.startsWith(p) || word.length - p.length < 2) continue;
    const rest = word.slice(p.length);
    // لل = ل + ال with the alef dropped in writing
    // the span keeps the fused لل (للأمم المتحدة), which has no article to cut off cleanly
    if (p.endsWith('ل') && rest.startsWith('ل')) {
      add('ا' + rest, p.length - 1);
      if (rest.length > 3) add(rest.slice(1), p.length - 1);
    }
    add(rest, p.length);
    if (rest.startsWith('ال') && rest.length > 4) add(rest.slice(2), p.length + 2);
  }
  return out;
}

/** The longest entry found so far at a token: its clitic reading (the first word's stem) and how many letters that skips. */
interface Best<T> {
  e: Entry<T>;
  skip: number;
  stem: string;
}

/** Builds a matcher over phrases; a variant ending in `*` matches any word ending. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** one-word open entries, keyed by their fixed beginning */
  private readonly openWords = new Map<string, Entry<T>[]>();
  private count = 0;
  /**
   * @param allowPrefixes whether clitic prefixes may be stripped from the first word
   * @param join when given, phrases that tie for the longest match (one word written exactly and as an open form, قصف and
   *   قصف*) give one match whose value joins theirs, in the order they were added; otherwise the first added wins
   */
  constructor(
    private readonly allowPrefixes = true,
    private readonly join?: (a: T, b: T) => T,
  ) {}

  /** Adds one variant of a phrase (normalized here, so lexicon text can be written as is). */
  add(variant: string, value: T): void {
    let v = variant.trim();
    const open = v.endsWith('*');
    if (open) v = v.slice(0, -1);
    const words = tokenize(normalizeKey(v)).map((t) => t.text);
    if (words.length === 0) return;
    const entry: Entry<T> = { words, open, value, order: this.count++ };
    const map = open && words.length === 1 ? this.openWords : this.byFirst;
    const list = map.get(words[0]);
    if (list) list.push(entry);
    else map.set(words[0], [entry]);
  }

  /** Leftmost-longest, non-overlapping matches over a token stream. */
  findAll(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.tokEnd;
      } else i++;
    }
    return out;
  }

  /** The longest phrase starting at token i (of at most `maxWords` words), or null. */
  matchAt(tokens: Token[], i: number, maxWords = Infinity): PhraseMatch<T> | null {
    let best: Best<T> | null = null;
    const better = (e: Entry<T>, skip: number): boolean =>
      e.words.length <= maxWords && (!best ||
      e.words.length > best.e.words.length ||
      (e.words.length === best.e.words.length && (skip < best.skip || (skip === best.skip && e.order < best.e.order))));
    const readings = this.allowPrefixes ? stems(tokens[i].text) : [{ stem: tokens[i].text, skip: 0 }];
    for (const { stem, skip } of readings) {
      for (const e of this.byFirst.get(stem) ?? []) if (this.restMatches(e, tokens, i) && better(e, skip)) best = { e, skip, stem };
      if (this.openWords.size) {
        for (let n = stem.length; n >= 2; n--) for (const e of this.openWords.get(stem.slice(0, n)) ?? []) if (better(e, skip)) best = { e, skip, stem };
      }
    }
    if (!best) return null;
    const b: Best<T> = best;
    const last = tokens[i + b.e.words.length - 1];
    const value = this.join ? this.joinTies(tokens, i, b) : b.e.value;
    return { value, tokStart: i, tokEnd: i + b.e.words.length, start: tokens[i].start + b.skip, end: last.end, open: b.e.open };
  }

  /** The joined values of every entry matching at token i as long as the best one, with its clitic reading, in added order. */
  private joinTies(tokens: Token[], i: number, b: Best<T>): T {
    const stem = b.stem;
    const ties = (this.byFirst.get(stem) ?? []).filter((e) => e.words.length === b.e.words.length && this.restMatches(e, tokens, i));
    if (b.e.words.length === 1) for (let n = stem.length; n >= 2; n--) ties.push(...(this.openWords.get(stem.slice(0, n)) ?? []));
    ties.sort((x, y) => x.order - y.order);
    return ties.slice(1).reduce((v, e) => this.join!(v, e.value), ties[0]?.value ?? b.e.value);
  }

  /** Whether an entry of byFirst, its first word read at token i, matches its other words there (a one-word open entry never does: see openWords). */
  private restMatches(e: Entry<T>, tokens: Token[], i: number): boolean {
    if (i + e.words.length > tokens.length || (e.open && e.words.length === 1)) return false;
    for (let k = 1; k < e.words.length; k++) {
      const w = tokens[i + k].text;
      if (!(k === e.words.length - 1 && e.open ? w.startsWith(e.words[k]) : w === e.words[k])) return false;
    }
    return true;
  }
}
