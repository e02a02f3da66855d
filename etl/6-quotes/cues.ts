import { loadLexicon, variants } from '../lexicon/load.js';
import type { Token } from './tokens.js';
import { isComma, keyWords } from './tokens.js';
import { grammar, isCount } from './grammar.js';

/** A speech verb or participle found in the body. */
export interface Cue {
  /** token index */
  index: number;
  /** span of the form as written, without a و/ف prefix */
  start: number;
  end: number;
  text: string;
  lemma: string;
  tense: 'past' | 'present' | 'participle';
  /** the verb can introduce a quotation without a colon or complementizer */
  bareQuote: boolean;
  /** written with a و/ف prefix: it opens a new clause, so no fronted subject precedes it */
  prefixed: boolean;
  /** goes on with the statement already reported (أضاف، تابع) */
  continues: boolean;
  /** normalized prepositions opening a noun-phrase statement (دعا إلى …، حذر من …); empty when none */
  complement: string[];
  /** an object (the one called on) may stand between the subject and the complement preposition */
  addressee: boolean;
  /** a bare noun-phrase object is the statement (أعلن انطلاق العمليات، مؤكدا ضرورة الحل) */
  object: boolean;
}

interface Form { lemma: string; tense: Cue['tense']; bareQuote: boolean; continues: boolean; complement: string[]; addressee: boolean; object: boolean }

let forms: Map<string, Form> | null = null;
// forms listed with a shadda (بيّن), matched only when the text writes it: unmarked they are another word (بين "between")
let marked: Map<string, Form> | null = null;
const SHADDA = '\u0651';

/** Loads lexicons/speech-verbs.tsv into a map from normalized form to its verb. */
function speechForms(): Map<string, Form> {
  if (forms) return forms;
  forms = new Map();
  marked = new Map();
  for (const row of loadLexicon('speech-verbs')) {
    const bareQuote = row.bare_quote === 'yes';
    const continues = row.continues === 'yes';
    const addressee = row.addressee === 'yes';
    const object = row.object === 'yes';
    const complement = [...new Set(variants(row.complement ?? '').map((v) => keyWords(v).join(' ')).filter(Boolean))];
    for (const tense of ['past', 'present', 'participle'] as const) {
      for (const v of variants(row[tense])) {
        const key = keyWords(v).join(' ');
        const form = { lemma: row.lemma, tense, bareQuote, continues, complement, addressee, object };
        if (v.includes(SHADDA)) { marked.set(key, form); continue; }
        forms.set(key, form);
        // tanween alif is often dropped in writing (مضيف، مؤكد): accept both spellings
        // … unless that spelling is another word (مطالب "demands")
        if (tense === 'participle' && key.endsWith('ا') && !grammar().droppedNotCue.has(key.slice(0, -1))) forms.set(key.slice(0, -1), form);
      }
    }
  }
  return forms;
}

/**
 * محملا حركة فتح المسؤولية: the participle of حمّل written without its shadda, when المسؤولية follows
 * within six words (unmarked, محملة is as often "loaded": محملة بالمساعدات).
 */
function unmarkedBlamed(tokens: Token[], i: number): boolean {
  if (!/^[وف]?محمل(?:ا|ه|ين)$/u.test(tokens[i].norm)) return false;
  return tokens.slice(i + 1, i + 8).some((t) => /^(?:ال)?مسوولي(?:ه|ته|تها|تهم)$/u.test(t.norm)); // ؤ folds to و
}

/**
 * ونشر X على حسابه: "…": نشر is "posted" (read as كتب) only with an account, a page or a post named within
 * six words after it; alone it is as often "deployed" or "published".
 */
function postedCue(tokens: Token[], i: number): Cue | null {
  const t = tokens[i];
  if (!t.word || !/^[وف]?نشر(?:ت|وا)?$/u.test(t.norm)) return null;
  if (!tokens.slice(i + 1, i + 8).some((w) => /^(?:على|عبر|في)$/u.test(w.norm))
    || !tokens.slice(i + 1, i + 9).some((w) => /^(?:حسابه|حسابها|حسابهم|صفحته|صفحتها|منصه|تغريده|منشور|تدوينه)$/u.test(w.norm))) return null;
  const form = speechForms().get('كتب');
  return form ? cueOf(tokens, i, form, /^[وف]/u.test(t.norm), 'past') : null;
}

/** A cue read from a form the lexicon lists with its shadda (بيّن، محمّلا), written here without it. */
function markedCue(tokens: Token[], i: number, key: string): Cue | null {
  speechForms();
  const t = tokens[i];
  const prefixed = /^[وف]/u.test(t.norm) && !marked!.has(t.norm);
  const form = marked!.get(prefixed ? t.norm.slice(1) : t.norm) ?? marked!.get(key);
  return form ? cueOf(tokens, i, form, prefixed) : null;
}

/** Looks a word token up as a speech-verb form, with an optional و/ف prefix. */
export function matchCue(tokens: Token[], index: number): Cue | null {
  const t = tokens[index];
  if (!t.word) return null;
  const table = speechForms();
  let form = table.get(t.norm);
  let prefixed = false;
  if (!form && 'وف'.includes(t.norm[0]) && t.norm.length > 2) {
    form = table.get(t.norm.slice(1));
    prefixed = !!form;
  }
  if (!form && t.raw.includes(SHADDA)) {
    form = marked!.get(t.norm);
    if (!form && 'وف'.includes(t.norm[0]) && t.norm.length > 2) {
      form = marked!.get(t.norm.slice(1));
      prefixed = !!form;
    }
  }
  return form ? cueOf(tokens, index, form, prefixed) : null;
}

/** The cue of token i read as `form`; a و/ف prefix (and its harakat) is left out of its span. */
function cueOf(tokens: Token[], index: number, form: Form, prefixed: boolean, tense: Cue['tense'] = form.tense): Cue {
  const t = tokens[index];
  let start = t.start;
  if (prefixed) {
    start++;
    while (start < t.end && /\p{M}/u.test(t.raw[start - t.start])) start++;
  }
  return {
    index, start, end: t.end, text: t.raw.slice(start - t.start),
    lemma: form.lemma, tense, bareQuote: form.bareQuote, prefixed, continues: form.continues, complement: form.complement,
    addressee: form.addressee, object: form.object,
  };
}

/**
 * وبين الوزير أن …: بيّن written without its shadda, opening a clause with و/ف, when a complementizer
 * follows within eight words and nothing is coordinated before it (not بين X و Y "between").
 */
function unmarkedExplained(tokens: Token[], i: number): boolean {
  if (!/^[وف]بين$/u.test(tokens[i].norm)) return false;
  // (right before أن only at a sentence's start: وبين أن … "and he explained that")
  const opens = i === 0 || tokens[i - 1].raw === '.';
  for (let k = i + 1, words = 0; k < tokens.length && words <= 8; k++) {
    const t = tokens[k];
    if (!t.word) { if (t.raw === '.' || t.raw === ':') return false; continue; }
    if (/^(?:ان|انه|انها|بان)$/u.test(t.norm)) return words > 0 || opens;
    if (/^و/u.test(t.norm) && words > 0) return false;
    words++;
  }
  return false;
}

/**
 * Finds every speech-verb form in the token stream, in text order. A participle after a count is the
 * counted noun (بلغ ٥٨ متهما "defendants", ثلاثة مطالبين), not a cue.
 */
export function findCues(tokens: Token[]): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = matchCue(tokens, i) ?? (unmarkedExplained(tokens, i) ? markedCue(tokens, i, 'بين')
      : unmarkedBlamed(tokens, i) ? markedCue(tokens, i, 'محملا') : postedCue(tokens, i));
    if (!c || (c.tense === 'participle' && !c.prefixed && i > 0 && isCount(tokens[i - 1]))) continue;
    // حالة إصابة مؤكدة، معلومات مؤكدة: a feminine participle right after an indefinite feminine noun is its adjective
    const prev = tokens[i - 1];
    if (c.tense === 'participle' && !c.prefixed && prev?.word && /ه$/u.test(tokens[i].norm) && /(?:ه|ات)$/u.test(prev.norm)
      && !/^(?:[وفبلك]?ال|لل)/u.test(prev.norm) && !matchCue(tokens, i - 1)) continue;
    // وقال أحدهم، ويدعى أبو سمير: "is called" (يُدعى) folds to يدعي "claims"; set off by a comma it names the one before
    if (/^[وف]?[يت]دعي$/u.test(tokens[i].norm) && i > 0 && isComma(tokens[i - 1])) continue;
    out.push(c);
  }
  return out;
}
