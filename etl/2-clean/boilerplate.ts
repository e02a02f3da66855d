import { loadLexicon, variants } from '../lexicon/load.js';
import { normalizeKey } from '../3-segment/normalize.js';

/** What a line of the raw text is, for the cleaner. */
export type LineClass = 'text' | 'drop' | 'tail';

interface Rules {
  exact: Map<string, string>; // normalized variant → kind, for whole-line matches
  prefix: Array<{ key: string; kind: string }>; // share/rights/tail lines may carry extra words
  tail: Set<string>;
}

let rules: Rules | null = null;

function loadRules(): Rules {
  if (rules) return rules;
  const exact = new Map<string, string>();
  const prefix: Rules['prefix'] = [];
  const tail = new Set<string>();
  for (const row of loadLexicon('boilerplate')) {
    for (const v of variants(row.variants)) {
      const key = normalizeKey(v);
      exact.set(key, row.kind);
      if (row.action === 'tail') tail.add(key);
      if (row.action === 'tail' || row.kind === 'share' || row.kind === 'rights') prefix.push({ key, kind: row.kind });
    }
  }
  prefix.sort((a, b) => b.key.length - a.key.length);
  rules = { exact, prefix, tail };
  return rules;
}

// Emoji, bullets, counters and punctuation that decorate menu items but carry no words.
const DECOR = /[\p{Extended_Pictographic}\uFE0F\u200D•·▪►▶◀|:\-–—_*#()[\]{}"'«»“”.,،!?؟0-9]+/gu;
const COMMENT_STAMP = /^[·•\s]*منذ\s+\d+\s+(ثانيه|ثواني|دقيقه|دقايق|دقائق|ساعه|ساعات|يوم|ايام|اسبوع|اسابيع|شهر|اشهر|شهور|سنه|سنوات|سنين|عام|اعوام)/;

/**
 * Classifies one raw line: article text, a line of site furniture to drop, or the start of a
 * tail (comments, reading lists) after which nothing is article text.
 */
export function classifyLine(line: string): LineClass {
  const r = loadRules();
  const norm = normalizeKey(line);
  if (!norm) return 'drop';
  const bare = norm.replace(DECOR, ' ').replace(/\s+/g, ' ').trim();
  if (!bare) return 'drop'; // counters, emoji or punctuation alone
  if (r.tail.has(bare)) return 'tail';
  if (r.exact.has(bare)) return 'drop';
  if (COMMENT_STAMP.test(norm) && norm.length < 80) return 'drop';
  if (/^\p{Extended_Pictographic}/u.test(line.trim()) && bare.length < 40) return 'drop'; // emoji-led navigation
  if (/©|\(c\)\s*\d{4}/i.test(norm) && norm.length < 120) return 'drop';
  for (const p of r.prefix) {
    if (bare.startsWith(p.key) && bare.length <= p.key.length + 45) return r.tail.has(p.key) ? 'tail' : 'drop';
  }
  // A line made only of menu words ("الرئيسية | أخبار | سياسة").
  const parts = norm.split(/[|•·/]+|\s{2,}/).map((s) => s.replace(DECOR, ' ').trim()).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => r.exact.has(p))) return 'drop';
  return 'text';
}
