import { describe, expect, test } from 'vitest';
import { extractQuotes } from '../../etl/6-quotes/index.js';
import { findCues } from '../../etl/6-quotes/cues.js';
import { keyWords, tokenizeBody } from '../../etl/6-quotes/tokens.js';
import { actorIn, context, dateIn, row } from './helpers.js';

const run = (body: string, ctx = context()) => extractQuotes(body, ctx);

describe('noun-phrase statements (a complement preposition after the verb)', () => {
  test('دعا with a fronted subject, an adverb and the one called on before إلى (part of what was said); said_on from أمس', () => {
    const b = 'وزير الخارجية الأوكراني ديميترو كوليبا، دعا أمس الدول الغربية إلى تسريع تسليم الأسلحة.';
    const ctx = context({ dates: [dateIn(b, 'أمس', '2024-03-06')] });
    expect(run(b, ctx)).toEqual([row(b, 'الدول الغربية إلى تسريع تسليم الأسلحة', {
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

  test('the one called on after a named person is not part of the speaker (actor kinds) but of the words', () => {
    const b = 'ودعا الرئيس التركي رجب طيب أردوغان روسيا وأوكرانيا إلى استئناف مفاوضات السلام.';
    const ctx = context({ actors: [
      actorIn(b, 'رجب طيب أردوغان', 'Q39259'), actorIn(b, 'روسيا', 'Q159'), actorIn(b, 'أوكرانيا', 'Q212'),
    ] });
    expect(run(b, ctx)).toEqual([row(b, 'روسيا وأوكرانيا إلى استئناف مفاوضات السلام', {
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

  test('طالب with ب joined to the noun: the preposition stays with the words', () => {
    const b = 'الحكومة اليمنية طالبت بوقف الهجمات على الموانئ.';
    expect(run(b)).toEqual([row(b, 'بوقف الهجمات على الموانئ', { speaker: 'الحكومة اليمنية', cue: 'طالبت' })]);
    const c = 'وطالب الوزير بالإفراج الفوري عن المعتقلين.';
    expect(run(c).map((q) => [q.speaker, q.content])).toEqual([['الوزير', 'بالإفراج الفوري عن المعتقلين']]);
  });

  test('ناشد the one called on بـ', () => {
    const b = 'الهلال الأحمر الفلسطيني ناشد المنظمات الدولية بتوفير الوقود لمستشفيات غزة.';
    expect(run(b)).toEqual([row(b, 'المنظمات الدولية بتوفير الوقود لمستشفيات غزة', { speaker: 'الهلال الأحمر الفلسطيني', cue: 'ناشد' })]);
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

  test('أعلن takes a bare object: the body or role ends where a definite word that is no adjective starts (أعلن الرئيس السوري الحداد)', () => {
    expect(run('وأعلن الرئيس السوري الحداد العام في البلاد.').map((q) => [q.speaker, q.content])).toEqual([['الرئيس السوري', 'الحداد العام في البلاد']]);
    expect(run('وأعلن مجلس الوزراء الحداد الرسمي لمدة أربعين يوما.').map((q) => [q.speaker, q.content])).toEqual([['مجلس الوزراء', 'الحداد الرسمي لمدة أربعين يوما']]);
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

describe('bare-object statements, sources at the sentence end, contrast clauses and roles', () => {
  test('أعلن with a title, a comma-set time and a bare object', () => {
    const b = 'أعلن وزير الداخلية التونسي هشام المشيشي، مساء الثلاثاء، تمديد حالة الطوارئ لمدة شهر.';
    const got = run(b, context({ dates: [dateIn(b, 'الثلاثاء', '2020-07-21')] }));
    expect(got.map((q) => [q.speaker, q.speakerTitle, q.cue, q.quoteType, q.content, q.saidOn])).toEqual([
      ['هشام المشيشي', 'وزير الداخلية التونسي', 'أعلن', 'indirect', 'تمديد حالة الطوارئ لمدة شهر', '2020-07-21'],
    ]);
  });

  test('a channel adjunct with its adjective (في ندوة صحفية،) stands between subject and object', () => {
    const b = 'أعلنت وزيرة الصحة اللبنانية، في ندوة صحفية، إطلاق حملة تلقيح وطنية.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['وزيرة الصحة اللبنانية', 'إطلاق حملة تلقيح وطنية']]);
  });

  test('a participle with a bare object (مؤكدا ضرورة …) carries the speaker of its sentence', () => {
    const b = 'ودعا العاهل الأردني إلى وقف التصعيد، مؤكدا ضرورة حماية المدنيين في القطاع.';
    expect(run(b).map((q) => [q.speaker, q.cue, q.content])).toEqual([
      ['العاهل الأردني', 'دعا', 'وقف التصعيد'],
      ['العاهل الأردني', 'مؤكدا', 'ضرورة حماية المدنيين في القطاع'],
    ]);
  });

  test('a two-letter verbal noun of a doubled root opens the object (أعلنت اللجنة مد فترة التصويت)', () => {
    const b = 'أعلنت اللجنة العليا للانتخابات، في بيان، مد فترة التصويت يوما ثالثا.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['اللجنة العليا للانتخابات', 'مد فترة التصويت يوما ثالثا']]);
  });

  test('من جهته between the subject and the object is stepped over', () => {
    const b = 'وأعلن رئيس جمهورية جنوب السودان سلفاكير ميارديت من جهته العفو عن كل من حمل السلاح.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['سلفاكير ميارديت', 'العفو عن كل من حمل السلاح']]);
  });

  test('an act with a two-word object (أعلنت الحكومة حالة الطوارئ) and a demonstrative object are no statements', () => {
    expect(run('أعلنت الحكومة الليبية حالة الطوارئ.')).toEqual([]);
    expect(run('ونفت الخارجية الإيرانية ذلك بشكل قاطع.')).toEqual([]);
  });

  test('a source named at the sentence end (…، بحسب X.) attributes the sentence', () => {
    const b = 'قتل 14 شخصا في قصف على مدينة الفاشر، بحسب لجنة المقاومة المحلية.';
    expect(run(b).map((q) => [q.speaker, q.cue, q.quoteType, q.content])).toEqual([
      ['لجنة المقاومة المحلية', 'بحسب', 'indirect', 'قتل 14 شخصا في قصف على مدينة الفاشر'],
    ]);
  });

  test('a rule or document at the sentence end (بحسب الاتفاق) is no source', () => {
    expect(run('تنسحب القوات من المدينة خلال شهرين، بحسب الاتفاق الموقع.')).toEqual([]);
  });

  test('a speech verb after بينما inside reported words starts a new statement', () => {
    const b = 'قالت الخارجية الصينية إن بكين تدعم الحوار، بينما كتب الرئيس الأمريكي جو بايدن على تويتر: "لن نتراجع".';
    expect(run(b).map((q) => [q.speaker, q.cue, q.content])).toEqual([
      ['الخارجية الصينية', 'قالت', 'بكين تدعم الحوار'],
      ['جو بايدن', 'كتب', 'لن نتراجع'],
    ]);
  });

  test('a possessive role (نظيره، منافسه) is followed by a name', () => {
    const b = 'من جهته، اعتبر نظيره الفرنسي جان إيف لودريان أن الحل سياسي.';
    expect(run(b).map((q) => [q.speaker, q.speakerTitle])).toEqual([['جان إيف لودريان', 'نظيره الفرنسي']]);
  });

  test('a role phrase with في before the name (القيادي في الحزب)', () => {
    const b = 'وقال القيادي في حزب النهضة سمير ديلو إن الانتخابات مبكرة.';
    expect(run(b).map((q) => [q.speaker, q.speakerTitle])).toEqual([['سمير ديلو', 'القيادي في حزب النهضة']]);
  });

  test('a plural or partitive speaker keeps its body (أعضاء مجلس الأمن)', () => {
    const b = 'وحذر أعضاء مجلس الأمن الدولي من تدهور الوضع الإنساني في غزة.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['أعضاء مجلس الأمن الدولي', 'تدهور الوضع الإنساني في غزة']]);
  });

  test('a comma-set list of coordinated names is the speaker, linked to no one actor', () => {
    const b = 'ودعا قادة فرنسا وألمانيا، إيمانويل ماكرون وأولاف شولتس، إلى هدنة فورية في القطاع.';
    const ctx = context({ actors: [actorIn(b, 'إيمانويل ماكرون', 'Q3052772'), actorIn(b, 'أولاف شولتس', 'Q61053')] });
    expect(run(b, ctx).map((q) => [q.speaker, q.speakerTitle, q.speakerActorId, q.content])).toEqual([
      ['إيمانويل ماكرون وأولاف شولتس', 'قادة فرنسا وألمانيا', null, 'هدنة فورية في القطاع'],
    ]);
  });

  test('a pronoun verb followed by a common noun (ودعت السكان إلى) keeps the speaker named before', () => {
    const b = 'وقالت حركة حماس إن الدعوة دعاية مكشوفة، ودعت السكان إلى البقاء في منازلهم.';
    expect(run(b).map((q) => [q.speaker, q.cue, q.content])).toEqual([
      ['حركة حماس', 'قالت', 'الدعوة دعاية مكشوفة'],
      ['حركة حماس', 'دعت', 'السكان إلى البقاء في منازلهم'],
    ]);
  });

  test('a known given name after a role with a place or body in it starts the name', () => {
    const b = 'وقال المتحدث باسم وزارة الصحة في غزة أشرف القدرة إن المستشفيات توقفت.';
    expect(run(b).map((q) => [q.speaker, q.speakerTitle])).toEqual([['أشرف القدرة', 'المتحدث باسم وزارة الصحة في غزة']]);
    const c = 'أكد الرئيس المدير العام لمجمع سوناطراك توفيق حكار أن الصادرات سترتفع.';
    expect(run(c).map((q) => [q.speaker, q.speakerTitle])).toEqual([['توفيق حكار', 'الرئيس المدير العام لمجمع سوناطراك']]);
  });

  test('honorifics before a name are dropped and بن / آل join the name', () => {
    const b = 'وكتب حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد: "وفينا بالوعد".';
    expect(run(b).map((q) => q.speaker)).toEqual(['تميم بن حمد آل ثاني']);
  });

  test('سموه، الوزير and المصدر ذاته refer back to the speaker named before', () => {
    const b = 'أعلن وزير الداخلية نور الدين زرهوني أن المشاركة بلغت 74 بالمائة. وأوضح الوزير أن الاقتراع جرى في ظروف عادية.';
    expect(run(b).map((q) => q.speaker)).toEqual(['نور الدين زرهوني', 'نور الدين زرهوني']);
    const c = 'قال مصدر في وزارة النفط إن الصادرات ستستأنف. وأضاف المصدر ذاته أن المفاوضات مستمرة.';
    expect(run(c).map((q) => q.speaker)).toEqual(['مصدر في وزارة النفط', 'مصدر في وزارة النفط']);
    const d = 'وأكد الشيخ محمد بن راشد أن المسبار نجح. وأضاف سموه أن الإنجاز رسالة أمل.';
    expect(run(d).map((q) => q.speaker)).toEqual(['محمد بن راشد', 'محمد بن راشد']);
  });

  test('an honorific pronoun or a bare title refers back to a person named earlier without a speech verb', () => {
    const b = 'أدى حضرة صاحب الجلالة السلطان هيثم بن طارق اليمين اليوم. وقال جلالته إن البلاد ستواصل مسيرتها.';
    expect(run(b).map((q) => [q.speaker, q.speakerTitle])).toEqual([['هيثم بن طارق', 'السلطان']]);
    const c = 'عاد رئيس الجمهورية المشير عمر البشير إلى البلاد. وكان رئيس الجمهورية قد أكد أن السودان أول من اعترف بالدولة الجديدة.';
    expect(run(c).map((q) => q.speaker)).toEqual(['عمر البشير']);
    // الرئيس names the head of state, not the prime minister named last
    const d = 'استقبل الرئيس الأمريكي جو بايدن رئيس الوزراء الياباني فوميو كيشيدا. وقال الرئيس إن التحالف قوي.';
    expect(run(d).map((q) => q.speaker)).toEqual(['جو بايدن']);
  });

  test('a title after the name, a second باسم, علي and chained ranks', () => {
    const b = 'أعرب سعادة الشيخ حمد بن جاسم آل ثاني وزير الخارجية عن أمله في نجاح المهمة. وقال وزير الخارجية: «الشعب دفع ثمنا باهظا».';
    expect(run(b).map((q) => [q.speaker, q.speakerTitle])).toEqual([['حمد بن جاسم آل ثاني', 'وزير الخارجية'], ['حمد بن جاسم آل ثاني', 'وزير الخارجية']]);
    expect(run('وقال المتحدث باسم الحكومة باسم العوادي إن الحكومة أبلغت السفارة.').map((q) => [q.speaker, q.speakerTitle]))
      .toEqual([['باسم العوادي', 'المتحدث باسم الحكومة']]);
    expect(run('اعتبر وزير الدولة لشؤون المصالحة الوطنية علي حيدر أن الاتفاق انتصار.').map((q) => q.speaker)).toEqual(['علي حيدر']);
    expect(run('قال مفتي القدس سماحة الشيخ محمد حسين إن الاعتصام انتهى.').map((q) => [q.speaker, q.speakerTitle])).toEqual([['محمد حسين', 'مفتي القدس']]);
    expect(run('أكد رئيس المجلس العسكري الفريق أول ركن عمر زين العابدين أن المجلس ليس طامعا في السلطة.').map((q) => q.speaker)).toEqual(['عمر زين العابدين']);
  });

  test('a verb or participle without a subject is said by the person its sentence names (قال فيها، مؤكدا أن)', () => {
    const b = 'وجه رئيس الجمهورية العماد إميل لحود كلمة إلى اللبنانيين قال فيها: "إن هذا النصر هو ثمرة صمود شعبنا".';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['إميل لحود', 'إن هذا النصر هو ثمرة صمود شعبنا']]);
    const c = 'قدم الوزير الأول السيد محمد ولد الكيك اليوم حصيلة العمل الحكومي، مؤكدا أن معدل النمو بلغ 4 بالمائة.';
    expect(run(c).map((q) => [q.speaker, q.content])).toEqual([['محمد ولد الكيك', 'معدل النمو بلغ 4 بالمائة']]);
    const d = 'وجاءت الاستقالة بعد بيان لوزارة الدفاع طالب فيه الفريق أحمد قايد صالح بـ"التطبيق الفوري للحل الدستوري".';
    expect(run(d).map((q) => q.speaker)).toEqual(['أحمد قايد صالح']);
  });

  test('a quantifier or ما starts the object; a family name with a nisba ending stays in a linked name', () => {
    const b = 'نفى مصدر مسؤول في وزارة الداخلية أي علاقة لقوات الأمن بإطلاق النار.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['مصدر مسؤول في وزارة الداخلية', 'أي علاقة لقوات الأمن بإطلاق النار']]);
    const c = 'نفى الوزير هاشم بن عبدالله يماني وجود أي عجز في قدرات التوليد.';
    expect(run(c).map((q) => [q.speaker, q.content])).toEqual([['هاشم بن عبدالله يماني', 'وجود أي عجز في قدرات التوليد']]);
  });

  test('نوه بـ and علق open statements', () => {
    expect(run('ونوه الوزير بالدعم الذي يلقاه المشروع من الحكومة.').map((q) => q.content)).toEqual(['بالدعم الذي يلقاه المشروع من الحكومة']);
    expect(run('وعلق المحلل محمد شقير: "الناخب عاقب الحزب على حصيلته".').map((q) => [q.speaker, q.cue])).toEqual([['محمد شقير', 'علق']]);
  });

  test('findings and figures as the subject of a speech verb are no speaker', () => {
    expect(run('وأكدت الفحوص المخبرية أن العينات خالية من التلوث.')).toEqual([]);
    expect(run('كشفت المعطيات الرسمية أن البطالة ارتفعت إلى 12 بالمائة.')).toEqual([]);
  });

  test('an outlet name in quotation marks after لـ is the channel, not the words', () => {
    const b = 'وقال اللاعب محمد صلاح لـ"بي بي سي": "أريد أن أصنع التاريخ".';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['محمد صلاح', 'أريد أن أصنع التاريخ']]);
  });

  test('accusing and demanding participles (متهما، مطالبا) carry the speaker into their complement', () => {
    const b = 'وقال وزير الخارجية الروسي إن المفاوضات متعثرة، متهما الغرب بتأجيج الصراع في المنطقة.';
    expect(run(b).map((q) => [q.cue, q.content])).toEqual([
      ['قال', 'المفاوضات متعثرة'],
      ['متهما', 'الغرب بتأجيج الصراع في المنطقة'],
    ]);
  });

  test('a noun-phrase statement with a quoted part is mixed', () => {
    const b = 'أعلن المدير العام تيدروس أدهانوم أن الفيروس بات جائحة، داعيا الحكومات إلى اتخاذ "إجراءات عاجلة وحاسمة".';
    expect(run(b).map((q) => [q.cue, q.quoteType, q.content])).toEqual([
      ['أعلن', 'indirect', 'الفيروس بات جائحة'],
      ['داعيا', 'mixed', 'الحكومات إلى اتخاذ "إجراءات عاجلة وحاسمة"'],
    ]);
  });

  test('a quotation reopened at the next paragraph goes on with the same speaker', () => {
    const b = 'وقال الوزير في كلمته: "إن الحكومة ماضية في الإصلاحات.\n\n"ولن نتراجع عن أي خطوة مهما كانت الضغوط".\n\nوفي سياق آخر، ارتفعت الأسعار.';
    expect(run(b).map((q) => [q.speaker, q.quoteType, q.content])).toEqual([
      ['الوزير', 'direct', 'إن الحكومة ماضية في الإصلاحات'],
      ['الوزير', 'direct', 'ولن نتراجع عن أي خطوة مهما كانت الضغوط'],
    ]);
  });

  test('a paragraph opening with a quotation after an indirect statement is not attributed', () => {
    const b = 'وقال الوزير إن الحكومة ماضية في الإصلاحات.\n\n"لن نتراجع" شعار رفعه المحتجون.';
    expect(run(b).map((q) => q.content)).toEqual(['الحكومة ماضية في الإصلاحات']);
  });

  test('a noun-phrase statement ends before a coordinated clause after a comma', () => {
    const b = 'وتعلن قطر دعمها الكامل للحكومة الشرعية، ولا ينفك المسؤولون القطريون يكررون ذلك.';
    const ctx = context({ actors: [actorIn(b, 'قطر', 'Q846')] });
    expect(run(b, ctx).map((q) => [q.speaker, q.content])).toEqual([['قطر', 'دعمها الكامل للحكومة الشرعية']]);
  });
});

describe('relayed speech, unnamed sources and the auxiliary كان … قد', () => {
  test('نقلت وكالة رويترز عن X قوله: X speaks, the outlet is the channel; a wish to stay unnamed is left out', () => {
    const b = 'في حين نقلت وكالة رويترز عن مسؤول أمريكي رفض الكشف عن هويته قوله إن عمليات الإجلاء ستستمر أسبوعين.';
    expect(run(b).map((q) => [q.speaker, q.channel, q.content])).toEqual([['مسؤول أمريكي', 'Reuters', 'عمليات الإجلاء ستستمر أسبوعين']]);
  });

  test('ذكرت الوكالة، نقلا عن مصدر في …، أن: the source speaks, with its body; the agency relays', () => {
    const b = 'ذكرت وكالة الأنباء الفرنسية، نقلا عن مصدر في الرئاسة المالية، أن الوفد سيصل غدا.';
    expect(run(b).map((q) => [q.speaker, q.channel, q.content])).toEqual([['مصدر في الرئاسة المالية', 'AFP', 'الوفد سيصل غدا']]);
  });

  test('a comma-set "asked not to be named" is neither speaker nor words', () => {
    const b = 'وقال مسؤول عسكري، طلب عدم نشر اسمه، إن القوات انسحبت من المدينة.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['مسؤول عسكري', 'القوات انسحبت من المدينة']]);
  });

  test('وكان X قد قال: the subject between the auxiliary and قد speaks', () => {
    const b = 'وكان محامي الدفاع عبد الرحمن صالح قد طالب بإسقاط جميع التهم عن موكله.';
    expect(run(b).map((q) => [q.speaker, q.speakerTitle, q.cue])).toEqual([['عبد الرحمن صالح', 'محامي الدفاع', 'طالب']]);
    const c = 'وكانت وزارة الخارجية الفرنسية قد أعلنت أن السفير غادر البلاد.';
    expect(run(c).map((q) => [q.speaker, q.content])).toEqual([['وزارة الخارجية الفرنسية', 'السفير غادر البلاد']]);
  });
});

describe('quotations as objects and complements, set-off adjuncts, more verbs', () => {
  test('أعلن X، <adjunct>، "…": the quotation right after the subject is a direct statement', () => {
    const b = 'أعلن رئيس الوزراء العراقي حيدر العبادي، من قلب الموصل، "تحرير المدينة بالكامل من الإرهابيين"، وتابع قائلا: "هذا نصر للجميع".';
    expect(run(b).map((q) => [q.speaker, q.cue, q.quoteType, q.content])).toEqual([
      ['حيدر العبادي', 'أعلن', 'direct', 'تحرير المدينة بالكامل من الإرهابيين'],
      ['حيدر العبادي', 'تابع قائلا', 'direct', 'هذا نصر للجميع'],
    ]);
  });

  test('طالب بـ"…" with words after the quotation is mixed; دعا إلى "…" alone is direct', () => {
    const b = 'طالب رئيس الأركان الفريق أحمد قايد صالح بـ"تبني حل يكفله الدستور" يتمثل في تفعيل المادة 102.';
    expect(run(b).map((q) => [q.speaker, q.quoteType, q.content])).toEqual([
      ['أحمد قايد صالح', 'mixed', '"تبني حل يكفله الدستور" يتمثل في تفعيل المادة 102'],
    ]);
    const c = 'ودعا الزعيم الدرزي وليد جنبلاط في تصريح إلى "انتفاضة سلمية ضد الوصاية".';
    expect(run(c).map((q) => [q.speaker, q.quoteType, q.content])).toEqual([['وليد جنبلاط', 'direct', 'انتفاضة سلمية ضد الوصاية']]);
  });

  test('an adjunct set off by commas (، بصوت متهدج،) is neither name nor object', () => {
    const b = 'أعلن أمين عام الرئاسة عبد الرحيم، بصوت متهدج، وفاة الرئيس في مستشفى عسكري.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['عبد الرحيم', 'وفاة الرئيس في مستشفى عسكري']]);
  });

  test('استبعد and رجح take a bare object; برر takes the one justified and بـ', () => {
    const b = 'واستبعد المتحدث باسم الخارجية نيد برايس حدوث اختراق فوري في الجولة الأولى.';
    expect(run(b).map((q) => [q.speaker, q.cue, q.content])).toEqual([['نيد برايس', 'استبعد', 'حدوث اختراق فوري في الجولة الأولى']]);
    const c = 'ورجح وزير الصحة عثمان عبد الجليل أن يرتفع العدد بشكل كبير.';
    expect(run(c).map((q) => [q.cue, q.content])).toEqual([['رجح', 'يرتفع العدد بشكل كبير']]);
  });
});

describe('speaker phrases from more outlets', () => {
  test('a rank inside a comma-set name is left out, and the whole comma-set name is kept', () => {
    const b = 'وتقول منسقة المنظمة في السودان، الدكتورة إنغريد فان دير بيرغ، في تصريح: "نسجل أكثر من مئة إصابة يوميا".';
    expect(run(b).map((q) => [q.speaker, q.speakerTitle])).toEqual([['إنغريد فان دير بيرغ', 'منسقة المنظمة في السودان']]);
  });

  test('a given name written with the article (الحسين) is a name; a possessive role word (زميله) is a role', () => {
    const b = 'وقال مدير قطب الماء بالمكتب، الحسين أوبلا، إن البرامج "واردة إذا استمر الجفاف".';
    expect(run(b).map((q) => q.speaker)).toEqual(['الحسين أوبلا']);
    const c = 'فيما رأى زميله النائب بدر الفضالة أن الأولوية لتعديل قانون الانتخابات.';
    expect(run(c).map((q) => q.speaker)).toEqual(['بدر الفضالة']);
  });

  test('a short quoted name inside a role (لحركة "فتح") belongs to the role', () => {
    const b = 'قال عضو اللجنة المركزية لحركة "فتح" جبريل شحادة إن القيادة أبلغت الجانبين بقطع العلاقات.';
    expect(run(b).map((q) => [q.speaker, q.speakerTitle])).toEqual([['جبريل شحادة', 'عضو اللجنة المركزية لحركة "فتح"']]);
  });

  test('، وهو …، describes the speaker; لكنها + verb starts a new statement', () => {
    const b = 'ويقول أحد المتظاهرين، وهو أستاذ جامعي، لـ"الخبر": "جئنا لنقول لا للعهدة الخامسة".';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['أحد المتظاهرين', 'جئنا لنقول لا للعهدة الخامسة']]);
    const c = 'قالت مصادر مطلعة إن الرئيس منفتح على الحوار، لكنها استبعدت أن تستقيل الحكومة قريبا.';
    expect(run(c).map((q) => [q.cue, q.content])).toEqual([['قالت', 'الرئيس منفتح على الحوار'], ['استبعدت', 'تستقيل الحكومة قريبا']]);
  });

  test('a dash ends a dateline before the verb', () => {
    const b = 'أربيل (كوردستان24) – قال المتحدث باسم الحكومة هيمن عثمان إن القصف جريمة.';
    expect(run(b).map((q) => q.speaker)).toEqual(['هيمن عثمان']);
  });
});

describe('quotations before their verb, set-off sources and objects first', () => {
  test('"…"، هكذا علق X: the pointer word is no speaker', () => {
    const b = '"جئنا لنغير العقليات ونثبت قدرتنا"، هكذا علق المدرب سامي الحداد على التأهل.';
    expect(run(b).map((q) => [q.speaker, q.cue, q.content])).toEqual([['سامي الحداد', 'علق', 'جئنا لنغير العقليات ونثبت قدرتنا']]);
  });

  test('a quotation after a paragraph-opening dateline still takes the verb after it', () => {
    const b = 'الموصل – نينوى نيوز: "المفاوضات لم تحسم بعد"، يقول الباحث كريم العبيدي.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['كريم العبيدي', 'المفاوضات لم تحسم بعد']]);
  });

  test('، وفق بلاغ …، between the subject and أن is a source, not a name', () => {
    const b = 'ورأى وزير الداخلية، وفق بلاغ نشرته الوزارة على صفحتها الرسمية بموقع فيسبوك، أن "الوضع تحت السيطرة".';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['وزير الداخلية', 'الوضع تحت السيطرة']]);
  });

  test('a long adjunct set off by commas is stepped over, unless it opens with the verb\'s own preposition', () => {
    const b = 'دعا الرئيس سعيد حمدان، خلال إشرافه مساء أمس على اجتماع مجلس الأمن القومي في القصر، إلى اتخاذ إجراءات عاجلة.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['سعيد حمدان', 'اتخاذ إجراءات عاجلة']]);
    const c = 'كشف المحافظ نزار الدليمي، اليوم، عن خطة لإنهاء العمل بالمنصة الحالية نهاية العام، والانتقال إلى نظام جديد.';
    expect(run(c).map((q) => q.content)).toEqual(['خطة لإنهاء العمل بالمنصة الحالية نهاية العام']);
  });

  test('رئيس الدولة after رئيس الجمهورية X refers back to X', () => {
    const b = 'استقبل رئيس الجمهورية قيس الهمامي وفدا برلمانيا. ورأى رئيس الدولة أن "الحوار هو الحل".';
    expect(run(b).map((q) => q.speaker)).toEqual(['قيس الهمامي']);
  });

  test('واستبعد اللجوء إلى …: a thing after a subject-less object verb is what the last speaker said', () => {
    const b = 'وأوضح الوزير رائد سليم أن الوزارة ستعتمد برنامجا جديدا. واستبعد اللجوء إلى قطع المياه عن أي منطقة.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['رائد سليم', 'الوزارة ستعتمد برنامجا جديدا'], ['رائد سليم', 'اللجوء إلى قطع المياه عن أي منطقة']]);
    const c = 'وأوضح الوزير رائد سليم أن الوزارة ستعتمد برنامجا جديدا. وأكد المتظاهرون استمرار اعتصامهم.';
    // a human plural is a subject of its own, so the minister is not given its words
    expect(run(c).map((q) => q.speaker)).toEqual(['رائد سليم']);
  });
});

describe('names, cues and set-off phrases from Maghrebi and Gulf outlets', () => {
  test('ولد joins a Mauritanian name and does not count towards its length', () => {
    const b = 'قال رئيس المجلس العقيد اعل ولد محمد فال إن الانتخابات ستجرى في موعدها.';
    expect(run(b).map((q) => q.speaker)).toEqual(['اعل ولد محمد فال']);
  });

  test('a long adjunct after the speaker (، في أول مقابلة له منذ …،) does not use up the gap to إن', () => {
    const b = 'وقال الوزير سالم الكندي، في أول مقابلة تلفزيونية له منذ تعيينه في الحكومة الجديدة مطلع الشهر الماضي، إن الإصلاحات ستستمر.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['سالم الكندي', 'الإصلاحات ستستمر']]);
  });

  test('a title set off after the name (، ولي عهد أبوظبي نائب القائد …،) does not use up the gap either', () => {
    const b = 'وقال الشيخ حمدان بن راشد، ولي عهد دبي نائب رئيس المجلس التنفيذي للإمارة، في تصريح نقلته وكالة الأنباء الرسمية: "الإمارات ماضية في طريقها".';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['حمدان بن راشد', 'الإمارات ماضية في طريقها']]);
  });

  test('بأن after a comma opens the said words, not an adjunct', () => {
    const b = 'أفاد مصدر أمني، اليوم الأحد، بأن مسلحين هاجموا نقطة تفتيش شمال المدينة، ما أسفر عن مقتل جنديين.';
    expect(run(b).map((q) => q.content)).toEqual(['مسلحين هاجموا نقطة تفتيش شمال المدينة، ما أسفر عن مقتل جنديين']);
  });

  test('بيّن written with its shadda is a cue; بين without it stays "between"', () => {
    const b = 'وبيّن الوزير خالد العمري أن الحكومة تعتزم حفر مئتي بئر.';
    expect(run(b).map((q) => [q.cue, q.content])).toEqual([['بيّن', 'الحكومة تعتزم حفر مئتي بئر']]);
    expect(run('وجرت مباحثات بين الوزير خالد العمري ونظيره أن تتواصل.')).toEqual([]);
  });

  test('دان and the participle متوقعا are cues', () => {
    const b = 'دان الرئيس ميشال عون "التفجير الإرهابي في طرابلس"، متوقعا أن تكشف التحقيقات الفاعلين قريبا.';
    expect(run(b).map((q) => [q.speaker, q.cue])).toEqual([['ميشال عون', 'دان'], ['ميشال عون', 'متوقعا']]);
  });
});

describe('long Gulf names, honorific pronouns and set-off titles', () => {
  test('a comma-set name joined by بن، عبد، آل is one name, not a list of names', () => {
    const b = 'أكد وزير الخارجية القطري، الشيخ محمد بن عبد الرحمن آل ثاني، أن بلاده مستعدة للحوار.';
    expect(run(b).map((q) => [q.speaker, q.speakerTitle])).toEqual([['محمد بن عبد الرحمن آل ثاني', 'وزير الخارجية القطري']]);
  });

  test('سموه refers back to the last person named with a matching title, not merely the last person', () => {
    const b = 'أعلن صاحب السمو الملكي الأمير فيصل بن حمد آل خليفة تأجيل السباق بعد التنسيق مع رئيس الاتحاد الدولي للسيارات جان تود. وقال سموه في بيان: "الأولوية لقضايا الوطن".';
    expect(run(b).map((q) => q.speaker)).toEqual(['فيصل بن حمد آل خليفة', 'فيصل بن حمد آل خليفة']);
  });

  test('a title set off after the name (، ولي العهد نائب القائد الأعلى،) is not the object; an institution there is', () => {
    const b = 'أعلن الأمير فيصل بن حمد آل خليفة، ولي العهد نائب القائد الأعلى، تأجيل سباق الجائزة الكبرى.';
    expect(run(b).map((q) => q.content)).toEqual(['تأجيل سباق الجائزة الكبرى']);
  });

  test('an adjunct noun with the article (في الندوة الصحفية) ends the speaker', () => {
    const b = 'وأوضح الركراكي في الندوة الصحفية عقب المباراة أن اللاعبين قدموا كل ما لديهم.';
    expect(run(b).map((q) => q.speaker)).toEqual(['الركراكي']);
  });
});

describe('Kuwaiti names, حمّل and abbreviated ranks', () => {
  test('صباح after a rank is a given name, not "morning"', () => {
    const b = 'ودعا رئيس مجلس الوزراء الشيخ صباح الخالد، في كلمة متلفزة، المواطنين إلى الالتزام بالتعليمات.';
    expect(run(b).map((q) => [q.speaker, q.speakerTitle])).toEqual([['صباح الخالد', 'رئيس مجلس الوزراء']]);
  });

  test('حمّل written with its shadda is a cue whose object belongs to the statement; حمل without it is "carried"', () => {
    const b = 'حمّل الوزير خالد العمري، في بيان، الحكومة المسؤولية الكاملة عن فض الاعتصام.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['خالد العمري', 'الحكومة المسؤولية الكاملة عن فض الاعتصام']]);
    expect(run('حمل المتظاهرون لافتات كتب عليها شعارات الثورة.')).toEqual([]);
  });

  test('مطالب ("demands") is no participle without its alif', () => {
    const b = 'وأوضح أبو مرزوق أن الوفد قدم ورقة مطالب تشمل إنشاء ميناء ومطار.';
    expect(run(b).map((q) => q.content)).toEqual(['الوفد قدم ورقة مطالب تشمل إنشاء ميناء ومطار']);
  });

  test('د. before a name is a rank, not a sentence end', () => {
    const b = 'قال عضو المكتب السياسي د. موسى أبو مرزوق إن المقاومة لن تقبل.';
    expect(run(b).map((q) => [q.speaker, q.speakerTitle])).toEqual([['موسى أبو مرزوق', 'عضو المكتب السياسي']]);
  });
});

describe('addressees after a name, سماحته and على لسان', () => {
  test('a definite plural after a two-word name is the one called on (دعا … وليد جنبلاط اللبنانيين إلى)', () => {
    const b = 'دعا رئيس اللقاء الديمقراطي وليد جنبلاط اللبنانيين إلى انتفاضة سلمية.';
    expect(run(b).map((q) => q.speaker)).toEqual(['وليد جنبلاط']);
    const c = 'قال الرئيس زين العابدين بن علي إن الحكومة مستمرة.';
    expect(run(c).map((q) => q.speaker)).toEqual(['زين العابدين بن علي']);
  });

  test('سماحته refers back to the one named with سماحة or السيد', () => {
    const b = 'زار سماحة السيد عمار الحكيم مقر الحكومة. والتقى الوزير خالد العبيدي. وقال سماحته إن المعركة تسير بخطى ثابتة.';
    expect(run(b).map((q) => q.speaker)).toEqual(['عمار الحكيم']);
  });

  test('وجاء على لسان X أن …, and بحسب X، فقد …', () => {
    expect(run('وجاء على لسان المنسقة نينيت كيلي أن التمويل لا يغطي سوى ثلث الاحتياجات.').map((q) => q.content)).toEqual(['التمويل لا يغطي سوى ثلث الاحتياجات']);
    expect(run('وبحسب مسؤول أمريكي، فقد استهدفت الضربات أكثر من 60 هدفا.').map((q) => [q.speaker, q.content])).toEqual([['مسؤول أمريكي', 'استهدفت الضربات أكثر من 60 هدفا']]);
  });
});

describe('إذ before a verb and أي after a source', () => {
  test('إذ قال أحدهم: the speaker follows the verb; the clause before إذ is no speaker', () => {
    const b = 'لكن الأسعار المتدنية تثير قلق الفلاحين، إذ قال أحدهم: "السعر لا يغطي كلفة الجني".';
    expect(run(b).map((q) => [q.speaker, q.speakerTitle])).toEqual([['أحدهم', null]]);
  });

  test('وفقا لأرقام المرصد، أي بزيادة …: "that is" is not the said words', () => {
    expect(run('بلغت الصابة نحو 340 ألف طن، وفقا لأرقام المرصد الوطني، أي بزيادة تفوق 50 بالمائة.')).toEqual([]);
  });
});

describe('قالها, colon + إن, quoted names in adjuncts, and a family name after a prefixed verb', () => {
  test('"…"، قالها X: the said words before "he said it"', () => {
    const b = '«الحزب لن يقبل أن يكون ديكورا لأي نظام»، قالها الدكتور خالد المصري أمام حشد من الشباب.';
    expect(run(b).map((q) => [q.speaker, q.cue, q.content])).toEqual([['خالد المصري', 'قالها', 'الحزب لن يقبل أن يكون ديكورا لأي نظام']]);
  });

  test('وقال: إن …: the complementizer after the colon is left out; ولا داعي is no cue', () => {
    expect(run('وقال الوزير: إن الوضع تحت السيطرة ولا داعي للهلع.').map((q) => q.content)).toEqual(['الوضع تحت السيطرة ولا داعي للهلع']);
  });

  test('an adjunct holding a short quoted name (بمؤتمر الأطراف «COP27») is still stepped over', () => {
    const b = 'قال الرئيس عبد الفتاح السيسي، في كلمة أمام القمة بمؤتمر الأطراف «COP27» في شرم الشيخ اليوم، إن العالم «لا يملك رفاهية الوقت».';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['عبد الفتاح السيسي', 'العالم «لا يملك رفاهية الوقت»']]);
  });

  test('وكشف البدوي عن …: a family name before the verb\'s own preposition is the speaker, not the object', () => {
    const b = 'وقال الدكتور حسن البدوي إن الحزب مستعد. وكشف البدوي عن مفاوضات تجري حاليا مع القوى السياسية.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['حسن البدوي', 'الحزب مستعد'], ['البدوي', 'مفاوضات تجري حاليا مع القوى السياسية']]);
  });
});

describe('a colon after a long adjunct, datelines in either order, عقب after a name', () => {
  test('وقال X في مؤتمر صحفي مشترك مع … بمقر …: "…": the colon is reached past the usual gap', () => {
    const b = 'وقال الأحمد في مؤتمر صحفي مشترك مع نائب رئيس المكتب السياسي لحماس صالح العاروري بمقر المخابرات العامة المصرية: "اتفقنا على تسليم المعابر".';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['الأحمد', 'اتفقنا على تسليم المعابر']]);
  });

  test('a dateline with the colon first (الجنينة: دارفور24 –) before a quotation and its verb', () => {
    const b = 'الجنينة: دارفور24 – "لن نعود إلى قرانا"، يقول الشيخ آدم إسحاق.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['آدم إسحاق', 'لن نعود إلى قرانا']]);
  });

  test('عقب after a name opens an adjunct', () => {
    const b = '"هذا التتويج أهديه للشعب"، قال المدرب جمال بلماضي عقب تتويج المنتخب بالكأس.';
    expect(run(b).map((q) => q.speaker)).toEqual(['جمال بلماضي']);
  });
});

describe('a document issued by someone', () => {
  test('وجاء في بيان صادر عن X: X is the speaker', () => {
    const b = 'وجاء في بيان صادر عن اللجنة الأمنية العليا: "إن الدولة ستمضي في بسط سيطرتها".';
    expect(run(b).map((q) => [q.speaker, q.channel])).toEqual([['اللجنة الأمنية العليا', 'statement']]);
  });
});

describe('a relaying outlet with a quoted name', () => {
  test('ونقل موقع وزارة الدفاع "سبتمبر نت" عن مصدر …: the source speaks, the site is the channel', () => {
    const b = 'ونقل موقع وزارة الدفاع "سبتمبر نت" عن مصدر عسكري قوله إن الدولة لن تتهاون.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['مصدر عسكري', 'الدولة لن تتهاون']]);
  });
});

describe('the same sources, plural', () => {
  test('المصادر ذاتها refers back to the anonymous sources named before', () => {
    const b = 'قالت مصادر برلمانية مطلعة إن الجلسة تأجلت. وأكدت المصادر ذاتها أن الوزير سيلتقي النواب.';
    expect(run(b).map((q) => q.speaker)).toEqual(['مصادر برلمانية مطلعة', 'مصادر برلمانية مطلعة']);
  });
});

describe('the one described or accused before a ب-joined complementizer (وصف X بأنه)', () => {
  test('after a person named with a title: the subject ends at the name, the one described opens the words', () => {
    const b = 'وصف رئيس المؤتمر الوطني العام نوري أبوسهمين التحركات بأنها محاولة انقلابية.';
    expect(run(b)).toEqual([row(b, 'التحركات بأنها محاولة انقلابية', {
      speaker: 'نوري أبوسهمين', speakerTitle: 'رئيس المؤتمر الوطني العام', cue: 'وصف',
    })]);
  });

  test('a participle with a demonstrative object carries the speaker; the quoted tail makes it mixed', () => {
    const b = 'ونفى العقيد عبدالله الجداوي وجود مئات الجثث، واصفا تلك الأنباء بأنها «شائعات لا أساس لها».';
    const rows = run(b);
    expect(rows[1]).toMatchObject({ speaker: 'عبدالله الجداوي', cue: 'واصفا', quoteType: 'mixed', content: 'تلك الأنباء بأنها «شائعات لا أساس لها»' });
  });

  test('a common noun after a verb with no subject is the one described; the speaker is the person the sentence names', () => {
    const b = 'أما وزير الخارجية حسن العلي فوصف الهجوم بأنه عدوان سافر.';
    expect(run(b)).toEqual([row(b, 'الهجوم بأنه عدوان سافر', { speaker: 'حسن العلي', speakerTitle: 'وزير الخارجية', cue: 'وصف' })]);
  });

  test('an accused state after a known person is cut from the speaker (actor kinds)', () => {
    const b = 'واتهم وزير الخارجية الإيراني محمد جواد ظريف واشنطن بأنها تدعم الإرهاب.';
    const ctx = context({ actors: [actorIn(b, 'محمد جواد ظريف', 'mohammad-javad-zarif'), actorIn(b, 'واشنطن', 'Q30')] });
    expect(run(b, ctx)).toEqual([row(b, 'واشنطن بأنها تدعم الإرهاب', {
      speaker: 'محمد جواد ظريف', speakerTitle: 'وزير الخارجية الإيراني', speakerActorId: 'mohammad-javad-zarif', cue: 'اتهم',
    })]);
  });
});

describe('the one called on or accused after a named speaker, and more complement forms', () => {
  test('a definite noun, an institution or a possessed noun after a two-word name is the one called on', () => {
    expect(run('واتهم محمد زيدان الشرطة الإسرائيلية بإطلاق النار على المتظاهرين.').map((q) => [q.speaker, q.content]))
      .toEqual([['محمد زيدان', 'الشرطة الإسرائيلية بإطلاق النار على المتظاهرين']]);
    expect(run('ودعا مقتدى الصدر أنصاره إلى الانسحاب من المنطقة الخضراء.').map((q) => [q.speaker, q.content]))
      .toEqual([['مقتدى الصدر', 'أنصاره إلى الانسحاب من المنطقة الخضراء']]);
  });

  test('مشيرا إلى / لافتة إلى open a noun-phrase statement; منوها بما keeps its relative', () => {
    const b = 'وأكدت الوزارة أن الوضع مستقر، مشيرة إلى تعافي 25 حالة إضافية، لافتة إلى أن المخزون يكفي.';
    expect(run(b).map((q) => [q.cue, q.content])).toEqual([['أكدت', 'الوضع مستقر'], ['مشيرة', 'تعافي 25 حالة إضافية'], ['لافتة', 'المخزون يكفي']]);
    expect(run('وأكد الأمير أن المسيرة مستمرة، منوهاً بما حققته المملكة من إنجازات.').map((q) => q.content))
      .toEqual(['المسيرة مستمرة', 'بما حققته المملكة من إنجازات']);
  });

  test('figures (بيانات السوق) are no speaker', () => {
    expect(run('وأشارت بيانات السوق إلى تراجع المخزونات الأمريكية للأسبوع الثالث.')).toEqual([]);
  });
});

describe('more cue verbs and a ب complement after a two-word name', () => {
  test('أقرّ … أحمد قريع بهزيمة: the ب-word after a name opening with a given name is the complement; بو-names stay in the name', () => {
    expect(run('أقرّ رئيس الوزراء أحمد قريع بهزيمة حركة فتح في الانتخابات.').map((q) => [q.speaker, q.content]))
      .toEqual([['أحمد قريع', 'بهزيمة حركة فتح في الانتخابات']]);
    expect(run('وطالب الناشط علي بوعزيزي بإطلاق سراح المعتقلين فورا.').map((q) => q.speaker)).toEqual(['علي بوعزيزي']);
  });

  test('ردّ (only with its shadda), أفتى بـ and حكى are cues', () => {
    expect(run('وردّ فضل الله: "الورقة البيضاء موقف سياسي مشروع".').map((q) => [q.speaker, q.cue])).toEqual([['فضل الله', 'ردّ']]);
    expect(run('وأفتى الشيخ الصادق الغرياني بعدم جواز الانضمام إلى القوات.').map((q) => [q.speaker, q.cue])).toEqual([['الصادق الغرياني', 'أفتى']]);
    expect(run('وحكى محمد: "كنا نحفر بأيدينا".').map((q) => [q.speaker, q.cue])).toEqual([['محمد', 'حكى']]);
    expect(run('ورد الوزير على الأسئلة في البرلمان.')).toEqual([]);
  });
});

describe('accused before a joined ب, and a document with its adjective', () => {
  test('متهما إسرائيل بعرقلة …: the ب-word after the one accused is the complement', () => {
    const b = 'أكد الوزير أن المعبر لم يغلق، متهما إسرائيل بعرقلة دخول المساعدات.';
    expect(run(b).map((q) => [q.cue, q.content])).toEqual([['أكد', 'المعبر لم يغلق'], ['متهما', 'إسرائيل بعرقلة دخول المساعدات']]);
  });

  test('بحسب التقرير اليومي لوزارة الصحة: the issuer, not the adjective, speaks', () => {
    const b = 'وبحسب التقرير اليومي لوزارة الصحة، فإن حصيلة العدوان ارتفعت إلى 46913 شهيدا.';
    expect(run(b).map((q) => q.speaker)).toEqual(['وزارة الصحة']);
  });
});

describe('topics with أما, and the one called on before a quotation', () => {
  test('أما X فقد / فإنه + verb: X is the speaker, without the answer word', () => {
    expect(run('أما الحكومة الأردنية فقد أعلنت أن الحدود ستبقى مغلقة.').map((q) => q.speaker)).toEqual(['الحكومة الأردنية']);
    expect(run('أما نائب رئيس الوزراء طارق عزيز فقد وصف الهجوم بأنه عدوان غاشم.').map((q) => [q.speaker, q.speakerTitle]))
      .toEqual([['طارق عزيز', 'نائب رئيس الوزراء']]);
    expect(run('الحكومة فقد أعلنت أن الحدود مغلقة.')).toEqual([]);
  });

  test('ودعا المواطنين إلى "…": the one called on stays in the words, which are then mixed', () => {
    const b = 'وأكد رئيس الوزراء أن الوضع مستقر، ودعا المواطنين والمقيمين إلى "الالتزام التام بالتعليمات".';
    expect(run(b).map((q) => [q.cue, q.quoteType, q.content]).slice(1)).toEqual([['دعا', 'mixed', 'المواطنين والمقيمين إلى "الالتزام التام بالتعليمات"']]);
  });
});

describe('figures of a body and a feminine wish to stay unnamed', () => {
  test('بحسب تقديرات منظمة الصحة العالمية: the body, not its figures, is the source', () => {
    const b = 'توفي أكثر من 300 شخص بسبب الوباء، بحسب تقديرات منظمة الصحة العالمية.';
    expect(run(b).map((q) => q.speaker)).toEqual(['منظمة الصحة العالمية']);
    expect(run('توفي أكثر من 300 شخص بسبب الوباء، بحسب التقديرات.')).toEqual([]);
  });

  test('مفضلة عدم ذكر اسمها is no speaker', () => {
    const b = 'وقالت إحدى السائقات، مفضلة عدم ذكر اسمها: "شعور لا يوصف".';
    expect(run(b).map((q) => q.speaker)).toEqual(['إحدى السائقات']);
  });
});

describe('more speaker boundaries', () => {
  test('وطالب بتشكيل …: the joined complement after a coordinated verb opens no subject; the speaker goes on', () => {
    const b = 'حمّل النائب محمد الكتاتني الحكومة المسؤولية الكاملة عن الكارثة، وطالب بتشكيل لجنة تقصي حقائق مستقلة.';
    expect(run(b).map((q) => [q.speaker, q.cue])).toEqual([['محمد الكتاتني', 'حمّل'], ['محمد الكتاتني', 'طالب']]);
  });

  test('an anonymous source ends where an indefinite object follows its body (نفى مصدر مسؤول بوزارة النقل وجود …)', () => {
    const b = 'ونفى مصدر مسؤول بوزارة النقل وجود أي تقصير في إجراءات التفتيش.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['مصدر مسؤول بوزارة النقل', 'وجود أي تقصير في إجراءات التفتيش']]);
  });

  test('a genitive with لل after a body is part of it, not the one accused (اتهمت القيادة العامة للبيشمركة بغداد بـ)', () => {
    const b = 'واتهمت القيادة العامة للبيشمركة في بيان بغداد بإعلان الحرب على الإقليم.';
    expect(run(b).map((q) => q.speaker)).toEqual(['القيادة العامة للبيشمركة']);
  });

  test('الناطق الإعلامي باسم is a role, so باسم is no given name there', () => {
    const b = 'وحذر الناطق الإعلامي باسم وزارة المياه عمر سلامة من أن الموسم المطري هو الأضعف منذ سنوات.';
    expect(run(b).map((q) => q.speaker)).toEqual(['عمر سلامة']);
  });
});

describe('objects and adjuncts (stop 15)', () => {
  test('a demonstrative before a definite noun opens a denied object; a channel adjunct at its end is the channel', () => {
    const b = 'ونفت الشركة المشغلة هذه الأنباء في بيان مقتضب، مؤكدة أن الرحلات مستمرة.';
    expect(run(b).map((q) => [q.speaker, q.cue, q.content, q.channel])).toEqual([
      ['الشركة المشغلة', 'نفت', 'هذه الأنباء', 'statement'],
      ['الشركة المشغلة', 'مؤكدة', 'الرحلات مستمرة', 'statement'],
    ]);
  });

  test('a demonstrative before a day is an adverb, not an object (نفى الوزير هذا الأسبوع …)', () => {
    const b = 'ونفى الوزير سمير عطية هذا الأسبوع وجود أي نية لرفع الأسعار.';
    const ctx = context({ dates: [dateIn(b, 'هذا الأسبوع', '2024-03-04')] });
    expect(run(b, ctx).map((q) => q.content)).toEqual(['وجود أي نية لرفع الأسعار']);
  });

  test('two adjuncts set off by commas stand between the subject and its object', () => {
    const b = 'أعلن وزير الداخلية خالد الزعبي، مساء أمس، من مدينة إربد، انتهاء عمليات البحث عن المفقودين.';
    const ctx = context({ dates: [dateIn(b, 'مساء أمس', '2024-03-06')] });
    expect(run(b, ctx).map((q) => [q.speaker, q.content])).toEqual([['خالد الزعبي', 'انتهاء عمليات البحث عن المفقودين']]);
  });

  test('a joined complement after a set-off title is the statement, not a second adjunct', () => {
    const b = 'ونوه سالم الكعبي، رئيس الغرفة التجارية، بالتسهيلات التي أقرتها الحكومة، معتبرا أنها "خطوة في الاتجاه الصحيح".';
    expect(run(b).map((q) => [q.speaker, q.cue])).toEqual([['سالم الكعبي', 'نوه'], ['سالم الكعبي', 'معتبرا']]);
  });

  test('أن after a word of time or plan (بعد أن، من المقرر أن) is no reported clause: the object is the statement', () => {
    const b = 'أعلنت الوزارة إلغاء المؤتمر الذي كان من المقرر أن تستضيفه العاصمة، بعد أن اعتذرت وفود عدة.';
    expect(run(b).map((q) => [q.cue, q.content.split(' ').slice(0, 2).join(' ')])).toEqual([['أعلنت', 'إلغاء المؤتمر']]);
  });

  test('the bare verbal noun نقل (no عن after it) opens the announced object', () => {
    const b = 'أعلن رئيس المجلس وليد قاسم، صباح اليوم، نقل مقر المجلس إلى مدينة أخرى.';
    const ctx = context({ dates: [dateIn(b, 'صباح اليوم', '2024-03-07')] });
    expect(run(b, ctx).map((q) => [q.speaker, q.content])).toEqual([['وليد قاسم', 'نقل مقر المجلس إلى مدينة أخرى']]);
  });

  test('a participle after a carried continuation goes on with the same speaker', () => {
    const b = 'قال الوزير نادر فاضل إن الموازنة جاهزة. وأضاف أن العجز سينخفض، داعيا إلى ترشيد الإنفاق العام.';
    expect(run(b).map((q) => [q.speaker, q.cue])).toEqual([['نادر فاضل', 'قال'], ['نادر فاضل', 'أضاف'], ['نادر فاضل', 'داعيا']]);
  });
});

describe('topics and manners of saying', () => {
  test('أما X فقال: the verb carrying the answer ف takes the topic after أما as its subject', () => {
    const b = 'قال الوزير سعيد ناصر إن الحكومة باقية. أما النائب كريم حداد فقال إن الحكومة "فقدت ثقة الشارع".';
    expect(run(b).map((q) => q.speaker)).toEqual(['سعيد ناصر', 'كريم حداد']);
  });

  test('a ف-verb with no أما before it keeps the speaker named after it', () => {
    const b = 'سأل الصحفيون عن الموازنة، فقال الوزير سعيد ناصر إنها جاهزة.';
    expect(run(b).map((q) => q.speaker)).toEqual(['سعيد ناصر']);
  });

  test('بالقول tells how another verb was done: its subject speaks, fronted after أما or after the verb', () => {
    const b = 'قال الوزير سعيد ناصر إن الحكومة باقية. أما إدريس العلمي، وزير المالية، فاكتفى بالقول: "لا تعليق الآن".\n\nواكتفى الناطق باسم الحزب خالد علي بالقول: "سننتظر القرار".';
    expect(run(b).map((q) => [q.speaker, q.cue, q.content])).toEqual([
      ['سعيد ناصر', 'قال', 'الحكومة باقية'],
      ['إدريس العلمي', 'بالقول', 'لا تعليق الآن'],
      ['خالد علي', 'بالقول', 'سننتظر القرار'],
    ]);
  });

  test('بالقول with no subject goes on with the last speaker', () => {
    const b = 'قال الوزير سعيد ناصر إن الحكومة باقية. وعن الحرب، اكتفى بالقول: "لا تعليق".';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['سعيد ناصر', 'الحكومة باقية'], ['سعيد ناصر', 'لا تعليق']]);
  });

  test('a channel noun keeps its indefinite adjective (في كلمة مقتضبة), which is not the one called on', () => {
    const b = 'ودعا رئيس البرلمان نبيه بري في كلمة مقتضبة النازحين إلى العودة إلى قراهم.';
    expect(run(b).map((q) => [q.content, q.channel])).toEqual([['النازحين إلى العودة إلى قراهم', 'speech']]);
  });
});

describe('the one described or accused after the speaker', () => {
  test('ووصفت تلك الأنباء بأنها …: a demonstrative phrase after a coordinated verb is the one described, not a speaker', () => {
    const b = 'نفت وزارة الصحة وقوع إصابات جديدة، ووصفت تلك الأنباء بأنها "شائعات لا أساس لها".';
    expect(run(b).map((q) => [q.speaker, q.cue])).toEqual([['وزارة الصحة', 'نفت'], ['وزارة الصحة', 'وصفت']]);
  });

  test('a militia word after a titled two-word name opens the one accused', () => {
    const b = 'اتهم المتحدث باسم الجيش العقيد سامي الحربي ميليشيات مسلحة بخرق الهدنة الأممية.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['سامي الحربي', 'ميليشيات مسلحة بخرق الهدنة الأممية']]);
  });

  test('بوقف after a two-word name opens the complement (a three-letter noun, not a بو family name)', () => {
    const b = 'وطالبت المتحدثة باسم الخارجية مرضية أفخم بوقف الضربات فورا.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['مرضية أفخم', 'بوقف الضربات فورا']]);
  });
});

describe('the dead say nothing', () => {
  test('a "he said" after a late ruler named with mourning words refers to the living subject before', () => {
    const b = 'أدى سمو الشيخ نواف الأحمد الجابر الصباح اليمين الدستورية أميرا للبلاد أمام مجلس الأمة، خلفا للأمير الراحل الشيخ صباح الأحمد الجابر الصباح، طيب الله ثراه.\n\nوقال سموه في كلمته: "إن وطننا يواجه تحديات خطيرة".';
    expect(run(b).map((q) => q.speaker)).not.toContain('طيب الله ثراه');
    expect(run(b)[0]?.speaker).toMatch(/نواف/u);
  });
});

describe('the one called on after a titled name', () => {
  test('طالب رئيس الوزراء X رئيس السلطة Y بـ…: the second title opens the one called on', () => {
    const b = 'طالب رئيس الوزراء سامر حداد رئيس المجلس وليد قاسم بالاعتذار للشعب عن القرار.';
    expect(run(b).map((q) => [q.speaker, q.content])).toEqual([['سامر حداد', 'رئيس المجلس وليد قاسم بالاعتذار للشعب عن القرار']]);
  });
});

describe('a verbal noun after a coordinated object verb', () => {
  test('واستبعد فرض ضرائب …: the tax is what was ruled out, not a speaker; the participle after it goes on with the minister', () => {
    const b = 'وقال الوزير سمير حداد إن الإصلاح ضرورة. واستبعد فرض ضرائب على دخل المواطنين، مؤكدا أن الدعم سيوجه إلى مستحقيه.';
    expect(run(b).map((q) => [q.speaker, q.cue])).toEqual([['سمير حداد', 'قال'], ['سمير حداد', 'استبعد'], ['سمير حداد', 'مؤكدا']]);
  });
});

describe('an outlet named alone relays', () => {
  test('ونقلت رويترز عن مسؤول أمريكي أن …: the official speaks, Reuters is the channel, even after فيما', () => {
    const b = 'قال الوزير إن الوضع هادئ، فيما نقلت رويترز عن مسؤول أمريكي أن واشنطن علقت مساعدات.';
    expect(run(b).map((q) => [q.speaker, q.channel])).toEqual([['الوزير', null], ['مسؤول أمريكي', 'Reuters']]);
  });
});
