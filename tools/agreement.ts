/**
 * How far two annotators of one events set agree, scored the way `npm run eval` scores the extractor.
 *
 *   node dist/tools/agreement.js test/eval/agreement/events.dev84.second.jsonl
 *
 * The file holds a second annotation of a set's passages (same ids and texts), written by another worker
 * from the same definitions without seeing the first. Each of its events becomes a row spanning the
 * sentence of its trigger, and the rows are scored against the first annotation (test/eval/events.<set>.jsonl)
 * exactly as the extractor's are: a row of the same type covering the gold trigger, then the same day, then
 * the doer (one name within the other). The extractor is scored on the same passages alongside.
 */
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDoc } from '../etl/7-events/doc.js';
import { EVAL_DIR, eventFigures, readPassages, scoreEvents, triggerPlaces, type EventScore, type Passage, type ScoredRow } from './eval.js';

/** The rows another annotator's events make: one per event, spanning the sentence its trigger stands in. */
export function annotatorRows(p: Passage): ScoredRow[] {
  const doc = buildDoc(p.text);
  const places = triggerPlaces(p);
  return (p.events ?? []).map((g, n) => {
    const at = places[n];
    const sent = doc.sentences.find((s) => at >= s.start && at < s.end);
    return {
      start: sent?.start ?? Math.max(at, 0),
      end: sent?.end ?? Math.max(at, 0) + g.trigger.length,
      eventType: g.type as ScoredRow['eventType'],
      eventDate: g.date,
      trigger: g.trigger,
      actor1Text: g.actor1,
    };
  });
}

const line = (who: string, s: EventScore): string => `${who}: ${eventFigures(s)}`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2];
  const set = file ? /^events\.(\w+)\./u.exec(basename(file))?.[1] : undefined;
  if (!file || !set) {
    console.error('usage: node dist/tools/agreement.js test/eval/agreement/events.<set>.second.jsonl');
    process.exit(2);
  }
  const first = readPassages(join(EVAL_DIR, `events.${set}.jsonl`));
  const firstById = new Map(first.map((p) => [p.id, p]));
  const second = new Map(readPassages(file).map((p) => [p.id, p]));
  const missing = first.filter((p) => second.get(p.id)?.text !== p.text).map((p) => p.id);
  if (missing.length) {
    console.error(`agreement: the second annotation lacks or changed ${missing.length} passages (${missing.slice(0, 3).join(', ')} …)`);
    process.exit(1);
  }
  console.log(`split: ${set}, ${first.length} passages`);
  console.log(line('second annotator against the first', scoreEvents(first, (p) => annotatorRows(second.get(p.id)!))));
  console.log(line('first annotator against the second', scoreEvents([...second.values()], (p) => annotatorRows(firstById.get(p.id)!))));
  console.log(line('extractor against the first', scoreEvents(first)));
}
