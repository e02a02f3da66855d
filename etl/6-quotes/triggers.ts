import type { Sentence } from '../3-segment/sentences.js';
import { loadLexicon, variants } from '../lexicon/load.js';
import { isComma, tokenAt, type Token } from './tokens.js';
import type { Cue } from './cues.js';
import { PhraseMatcher } from './phrases.js';

/** A place where an attribution starts: a speech verb, "جاء في بيان …" or a leading "بحسب X،". */
export interface Trigger {
  /** first token of the cue */
  from: number;
  /** token after the cue (and after a merged participle: وتابع قائلا) */
  to: number;
  /** where the cue as written starts (after a conjunction و) */
  start: number;
  text: string;
  verb: Cue | null;
  /** channel implied by a document cue (جاء في بيان → statement) */
  docChannel: string | null;
  /** "بحسب X، …" at the start of a sentence */
  according?: boolean;
}

let documents: PhraseMatcher<string> | null = null;
let according: PhraseMatcher<true> | null = null;

/** "جاء في بيان …" cues from lexicons/speech-nouns.tsv. */
function documentMatcher(): PhraseMatcher<string> {
  documents ??= new PhraseMatcher(
    loadLexicon('speech-nouns').filter((r) => r.kind === 'document').map((r) => ({ variants: variants(r.surface), value: r.channel })),
    'و',
  );
  return documents;
}

/** "بحسب / وفقا لـ" cues from lexicons/speech-nouns.tsv. */
export function accordingMatcher(): PhraseMatcher<true> {
  according ??= new PhraseMatcher(
    [{ variants: loadLexicon('speech-nouns').filter((r) => r.kind === 'according').flatMap((r) => variants(r.surface)), value: true as const }],
    'و',
  );
  return according;
}

// Words before a verb that make it part of an adjunct (حسبما نقلت وكالة رويترز), not a new attribution.
const ADJUNCT_LEAD = new Set(['حسبما', 'كما', 'مثلما', 'حسب', 'بحسب']);

/** Token indices of cues that sit inside an adjunct (حسبما نقلت) and attribute nothing themselves. */
export function embeddedCues(tokens: Token[], cues: Cue[]): Set<number> {
  return new Set(cues.filter((c) => ADJUNCT_LEAD.has(tokens[c.index - 1]?.norm ?? '')).map((c) => c.index));
}

/** True when the word starts with a conjunction و that is not part of the cue itself (وبحسب, not وفقا). */
function conjunctionAt<T>(m: PhraseMatcher<T>, t: Token): boolean {
  return t.norm.startsWith('و') && !m.startsWith(t.norm) && m.startsWith(t.norm.slice(1));
}

/**
 * Every attribution start in text order: speech verbs (a participle right after a verb merged
 * into it, وتابع قائلا), document cues anywhere, and "بحسب X،" at a sentence start.
 */
export function findTriggers(body: string, tokens: Token[], cues: Cue[], sentences: Sentence[], embedded: Set<number>):
  { triggers: Trigger[]; merged: Set<number> } {
  const triggers: Trigger[] = [];
  const merged = new Set<number>();
  for (const c of cues) {
    if (merged.has(c.index) || embedded.has(c.index)) continue;
    let to = c.index + 1;
    let end = c.end;
    const next = cues.find((n) => n.index === to && n.tense === 'participle');
    if (next && c.tense !== 'participle') { merged.add(next.index); to++; end = next.end; }
    triggers.push({ from: c.index, to, start: c.start, text: body.slice(c.start, end), verb: c, docChannel: null });
  }
  const nominal = (m: PhraseMatcher<unknown>, i: number, to: number) => {
    const first = tokens[i];
    const start = conjunctionAt(m, first) ? first.start + 1 : first.start;
    return { from: i, to, start, text: body.slice(start, tokens[to - 1].end), verb: null };
  };
  for (let i = 0; i < tokens.length; i++) {
    const hit = documentMatcher().matchAt(tokens, i);
    if (!hit) continue;
    triggers.push({ ...nominal(documentMatcher(), i, hit.to), docChannel: hit.value || null });
    i = hit.to - 1;
  }
  const starts = new Set(sentences.map((s) => tokenAt(tokens, s.start)));
  for (let i = 0; i < tokens.length; i++) {
    // "بحسب X،" opening a sentence, or "، بحسب X." closing one
    if (!starts.has(i) && !(i > 0 && isComma(tokens[i - 1]))) continue;
    const hit = accordingMatcher().matchAt(tokens, i);
    if (hit) triggers.push({ ...nominal(accordingMatcher(), i, hit.to), docChannel: null, according: true });
  }
  triggers.sort((a, b) => a.from - b.from);
  return { triggers, merged };
}
