import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { annotatorRows } from '../../tools/agreement.js';
import { EVAL_DIR, readPassages, scoreEvents, type Passage } from '../../tools/eval.js';

describe('agreement between two annotators of one set', () => {
  const passage: Passage = {
    id: 'x-1', outlet: 'X', published: '2020-05-05',
    text: 'قصفت الطائرات مواقع المسلحين أمس. ودعت الأمم المتحدة إلى التهدئة.',
    events: [
      { type: 'ASSAULT', trigger: 'قصفت', date: '2020-05-04', actor1: 'الطائرات', actor2: null, killed: null, wounded: null, modality: 'asserted' },
      { type: 'REQUEST', trigger: 'دعت', date: null, actor1: 'الأمم المتحدة', actor2: null, killed: null, wounded: null, modality: 'asserted' },
    ],
  };

  test('each event becomes a row spanning the sentence of its trigger', () => {
    const rows = annotatorRows(passage);
    expect(rows.map((r) => passage.text.slice(r.start, r.end).trim())).toEqual(['قصفت الطائرات مواقع المسلحين أمس.', 'ودعت الأمم المتحدة إلى التهدئة.']);
  });

  test('an annotation scored against itself agrees fully; a changed day or type is caught', () => {
    const same = scoreEvents([passage], annotatorRows);
    expect([same.typeRight, same.typeDateRight, same.actor1Right, same.spurious]).toEqual([2, 2, 2, 0]);
    const other: Passage = { ...passage, events: [{ ...passage.events![0], date: null }, { ...passage.events![1], type: 'ACCUSE' }] };
    const s = scoreEvents([passage], () => annotatorRows(other));
    expect([s.typeRight, s.typeDateRight, s.spurious]).toEqual([1, 0, 1]);
  });

  test.each(['dev84', 'dev85', 'dev86'])('the second annotation of %s holds the same passages as the first', (set) => {
    const first = readPassages(join(EVAL_DIR, `events.${set}.jsonl`));
    const second = readPassages(join(EVAL_DIR, 'agreement', `events.${set}.second.jsonl`));
    expect(second.map((p) => [p.id, p.text])).toEqual(first.map((p) => [p.id, p.text]));
    for (const p of second) for (const g of p.events ?? []) expect(p.text).toContain(g.trigger);
  });
});
