import { loadLexicon, variants } from '../lexicon/load.js';
import { keyWords, type Token } from './tokens.js';
import { numberWordsSource } from '../4-dates/numbers.js';
import { PhraseMatcher } from './phrases.js';

/** Function-word sets from lexicons/quote-grammar.tsv, keyed by role, as normalized single words. */
export interface Grammar {
  complementizer: Set<string>;
  negativeComplementizer: Set<string>;
  adverb: Set<string>;
  stopPreposition: Set<string>;
  adjunctNoun: Set<string>;
  marker: Set<string>;
  contrast: Set<string>;
  nonSpeaker: Set<string>;
  backReference: Set<string>;
  sameSource: Set<string>;
  notObject: Set<string>;
  notReporting: Set<string>;
  bySaying: Set<string>;
  mourning: Set<string>;
  objectHead: Set<string>;
  demonstrative: Set<string>;
  relative: Set<string>;
  document: Set<string>;
  issuedBy: Set<string>;
  outletNoun: Set<string>;
  saying: Set<string>;
  relaying: Set<string>;
  circumstantial: Set<string>;
  inNameOf: Set<string>;
  descriptor: Set<string>;
  auxiliary: Set<string>;
  withheldVerb: Set<string>;
  withheldNoun: Set<string>;
  npAdjective: Set<string>;
  resumptive: Set<string>;
  quantifier: Set<string>;
  vagueCount: Set<string>;
  passiveAgent: Set<string>;
  officeOf: Set<string>;
  pointer: Set<string>;
  compoundFirst: Set<string>;
  compoundTail: Set<string>;
  abbreviatedRank: Set<string>;
  droppedNotCue: Set<string>;
  ownInitial: Set<string>;
  partitive: Set<string>;
  emphatic: Set<string>;
  ownWords: PhraseMatcher<true>;
}

let cached: Grammar | null = null;

/** Loads the quote grammar lexicon once. */
export function grammar(): Grammar {
  if (cached) return cached;
  const rows = loadLexicon('quote-grammar');
  const words = (role: string): Set<string> => {
    const set = new Set<string>();
    for (const r of rows.filter((x) => x.role === role)) {
      for (const v of variants(r.forms)) set.add(keyWords(v).join(' '));
    }
    return set;
  };
  const own = rows.filter((r) => r.role === 'own-words').flatMap((r) => variants(r.forms));
  cached = {
    complementizer: words('complementizer'),
    negativeComplementizer: words('negative-complementizer'),
    adverb: words('adverb'),
    stopPreposition: words('stop-preposition'),
    adjunctNoun: words('adjunct-noun'),
    marker: words('marker'),
    contrast: words('contrast'),
    nonSpeaker: words('non-speaker'),
    backReference: words('back-reference'),
    sameSource: words('same-source'),
    notObject: words('not-object'),
    notReporting: words('not-reporting'),
    bySaying: words('by-saying'),
    mourning: words('mourning'),
    objectHead: words('object-head'),
    demonstrative: words('demonstrative'),
    relative: words('relative'),
    document: words('document'),
    issuedBy: words('issued-by'),
    outletNoun: words('outlet-noun'),
    saying: words('saying'),
    relaying: words('relaying'),
    circumstantial: words('circumstantial'),
    inNameOf: words('in-name-of'),
    descriptor: words('descriptor'),
    auxiliary: words('auxiliary'),
    withheldVerb: words('withheld-verb'),
    withheldNoun: words('withheld-noun'),
    npAdjective: words('np-adjective'),
    resumptive: words('resumptive'),
    quantifier: words('quantifier'),
    vagueCount: words('vague-count'),
    passiveAgent: words('passive-agent'),
    officeOf: words('office-of'),
    pointer: words('pointer'),
    compoundFirst: words('compound-first'),
    compoundTail: words('compound-tail'),
    abbreviatedRank: words('abbreviated-rank'),
    droppedNotCue: words('dropped-not-cue'),
    ownInitial: words('own-initial'),
    partitive: words('partitive'),
    emphatic: words('emphatic'),
    ownWords: new PhraseMatcher([{ variants: own, value: true as const }], 'و'),
  };
  return cached;
}

/** A noun without its possessive pronoun, its ta marbuta restored (بيانه → بيان، كلمته → كلمه). */
export function withoutPossessive(norm: string): string {
  return norm.replace(/(?:ها|هم|هما|ه)$/u, '').replace(/ت$/u, 'ه');
}

/** Strips one leading ب/ل/و/ف from a normalized word (for prefixed forms like لمنطقة). */
export function stripPrefix(norm: string): string {
  return norm.length > 3 && 'بلوف'.includes(norm[0]) ? norm.slice(1) : norm;
}

/** True for a definite word (ال، وال، بال، لل، فال، كال) given its hamza-preserving form: إلهام is not. */
export function isDefinite(bare: string): boolean {
  return /^(?:[وفبك]?ال|لل)\S{2,}/.test(bare);
}

let numberWord: RegExp | null = null;

/**
 * Whether a token is a count: digits (58، ٥٨), a number word of the date engine's lexicon (ثلاثة) or a
 * vague count of quote-grammar.tsv (عشرات), with or without a joined و/ف.
 */
export function isCount(t: Token): boolean {
  numberWord ??= new RegExp(`^(?:[وف]?)(?:${numberWordsSource()})$`, 'u');
  return /^[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(t.raw) || numberWord.test(t.norm) || numberWord.test(t.bare)
    || grammar().vagueCount.has(t.norm.replace(/^[وف]/u, ''));
}
