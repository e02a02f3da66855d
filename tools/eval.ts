/**
 * Scores the quote and event extractors against hand-annotated passages (test/eval/*.jsonl).
 *
 *   node dist/tools/eval.js [--split dev|dev2 … dev98|test|all] [--show]
 *
 * Quotes: a gold statement is found when a predicted quote's content holds the gold content words (a joined
 * ب or ل on the first word may stand on either side: بتشكيل لجنة holds تشكيل لجنة and the reverse);
 * its speaker is right when the predicted speaker names the same words as the gold speaker (one name
 * within the other: "شكري" for "سامح شكري" counts). A missed statement counts as a wrong speaker.
 * Events: a gold event is matched by a predicted row of the same PLOVER type whose evidence sentence
 * holds the gold trigger; "type and date right" also needs the same event date (null = null).
 * Precision counts predicted rows that match no gold statement or event.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDates } from '../etl/4-dates/index.js';
import { findActors } from '../etl/5-actors/index.js';
import { extractQuotes } from '../etl/6-quotes/index.js';
import { extractEvents } from '../etl/7-events/index.js';
import { buildDoc } from '../etl/7-events/doc.js';
import { findTriggers, type Trigger } from '../etl/7-events/triggers.js';
import { normalizeKey } from '../etl/3-segment/normalize.js';
import type { ArticleContext, EventRecord, QuoteRecord } from '../etl/types.js';

export interface GoldQuote {
  speaker: string;
  speaker_kind: 'person' | 'institution' | 'anonymous';
  cue: string;
  type: 'direct' | 'indirect' | 'mixed';
  content: string;
  channel: string | null;
}

export interface GoldEvent {
  type: string;
  trigger: string;
  date: string | null;
  actor1: string | null;
  actor2: string | null;
  killed: number | null;
  wounded: number | null;
  modality: string;
}

export interface Passage {
  id: string;
  outlet: string;
  published: string;
  text: string;
  quotes?: GoldQuote[];
  events?: GoldEvent[];
}

export interface QuoteScore {
  passages: number;
  gold: number;
  predicted: number;
  found: number;
  speakerRight: number;
  typeRight: number;
  spurious: number;
  misses: string[];
}

export interface EventScore {
  passages: number;
  gold: number;
  predicted: number;
  typeRight: number;
  typeDateRight: number;
  actor1Right: number;
  spurious: number;
  /** missed gold events by where they were lost: no trigger of any type read at their place, a trigger of their type read
   * and then left out (joined to an act told before, held by a demand, negated …), or only a trigger of another type */
  lost: { noTrigger: number; leftOut: number; otherType: number };
  misses: string[];
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** test/eval, from src (tools/) or from the build (dist/tools/). */
export const EVAL_DIR = [join(HERE, '..', 'test', 'eval'), join(HERE, '..', '..', 'test', 'eval')].find((d) => {
  try {
    readdirSync(d);
    return true;
  } catch {
    return false;
  }
}) ?? join(HERE, '..', 'test', 'eval');

/** Reads one JSONL file of annotated passages. */
export function readPassages(file: string): Passage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Passage);
}

/** Runs the pipeline's extraction stages over one passage published on `published`. */
export function context(p: Passage): ArticleContext {
  const dates = findDates(p.text, { anchor: p.published });
  return { articleId: p.id, publishedDate: p.published, dates, actors: findActors(p.text) };
}

/** Folded words of a phrase: hamza, ta marbuta and harakat folded, leading و and ال dropped. */
function words(s: string): string[] {
  return normalizeKey(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/^و(?=..)/, '').replace(/^(ال|لل)(?=..)/, ''));
}

/** Whether every word of the shorter phrase is among the longer one's words. */
export function sameName(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.every((w) => long.includes(w));
}

/** Whether a predicted quote holds the gold content (as words, so punctuation and marks do not matter). */
export function holds(predicted: string, content: string): boolean {
  const got = words(predicted);
  const have = ` ${got.join(' ')} `;
  // a leading complementizer (أن يحاكم …) or the verb's own preposition (حذر من …، دعا إلى …) may stand outside the row's content
  const want = words(content);
  while (want.length > 1 && /^(?:ب?[اأإ]ن|[اأإ]نه|[اأإ]نها|من|[اإ]لي|[اإ]لى|علي|على|عن)$/u.test(want[0])) want.shift();
  if (have.includes(` ${want.join(' ')} `)) return true;
  // a joined preposition on the first word (بمقتل …، بتشكيل …) may stand inside or outside either side's words
  const rest = want.slice(1).join(' ');
  return got.some((w, i) => unjoined(w) === unjoined(want[0]) && i + want.length <= got.length
    && got.slice(i + 1, i + want.length).join(' ') === rest);
}

/** A folded word without a joined ب or ل and the article after it (بالإفراج، للتهدئة، بتشكيل → افراج، تهدئه، تشكيل). */
function unjoined(w: string): string {
  // … and a و the word fold dropped (بوقف → قف, as وقف folds to قف)
  return w.replace(/^[بل](?=...)/u, '').replace(/^(?:ال|ل)(?=..)/u, '').replace(/^و(?=..)/u, '');
}

/** Scores the quote extractor over passages. */
export function scoreQuotes(passages: Passage[]): QuoteScore {
  const s: QuoteScore = { passages: passages.length, gold: 0, predicted: 0, found: 0, speakerRight: 0, typeRight: 0, spurious: 0, misses: [] };
  for (const p of passages) {
    const gold = p.quotes ?? [];
    const pred = extractQuotes(p.text, context(p));
    s.gold += gold.length;
    s.predicted += pred.length;
    const used = new Set<number>();
    for (const g of gold) {
      const i = pred.findIndex((q, k) => !used.has(k) && holds(q.content, g.content));
      if (i < 0) {
        s.misses.push(`${p.id} missed: ${g.speaker} ${g.cue} «${g.content}»`);
        continue;
      }
      used.add(i);
      s.found++;
      const q = pred[i];
      if (sameName(q.speaker, g.speaker)) s.speakerRight++;
      else s.misses.push(`${p.id} speaker: gold ${g.speaker} / got ${q.speaker ?? 'null'} «${g.content}»`);
      if (q.quoteType === g.type) s.typeRight++;
    }
    pred.forEach((q, k) => {
      if (!used.has(k)) {
        s.spurious++;
        s.misses.push(`${p.id} extra: ${q.speaker ?? 'null'} ${q.cue ?? ''} «${q.content.slice(0, 60)}»`);
      }
    });
  }
  return s;
}

/**
 * Where each gold event's trigger stands in its text: its next occurrence after the trigger before, else its first
 * (one word told twice is two events in order), -1 when absent.
 */
export function triggerPlaces(p: Passage): number[] {
  let from = 0;
  return (p.events ?? []).map((g) => {
    let at = p.text.indexOf(g.trigger, from);
    if (at < 0) at = p.text.indexOf(g.trigger);
    else from = at + g.trigger.length;
    return at;
  });
}

/** What the event score reads of a row: its type, its evidence span, its trigger, its day and its doer. */
export type ScoredRow = Pick<EventRecord, 'start' | 'end' | 'eventType' | 'eventDate' | 'trigger' | 'actor1Text'>;

/**
 * Scores rows against the gold events: the extractor's by default, or another annotator's (tools/agreement.ts). The
 * passage's context (dates, actors) is worked out once and handed to `rowsOf`.
 */
export function scoreEvents(
  passages: Passage[],
  rowsOf: (p: Passage, ctx: ArticleContext) => ScoredRow[] = (p, ctx) => extractEvents(p.text, ctx),
): EventScore {
  const s: EventScore = {
    passages: passages.length, gold: 0, predicted: 0, typeRight: 0, typeDateRight: 0, actor1Right: 0, spurious: 0,
    lost: { noTrigger: 0, leftOut: 0, otherType: 0 }, misses: [],
  };
  for (const p of passages) {
    const gold = p.events ?? [];
    const ctx = context(p);
    const pred = rowsOf(p, ctx);
    // the triggers read before any rule keeps or drops them, worked out only for a passage with a miss
    let triggers: Trigger[] | undefined;
    const readAt = (start: number, end: number): Trigger[] =>
      (triggers ??= findTriggers(buildDoc(p.text), [...ctx.actors].sort((a, b) => a.start - b.start))).filter((t) => t.start < end && start < t.end);
    s.gold += gold.length;
    s.predicted += pred.length;
    const used = new Set<number>();
    const places = triggerPlaces(p);
    for (const [n, g] of gold.entries()) {
      const at = places[n];
      const covers = (e: ScoredRow): boolean => at >= e.start && at < e.end;
      const candidates = pred.map((e, k) => ({ e, k })).filter(({ e, k }) => !used.has(k) && e.eventType === g.type && covers(e));
      // prefer the row whose trigger is the gold trigger, then the one with the right date
      candidates.sort(
        (a, b) =>
          Number(sameName(b.e.trigger, g.trigger)) - Number(sameName(a.e.trigger, g.trigger)) ||
          Number(b.e.eventDate === g.date) - Number(a.e.eventDate === g.date),
      );
      const hit = candidates[0];
      if (!hit) {
        const read = at < 0 ? [] : readAt(at, at + g.trigger.length);
        const where = read.some((t) => t.eventType === g.type) ? 'leftOut' : read.length ? 'otherType' : 'noTrigger';
        s.lost[where]++;
        const why = where === 'leftOut' ? 'read, left out' : where === 'otherType' ? `read as ${read.map((t) => t.eventType).join('/')}` : 'no trigger';
        s.misses.push(`${p.id} missed (${why}): ${g.type} «${g.trigger}» ${g.date ?? 'null'}`);
        continue;
      }
      used.add(hit.k);
      s.typeRight++;
      if (hit.e.eventDate === g.date) s.typeDateRight++;
      else s.misses.push(`${p.id} date: ${g.type} «${g.trigger}» gold ${g.date ?? 'null'} / got ${hit.e.eventDate ?? 'null'}`);
      if (sameName(hit.e.actor1Text, g.actor1) || (!hit.e.actor1Text && !g.actor1)) s.actor1Right++;
    }
    pred.forEach((e, k) => {
      if (!used.has(k)) {
        s.spurious++;
        s.misses.push(`${p.id} extra: ${e.eventType} «${e.trigger}» ${e.eventDate ?? 'null'}`);
      }
    });
  }
  return s;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

/** An event score's figures on one line (gold events, rows, type, type and date, actor1, precision). */
export function eventFigures(s: EventScore): string {
  return `${s.gold} gold events, ${s.predicted} rows: type right ${pct(s.typeRight, s.gold)}, ` +
    `type and date right ${pct(s.typeDateRight, s.gold)}, actor1 right ${pct(s.actor1Right, s.gold)}, ` +
    `precision ${pct(s.predicted - s.spurious, s.predicted)}`;
}

/** Prints both scores for one split. */
function report(split: string, show: boolean): void {
  const files = readdirSync(EVAL_DIR).filter((f) => f.endsWith('.jsonl') && (split === 'all' || f.includes(`.${split}.`)));
  const quotes = files.filter((f) => f.startsWith('quotes')).flatMap((f) => readPassages(join(EVAL_DIR, f)));
  const events = files.filter((f) => f.startsWith('events')).flatMap((f) => readPassages(join(EVAL_DIR, f)));
  const q = scoreQuotes(quotes);
  const e = scoreEvents(events);
  console.log(`split: ${split}`);
  console.log(
    `quotes  ${q.passages} passages, ${q.gold} gold statements, ${q.predicted} rows: found ${pct(q.found, q.gold)}, ` +
      `speaker right ${pct(q.speakerRight, q.gold)} of gold (${pct(q.speakerRight, q.found)} of found), ` +
      `type right ${pct(q.typeRight, q.found)} of found, precision ${pct(q.predicted - q.spurious, q.predicted)}`,
  );
  console.log(`events  ${e.passages} passages, ${eventFigures(e)}`);
  const missed = e.lost.noTrigger + e.lost.leftOut + e.lost.otherType;
  if (missed) {
    console.log(`  events missed: ${missed}: ${e.lost.noTrigger} with no trigger read, ${e.lost.leftOut} read and left out, ` +
      `${e.lost.otherType} read as another type`);
  }
  if (show) for (const m of [...q.misses, ...e.misses]) console.log(`  ${m}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--split');
  report(i >= 0 ? args[i + 1] : 'all', args.includes('--show'));
}
