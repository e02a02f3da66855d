import { describe, expect, test } from 'vitest';
import { extractQuotes } from '../../etl/6-quotes/index.js';
import { findCues } from '../../etl/6-quotes/cues.js';
import { keyWords, tokenizeBody } from '../../etl/6-quotes/tokens.js';
import { actorIn, context, dateIn, row } from './helpers.js';

const run = (body: string, ctx = context()) => extractQuotes(body, ctx);

describe('noun-phrase statements (a complement preposition after the verb)', () => {
  test('دعا with a fronted subject, an adverb and the one called on before إلى; said_on from أمس', () => {
    const b = 'وزير الخارجية الأوكراني ديميترو كوليبا، دعا أمس الدول الغربية إلى تسريع تسليم الأسلحة.';
    const ctx = context({ dates: [dateIn(b, 'أمس', '2024-03-06')] });
    expect(run(b, ctx)).toEqual([row(b, 'تسريع تسليم الأسلحة', {
      speaker: 'ديميترو كوليبا', speakerTitle: 'وزير الخارجية الأوكراني', cue: 'دعا',
      saidOn: '2024-03-06', saidOnPrecision: 'day',
    })]);
  });

  test('دعا إلى stops at a continuation participle, which starts its own row', () => {
    const b = 'ودعا وزير الخارجية السوري إلى استئناف المفاوضات في جنيف، مؤكدا أن الحل سياسي.';
    const who = { speaker: 'وزير الخارجية السوري' };
    expect(run(b)).toEqual([
      row(b, 'استئناف المفاوضات في جنيف', { ...who, cue: 'دعا' }),
      row(b, 'الحل سياسي', { ...who, cue: 'مؤكدا' }),
    ]);
  });

  test('the one called on after a named person is not part of the speaker (actor kinds)', () => {
    const b = 'ودعا الرئيس التركي رجب طيب أردوغان روسيا وأوكرانيا إلى استئناف مفاوضات السلام.';
    const ctx = context({ actors: [
      actorIn(b, 'رجب طيب أردوغان', 'Q39259'), actorIn(b, 'روسيا', 'Q159'), actorIn(b, 'أوكرانيا', 'Q212'),
    ] });
    expect(run(b, ctx)).toEqual([row(b, 'استئناف مفاوضات السلام', {
      speaker: 'رجب طيب أردوغان', speakerTitle: 'الرئيس التركي', speakerActorId: 'Q39259', cue: 'دعا',
    })]);
  });

  test('a participle carries a speaker into a noun-phrase statement only from its own sentence', () => {
    const b = 'ودعا وزير الخارجية السوري إلى استئناف المفاوضات في جنيف. كما عبرت جهات دولية عن القلق، داعية إلى وقف فوري للقتال.';
    expect(run(b)).toEqual([row(b, 'استئناف المفاوضات في جنيف', { speaker: 'وزير الخارجية السوري', cue: 'دعا' })]);
  });

  test('حذر من: the role phrase ends at the preposition', () => {
    const b = 'وحذرت منظمة الصحة العالمية من انتشار الكوليرا في السودان.';
    expect(run(b)).toEqual([row(b, 'انتشار الكوليرا في السودان', { speaker: 'منظمة الصحة العالمية', cue: 'حذرت' })]);
  });

  test('شدد على, then a participle with its own complement (داعيا إلى)', () => {
    const b = 'وشدد وزير الإعلام اليمني على رفض التدخل الخارجي، داعيا إلى حوار وطني شامل.';
    const who = { speaker: 'وزير الإعلام اليمني' };
    expect(run(b)).toEqual([
      row(b, 'رفض التدخل الخارجي', { ...who, cue: 'شدد' }),
      row(b, 'حوار وطني شامل', { ...who, cue: 'داعيا' }),
    ]);
  });

  test('أكد على', () => {
    const b = 'وأكد الرئيس الأوكراني على مواصلة الدفاع عن البلاد.';
    expect(run(b)).toEqual([row(b, 'مواصلة الدفاع عن البلاد', { speaker: 'الرئيس الأوكراني', cue: 'أكد' })]);
  });

  test('أعرب عن keeps the noun and what follows it', () => {
    const b = 'وأعرب الرئيس الأوكراني فولوديمير زيلينسكي عن قلقه من تصعيد القصف على خاركيف.';
    expect(run(b)).toEqual([row(b, 'قلقه من تصعيد القصف على خاركيف', {
      speaker: 'فولوديمير زيلينسكي', speakerTitle: 'الرئيس الأوكراني', cue: 'أعرب',
    })]);
  });

  test('طالب with ب joined to the noun', () => {
    const b = 'الحكومة اليمنية طالبت بوقف الهجمات على الموانئ.';
    expect(run(b)).toEqual([row(b, 'وقف الهجمات على الموانئ', { speaker: 'الحكومة اليمنية', cue: 'طالبت' })]);
  });

  test('ناشد the one called on بـ', () => {
    const b = 'الهلال الأحمر الفلسطيني ناشد المنظمات الدولية بتوفير الوقود لمستشفيات غزة.';
    expect(run(b)).toEqual([row(b, 'توفير الوقود لمستشفيات غزة', { speaker: 'الهلال الأحمر الفلسطيني', cue: 'ناشد' })]);
  });

  test('a complementizer after the preposition keeps the clause path (حذر من أنه)', () => {
    const b = 'وحذر الجيش السوداني من أنه سيرد على أي هجوم.';
    expect(run(b)).toEqual([row(b, 'سيرد على أي هجوم', { speaker: 'الجيش السوداني', cue: 'حذر' })]);
  });

  test('a colon after the verb keeps the colon path', () => {
    const b = 'ودعا المتحدث باسم الحكومة السودانية: على الجميع وقف القتال.';
    expect(run(b)).toEqual([row(b, 'على الجميع وقف القتال', { speaker: 'المتحدث باسم الحكومة السودانية', cue: 'دعا' })]);
  });

  test('no speaker, no row: nominal دعوات لـ / الدعوة إلى', () => {
    expect(run('وتصاعدت الدعوات لوقف إطلاق النار في غزة.')).toEqual([]);
    expect(run('وجددت الدعوة إلى وقف القتال في السودان.')).toEqual([]);
  });

  test('a single-noun complement is a stance, not a statement', () => {
    expect(run('ودعا وزير الخارجية السوداني إلى التهدئة.')).toEqual([]);
  });

  test('a verb without a complement preposition gives no row (أعلن الحداد)', () => {
    expect(run('وأعلن الرئيس السوري الحداد العام في البلاد.')).toEqual([]);
  });
});

describe('complement prepositions in the speech-verb lexicon', () => {
  const cue = (w: string) => findCues(tokenizeBody(w))[0];
  test('دعا takes إلى/الى/لـ and an addressee; حذر takes من; قال takes none', () => {
    expect(cue('دعت').complement).toEqual([keyWords('إلى')[0], 'ل']); // إلى and الى fold to one key
    expect(cue('دعت').addressee).toBe(true);
    expect(cue('حذر').complement).toEqual(['من']);
    expect(cue('حذر').addressee).toBe(false);
    expect(cue('قال').complement).toEqual([]);
  });
});
