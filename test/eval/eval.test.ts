import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { EVAL_DIR, holds, readPassages, sameName, scoreEvents, scoreQuotes, type GoldEvent, type Passage } from '../../tools/eval.js';

// Hand-annotated passages from other outlets, years and conflicts (no Karabakh), written without
// reading the extractor's rules. dev … dev98 (dev20 … dev98 events only) are the sets rules were checked against, apart from
// events.dev89 … dev98, held out: scored, their misses not read; test is only scored. dev94 … dev98 were written from
// test/eval/ANNOTATION.md.
// The floors below are regression guards at the figures measured when the sets were added, not
// the product targets (speaker right 90%, event type and date right 80%): see the README.
const split = (kind: string, name: string) => readPassages(join(EVAL_DIR, `${kind}.${name}.jsonl`));

describe('evaluation sets are well formed', () => {
  test.each(['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'test'])('quotes.%s: unique ids, each gold content and speaker is in its text', (name) => {
    const ps = split('quotes', name);
    expect(ps.length).toBeGreaterThanOrEqual(50);
    expect(new Set(ps.map((p) => p.id)).size).toBe(ps.length);
    for (const p of ps) for (const q of p.quotes ?? []) expect(p.text.includes(q.content), `${p.id}: ${q.content}`).toBe(true);
  });

  test.each(['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25', 'dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31', 'dev32', 'dev33', 'dev34', 'dev35', 'dev36', 'dev37', 'dev38', 'dev39', 'dev40', 'dev41', 'dev42', 'dev43', 'dev44', 'dev45', 'dev46', 'dev47', 'dev48', 'dev49', 'dev50', 'dev51', 'dev52', 'dev53', 'dev54', 'dev55', 'dev56', 'dev57', 'dev58', 'dev59', 'dev60', 'dev61', 'dev62', 'dev63', 'dev64', 'dev65', 'dev66', 'dev67', 'dev68', 'dev69', 'dev70', 'dev71', 'dev72', 'dev73', 'dev74', 'dev75', 'dev76', 'dev77', 'dev78', 'dev79', 'dev80', 'dev81', 'dev82', 'dev83', 'dev84', 'dev85', 'dev86', 'dev87', 'dev88', 'dev89', 'dev90', 'dev91', 'dev92', 'dev93', 'dev94', 'dev95', 'dev96', 'dev97', 'dev98', 'test'])('events.%s: unique ids, each trigger is in its text, no past event dated after publication', (name) => {
    const ps = split('events', name);
    expect(ps.length).toBeGreaterThanOrEqual(50);
    expect(new Set(ps.map((p) => p.id)).size).toBe(ps.length);
    for (const p of ps) {
      for (const e of p.events ?? []) {
        expect(p.text.includes(e.trigger), `${p.id}: ${e.trigger}`).toBe(true);
        // only a planned act (a protest called for tomorrow, patrols from the 15th) may be dated after publication
        if (e.date && e.modality !== 'future') expect(e.date <= p.published, `${p.id}: ${e.date}`).toBe(true);
      }
    }
  });
});

describe('scoring', () => {
  test('a name matches its shorter or longer written form, folded', () => {
    expect(sameName('شكري', 'سامح شكري')).toBe(true);
    expect(sameName('وزارة الخارجية المصرية', 'الخارجية المصرية')).toBe(true);
    expect(sameName('أحمد أبو الغيط', 'احمد ابو الغيط')).toBe(true);
    expect(sameName('سامح شكري', 'أحمد أبو الغيط')).toBe(false);
    expect(sameName(null, 'سامح شكري')).toBe(false);
  });

  test('a row holds the gold words, with a joined preposition on the first word on either side', () => {
    expect(holds('بتشكيل لجنة تحقيق دولية', 'تشكيل لجنة تحقيق')).toBe(true);
    expect(holds('تشكيل لجنة تحقيق دولية', 'بتشكيل لجنة')).toBe(true);
    expect(holds('الإفراج عن المعتقلين فورا', 'بالإفراج عن المعتقلين')).toBe(true);
    expect(holds('قال إن الوضع خطير', 'أن الوضع خطير')).toBe(true);
    expect(holds('بتشكيل حكومة جديدة', 'تشكيل لجنة')).toBe(false);
    // the verb's own preposition written at the head of the gold words (حذر من …، دعا إلى …)
    expect(holds('خطر تلوث مياه الشرب في المدينة', 'من خطر تلوث مياه الشرب')).toBe(true);
    expect(holds('الدعاء لشعب العراق', 'إلى الدعاء لشعب العراق')).toBe(true);
    expect(holds('خطر تلوث الهواء', 'من خطر تلوث مياه الشرب')).toBe(false);
    expect(holds('لجنة تحقيق', 'بتشكيل لجنة تحقيق')).toBe(false);
    expect(holds('بتشكيل', 'تشكيل لجنة')).toBe(false);
  });

  test('held-out quotes: the speaker is right for at least 86% of gold statements', () => {
    const s = scoreQuotes(split('quotes', 'test'));
    expect(s.speakerRight / s.gold).toBeGreaterThanOrEqual(0.86);
    expect((s.predicted - s.spurious) / s.predicted).toBeGreaterThanOrEqual(0.9);
  });

  test('held-out events: type and date are right for at least 71% of gold events', () => {
    const s = scoreEvents(split('events', 'test'));
    expect(s.typeDateRight / s.gold).toBeGreaterThanOrEqual(0.71);
    expect((s.predicted - s.spurious) / s.predicted).toBeGreaterThanOrEqual(0.75);
  });
});

describe('where missed events were lost', () => {
  const gold = (type: string, trigger: string): GoldEvent => ({ type, trigger, date: null, actor1: null, actor2: null, killed: null, wounded: null, modality: 'asserted' });
  const passage = (text: string, events: GoldEvent[]): Passage => ({ id: 'w', outlet: 'x', published: '2020-05-05', text, events });

  test('a word no trigger reads, a trigger read as another type, and one read and then left out are told apart', () => {
    const s = scoreEvents([
      passage('أعرب الوزير عن أمله في تحسن الطقس.', [gold('ASSAULT', 'الطقس')]),
      passage('قصفت الطائرات المدينة أمس.', [gold('PROTEST', 'قصفت')]),
      passage('لم تقصف الطائرات المدينة.', [gold('ASSAULT', 'تقصف')]),
    ]);
    expect(s.lost).toEqual({ noTrigger: 1, otherType: 1, leftOut: 1 });
    expect(s.misses.filter((m) => m.includes('missed ('))).toHaveLength(3);
  });
});
