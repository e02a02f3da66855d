import type { Token } from './tokens.js';
import { keyWords } from './tokens.js';

/** A multi-word lexicon phrase matched over consecutive word tokens. */
export interface PhraseMatch<T> {
  /** index of the first token */
  from: number;
  /** index after the last token */
  to: number;
  value: T;
}

/** Matches lexicon phrases (longest first) on word tokens, optionally allowing a one-letter prefix on the first word. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: { variants: string[]; value: T }[], private readonly prefixes = '') {
    for (const e of entries) {
      for (const v of e.variants) {
        const words = keyWords(v);
        if (!words.length) continue;
        const list = this.byFirst.get(words[0]) ?? [];
        list.push({ words, value: e.value });
        this.byFirst.set(words[0], list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at token i, or null. */
  matchAt(tokens: Token[], i: number): PhraseMatch<T> | null {
    const t = tokens[i];
    if (!t?.word) return null;
    const firsts = [t.norm];
    if (this.prefixes.includes(t.norm[0]) && t.norm.length > 2) firsts.push(t.norm.slice(1));
    for (const first of firsts) {
      for (const cand of this.byFirst.get(first) ?? []) {
        let ok = true;
        for (let k = 1; k < cand.words.length; k++) {
          const u = tokens[i + k];
          if (!u?.word || u.norm !== cand.words[k]) { ok = false; break; }
        }
        if (ok) return { from: i, to: i + cand.words.length, value: cand.value };
      }
    }
    return null;
  }

  /** True when some phrase's first word is exactly `word` (no prefix stripped). */
  startsWith(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** True when some phrase starts at token i. */
  has(tokens: Token[], i: number): boolean {
    return this.matchAt(tokens, i) !== null;
  }
}
