import { loadLexicon, variants } from '../lexicon/load.js';
import type { Token } from './tokens.js';
import { PhraseMatcher, type PhraseMatch } from './phrases.js';

interface Channel { channel: string; rank: number }

let matcher: PhraseMatcher<Channel> | null = null;

/** The channel matcher over lexicons/channels.tsv (outlets and platforms rank above forms). */
export function channelMatcher(): PhraseMatcher<Channel> {
  if (matcher) return matcher;
  const entries = loadLexicon('channels').map((r) => ({
    variants: variants(r.surface),
    value: { channel: r.channel, rank: r.kind === 'form' ? 1 : 0 },
  }));
  matcher = new PhraseMatcher(entries, 'لبو');
  return matcher;
}

/** The channel named between tokens [from, to): an outlet or platform first, else the first form. */
export function findChannel(tokens: Token[], from: number, to: number): PhraseMatch<Channel> | null {
  const m = channelMatcher();
  let best: PhraseMatch<Channel> | null = null;
  for (let i = from; i < to; i++) {
    const hit = m.matchAt(tokens, i);
    if (!hit || hit.to > to) continue;
    if (!best || hit.value.rank < best.value.rank) best = hit;
    i = hit.to - 1;
  }
  return best;
}
