import { describe, expect, it } from 'vitest';
import { loadLexicon, variants } from '../../etl/lexicon/load.js';
import { findActors } from '../../etl/5-actors/index.js';
import { buildDoc } from '../../etl/7-events/doc.js';
import { findTriggers } from '../../etl/7-events/triggers.js';

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const MODES = ['aerial', 'drone', 'heavy-weapons', 'small-arms', 'martial-law', 'curfew', 'release', 'ease', 'investigate', 'confiscate', 'obstruct'];

const triggers = (text: string) => findTriggers(buildDoc(text), findActors(text)).map((t) => [t.eventType, t.text]);

/** A block of sentences and the triggers each gives, in text order. */
function triggerCases(title: string, cases: [string, string[][]][]): void {
  describe(title, () => {
    it.each(cases)('%s', (text, want) => {
      expect(triggers(text)).toEqual(want);
    });
  });
}

describe('findTriggers: a word the lexicon lists as no event beats a starred verb', () => {
  it.each([
    ['وحلقت طائرة مسيرة جديدة فوق المدينة.', []],
    ['على خلفية الأزمة التي فجرها قرار الحكومة.', []],
    ['وسيطرت فرق الإطفاء على الحريق بعد ساعات.', []],
    ['وألغيت رحلة جوية بسبب الطقس.', []],
    ['وصل ثمن الخبز إلى مستوى قياسي.', []],
    ['وأبدت الحكومة رفضا قاطعا للمقترح.', [['REJECT', 'رفضا قاطعا']]],
    ['ورحلت السلطات عشرات المهاجرين.', [['COERCE', 'رحلت']]],
    ['وثمنت الحكومة الجهود المبذولة.', [['SUPPORT', 'ثمنت']]],
    // a starred verb read after the article is a noun or a name (قنص* → القنصلية، دمر* → الدمرداش)
    ['ووقف الحراس عند مدخل القنصلية في المدينة.', []],
    ['وقال الدمرداش إن الحكومة مستمرة.', []],
    ['وقنص مسلحون جنديا على الحاجز.', [['ASSAULT', 'قنص']]],
    // … and so is any one-word verb form (حذر → الحذر "caution"): the cautious calm is no warning
    ['وعاد الهدوء الحذر إلى العاصمة صباح اليوم.', []],
    ['وحذر الجيش السكان من الاقتراب.', [['THREATEN', 'حذر']]],
  ])('%s', (text, expected) => {
    expect(triggers(text)).toEqual(expected);
  });
});

describe('lexicons/event-triggers.tsv', () => {
  const rows = loadLexicon('event-triggers');
  it('is well-formed and covers every PLOVER type', () => {
    for (const r of rows) {
      expect([...TYPES, '-']).toContain(r.event_type);
      expect(['v', 'n', 'p']).toContain(r.pos);
      if (r.mode) expect(MODES).toContain(r.mode);
      expect(variants(r.triggers).length).toBeGreaterThan(0);
    }
    for (const t of TYPES) expect(rows.some((r) => r.event_type === t), t).toBe(true);
  });

  // a form that holds one of its row's complements (قتلوا برصاص، فتح أجوائها، حزمة مساعدات) must fire on its own
  it('has no form silenced by a complement the form itself holds', () => {
    const fold = (w: string) => buildDoc(w).tokens.map((t) => t.text).join(' ');
    const silent: string[] = [];
    for (const r of rows.filter((x) => x.event_type !== '-')) {
      const needs = variants(r.requires_after).filter((q) => !/^[!<]/u.test(q) && !q.endsWith('*')).map(fold);
      for (const form of variants(r.triggers).filter((f) => !f.includes('*') && f.includes(' '))) {
        const words = fold(form);
        if (!needs.some((q) => words.endsWith(` ${q}`))) continue;
        if (!triggers(`${form} .`).some(([type]) => type === r.event_type)) silent.push(`${r.event_type} ${form}`);
      }
    }
    expect(silent).toEqual([]);
  });

  it('gives modes only from the known list', () => {
    for (const r of loadLexicon('event-modes')) expect(MODES).toContain(r.mode);
  });
});

describe('findTriggers', () => {
  it.each([
    ['وقصفت القوات', 'ASSAULT', 'قصفت'],
    ['الاشتباكات العنيفة', 'ASSAULT', 'الاشتباكات'],
    ['غارات جوية', 'ASSAULT', 'غارات جوية'],
    ['أعلنت التعبئة العامة', 'MOBILIZE', 'التعبئة العامة'],
    ['حظر التجول', 'COERCE', 'حظر التجول'],
    ['حالة الحرب', 'COERCE', 'حالة الحرب'],
    ['ناشدت الأطراف', 'REQUEST', 'ناشدت'],
    ['مكالمة هاتفية', 'CONSULT', 'مكالمة هاتفية'],
    ['هدنة إنسانية', 'AGREE', 'هدنة إنسانية'],
    ['يتبادلان الاتهامات', 'ACCUSE', 'الاتهامات'],
    ['ترفض المقترح', 'REJECT', 'ترفض'],
    ['أعلنت دعمها', 'SUPPORT', 'دعمها'],
    ['عرض الوساطة', 'COOPERATE', 'عرض الوساطة'],
    ['نشر مراقبين عسكريين', 'AID', 'نشر'],
    ['مهلة 48 ساعة', 'THREATEN', 'مهلة'],
    ['طرد السفير', 'SANCTION', 'طرد السفير'],
    ['مظاهرات حاشدة', 'PROTEST', 'مظاهرات'],
    ['انسحاب القوات', 'RETREAT', 'انسحاب'],
    ['الإفراج عن أسرى', 'RETREAT', 'الإفراج عن'],
    ['إرسال طائرتين محملتين بالمستلزمات الطبية', 'AID', 'إرسال'],
    ['إرسال فريق طبي إلى المدينة', 'AID', 'إرسال'],
    ['انطلقت مسيرة جديدة في وسط المدينة', 'PROTEST', 'مسيرة'],
    ['مسيرات في الجامعات', 'PROTEST', 'مسيرات'],
    ['عفوا عاما عن المعتقلين', 'RETREAT', 'عفوا عاما'],
    ['وقالت إن ذلك لن يمر دون رد', 'THREATEN', 'لن يمر دون رد'],
    ['قررت إغلاق المنافذ البرية والبحرية', 'SANCTION', 'إغلاق المنافذ'],
    ['قطعت خدمة الإنترنت عن المدينة', 'COERCE', 'قطعت خدمة الإنترنت'],
    ['بعدما قطع مناصرو المعارضة طريق المطار', 'PROTEST', 'قطع مناصرو'],
    ['وقع قادة دول مجلس التعاون الخليجي ومصر أمس في محافظة العلا السعودية على «بيان العلا»', 'AGREE', 'وقع'],
    ['سيطرت قوات الدعم السريع، الأحد الماضي، على مقر الفرقة السادسة', 'ASSAULT', 'سيطرت'],
    ['أقامت القوات المسلحة حزاما أمنيا لتأمين المعبر', 'MOBILIZE', 'حزاما أمنيا'],
    ['وأمر باستدعاء 40 ألف جندي من الاحتياط', 'MOBILIZE', 'استدعاء'],
    ['واستدعت روسيا سفيريها في واشنطن ولندن للتشاور', 'SANCTION', 'استدعت'],
    ['وأكدت الوزارة أنها ستتعامل «بحزم» مع أي تجاوز', 'THREATEN', 'ستتعامل'],
    ['وتعهد الرئيس بـ«حرب شاملة» على الحركة', 'THREATEN', 'تعهد'],
    ['وهو ما نفاه الحزب في بيان', 'REJECT', 'نفاه'],
    ['فيما أوقفت مصالح الأمن 1100 شخص', 'COERCE', 'أوقفت'],
    ['وقالت مصادر إن أنقرة وطهران تتبادلان المعلومات', 'COOPERATE', 'تتبادلان المعلومات'],
    ['لتقديم دعم لوجستي إلى الجيش', 'AID', 'دعم لوجستي'],
    ['كما أغلق مطار نواكشوط الدولي أمام الرحلات', 'COERCE', 'أغلق'],
    ['بعد أن عرقلت عناصر من البوليساريو حركة المرور', 'COERCE', 'عرقلت'],
    ['وفرض حظر الجولان ليلا لمدة شهر', 'COERCE', 'حظر الجولان'],
    ['واحتجزت عددا من العمال الأجانب رهائن', 'ASSAULT', 'احتجزت'],
    ['فيما احتشد المئات أمام مقر البرلمان', 'PROTEST', 'احتشد'],
    ['في إطار عمليات تحرير مدينة الموصل', 'ASSAULT', 'عمليات تحرير'],
    ['وأعلن المجلس حل نفسه استجابة للمتظاهرين', 'CONCEDE', 'حل نفسه'],
    ['بعد الحكم بالسجن على الناشط', 'COERCE', 'الحكم بالسجن'],
    ['وشكك المرشح في نزاهة النتائج', 'REJECT', 'شكك'],
    ['وأعلن الجيش تعزيز انتشاره في المنطقة', 'MOBILIZE', 'تعزيز انتشاره'],
    ['وجرفت الجرافات الأراضي الزراعية', 'COERCE', 'جرفت'],
    ['وانطلق التدريب الجوي المشترك بين البلدين', 'COOPERATE', 'التدريب الجوي المشترك'],
  ])('%s → %s', (text, type, trigger) => {
    expect(triggers(text)).toEqual([[type, trigger]]);
  });

  it('lifting a curfew is an easing; the curfew it names is found too (the annotators list the earlier imposition)', () => {
    expect(triggers('ورفعت السلطات حظر التجوال عن المدينة')).toEqual([['RETREAT', 'رفعت'], ['COERCE', 'حظر التجوال']]);
  });

  it('skips words inside an actor name (منظمة الأمن والتعاون)', () => {
    expect(triggers('منظمة الأمن والتعاون في أوروبا')).toEqual([]);
  });

  it('requires the complement of an ambiguous verb (وقعت اتفاقا vs وقعت اشتباكات)', () => {
    expect(triggers('وقع الطرفان اتفاقا')).toEqual([['AGREE', 'وقع الطرفان اتفاقا']]);
    expect(triggers('وقعت اشتباكات')).toEqual([['ASSAULT', 'اشتباكات']]);
  });

  it('drops a weak trigger when the sentence names the attack', () => {
    expect(triggers('أسفر القصف عن مقتل 3 مدنيين.')).toEqual([['ASSAULT', 'القصف']]);
    expect(triggers('أعلن عن مقتل 3 مدنيين.')).toEqual([['ASSAULT', 'مقتل']]);
  });
});

describe('starred words inside a phrase', () => {
  it('a starred verb before the rest of its phrase takes past endings (رفع* درجة الجاهزية → رفعت درجة الجاهزية)', () => {
    for (const text of ['رفعت درجة الجاهزية في المنطقة الشرقية.', 'رفعوا درجة الجاهزية في المنطقة الشرقية.']) {
      expect(findTriggers(buildDoc(text), findActors(text)).map((t) => [t.eventType, t.text])).toEqual([['MOBILIZE', text.split(' ').slice(0, 3).join(' ')]]);
    }
  });
});

describe('findTriggers: forms whose complement decides the type', () => {
  it.each([
    ['وقطعت السلطات الموريتانية خدمة الإنترنت عن الهواتف.', [['COERCE', 'قطعت']]],
    ['وقطع محتجون عددا من الطرق الرئيسية بالإطارات.', [['PROTEST', 'قطع محتجون']]],
    ['واستولت جماعة مسلحة، مساء أمس، على سفينة شحن.', [['COERCE', 'استولت']]],
    ['واستولى المسلحون على مبنى البلدية.', [['ASSAULT', 'استولى']]],
    ['وهنأ الملك الرئيس المنتخب بفوزه في الانتخابات.', [['SUPPORT', 'هنأ']]],
    ['ومن هنا بدأت القصة.', []],
    ['وسحبت روسيا عناصر شرطتها العسكرية من المدينة.', [['RETREAT', 'سحبت']]],
    ['وقرر المجلس سحب السفارة من العاصمة وإعادة القوات.', []],
    ['وقدم ثلاثة وزراء استقالاتهم من الحكومة.', [['CONCEDE', 'استقالاتهم']]],
    ['ويعقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة.', [['CONSULT', 'اجتماعا طارئا']]],
    ['وأمر الجيش السكان بإخلاء منازلهم فورا.', [['COERCE', 'بإخلاء']]],
    ['ووصلت شاحنة محملة بالمساعدات.', [['AID', 'محملة بالمساعدات']]],
    ['وأدانت الوزارة الهجوم، محملة الجماعة المسؤولية.', [['ACCUSE', 'أدانت'], ['ASSAULT', 'الهجوم'], ['ACCUSE', 'محملة']]],
    // backing down from a candidacy or decision yields; a force pulling back retreats
    ['وكان الرئيس قد تراجع عن الترشح لولاية خامسة.', [['CONCEDE', 'تراجع']]],
    ['وتراجعت القوات إلى مواقعها الخلفية.', [['RETREAT', 'تراجعت']]],
    // a cautious calm, the Muqata'a compound and the unarmed name no act
    ['وانتشرت وحدات الجيش وسط هدوء حذر ساد المدينة.', [['MOBILIZE', 'انتشرت']]],
    ['وأعلن الوزير استقالته احتجاجا على إطلاق النار على المتظاهرين العزل.', [['CONCEDE', 'استقالته'], ['ASSAULT', 'إطلاق النار']]],
    ['وحاصرت الدبابات مقر المقاطعة في رام الله.', [['COERCE', 'حاصرت']]],
    // a warning or a dispersal with its object as a pronoun
    ['وكانت القوات قد داهمت منازل العائلات وحذرتها من تنظيم أي احتفالات.', [['COERCE', 'داهمت'], ['THREATEN', 'حذرتها']]],
    ['وتجمع المعلمون أمام النقابة قبل أن تفرقهم قوات الدرك.', [['PROTEST', 'تجمع'], ['COERCE', 'تفرقهم']]],
    // extra forces deployed are a mobilization
    ['وأعلن رئيس الإقليم نشر قوات إضافية في المدينة.', [['MOBILIZE', 'نشر']]],
    // medical teams and blood units sent are aid, not a deployment
    ['وأرسل الصليب الأحمر فرقاً طبية ووحدات دم إلى مستشفيات المدينة.', [['AID', 'أرسل']]],
    ['وأرسلت الحكومة وحدات من الجيش إلى المدينة.', [['MOBILIZE', 'أرسلت']]],
    // airspace closed to another state's aircraft is a sanction; closed to all traffic, a restriction
    ['وقررت الجزائر أمس غلق مجالها الجوي أمام الملاحة الجوية القادمة من مالي.', [['SANCTION', 'غلق مجالها الجوي']]],
    ['وكانت هيئة الطيران المدني قد أغلقت المجال الجوي أمام حركة الطائرات مساء أمس.', [['COERCE', 'أغلقت المجال الجوي']]],
    ['وأعلنت سلطة الطيران المدني إغلاق المجال الجوي.', [['COERCE', 'إغلاق المجال الجوي']]],
    // admitting a shooting down, two phone calls, a joint force formed
    ['وأقرت هيئة الأركان أمس بإسقاط طائرة الركاب عن غير قصد.', [['CONCEDE', 'أقرت'], ['ASSAULT', 'إسقاط']]],
    ['وأجرى الوزير اتصالين هاتفيين بقائدي الطرفين.', [['CONSULT', 'اتصالين هاتفيين']]],
    ['وأعلن رؤساء الأركان تشكيل قوة موحدة لمحاربة الإرهاب.', [['COOPERATE', 'تشكيل قوة موحدة']]],
    // joint exercises are cooperation, with the exercise's name between; one army's exercises a show of force
    ['وانطلقت أمس مناورات «الأسد الأفريقي» المشتركة بين القوات المغربية والأمريكية.', [['COOPERATE', 'مناورات']]],
    ['وبدأت وحدات من الجيش أمس مناورات واسعة قرب الحدود بمشاركة 70 ألف عنصر.', [['MOBILIZE', 'مناورات']]],
    // a commando landing is an attack; an airdrop of relief is aid
    ['ونفذت وحدة كوماندوس فجر اليوم عملية إنزال جوي قرب المستشفى.', [['ASSAULT', 'عملية إنزال جوي']]],
    ['ونفذ سلاح الجو عملية إنزال جوي لمساعدات إنسانية فوق القطاع.', [['AID', 'عملية إنزال جوي لمساعدات إنسانية']]],
    // a consulate (قنص "sniped") and a transport plane (نقل "sent") name no act
    ['واقتحم محتجون مبنى السفارة وقنصليتها العامة في المدينة.', [['ASSAULT', 'اقتحم']]],
    ['ودمر المسلحون طائرة نقل عسكرية في المطار.', [['ASSAULT', 'دمر']]],
    // sirens, dawn and rules of engagement name no act
    ['ودوت صفارات الإنذار في مناطق متفرقة من البلاد.', []],
    ['وعاد الهدوء إلى المدينة عند الرابعة فجراً.', []],
    ['وتتم العملية وفق قواعد اشتباك واضحة.', []],
    // dismissing a government or a minister yields (CONCEDE); a head of state dismissing the head of government coerces
    ['وأعلن الرئيس في كلمة متلفزة إقالة الحكومة.', [['CONCEDE', 'إقالة']]],
    ['وكان الرئيس قد أقال أمس وزير الداخلية.', [['CONCEDE', 'أقال']]],
    ['وأصدر السلطان مراسيم أعفى بموجبها عددا من الوزراء من مناصبهم.', [['CONCEDE', 'أعفى']]],
    ['وأقال الرئيس رئيس الحكومة مساء أمس.', [['COERCE', 'أقال']]],
    ['وأعلن الرئيس إعفاء رئيس الحكومة من مهامه.', [['COERCE', 'إعفاء رئيس الحكومة']]],
  ])('%s', (text, expected) => {
    expect(triggers(text)).toEqual(expected);
  });
});

describe('findTriggers: prisoner handovers, skirmishes, renewed ties and promised retaliation', () => {
  it.each([
    ['وذلك بعد ساعات من تسليم كتائب القسام ثلاث أسيرات إلى الصليب الأحمر.', [['RETREAT', 'تسليم']]],
    ['وشهد محيط المجلس مناوشات بين أنصار الحزبين.', [['ASSAULT', 'مناوشات']]],
    ['وأفاد بلاغ بأن المغرب سيستأنف العلاقات الدبلوماسية مع إسرائيل.', [['COOPERATE', 'سيستأنف']]],
    ['وقال المتحدث: سنرد على هذا العدوان في الوقت المناسب.', [['THREATEN', 'سنرد'], ['ASSAULT', 'العدوان']]],
  ])('%s', (text, expected) => {
    expect(triggers(text)).toEqual(expected);
  });
});

describe('findTriggers: deploying one\'s own troops against sending observers', () => {
  it.each([
    ['وأعلنت الحكومة نشر 6 آلاف جندي على الحدود الشرقية.', [['MOBILIZE', 'نشر']]],
    ['واقترحت موسكو نشر مراقبين عسكريين في المنطقة.', [['AID', 'نشر']]],
  ])('%s', (text, expected) => {
    expect(triggers(text)).toEqual(expected);
  });
});

describe('findTriggers: suspending the constitution and ordered closures', () => {
  it.each([
    ['وأعلن قائد الجيش تعطيل العمل بالدستور مؤقتا.', [['COERCE', 'تعطيل العمل بالدستور']]],
    ['وأعلن التحالف إغلاقا مؤقتا لجميع المنافذ الجوية والبحرية.', [['COERCE', 'إغلاقا مؤقتا']]],
  ])('%s', (text, expected) => {
    expect(triggers(text)).toEqual(expected);
  });
});

describe('findTriggers: votes against, boycotts and downgraded ties', () => {
  it.each([
    ['وسقط مشروع القرار بعد أن صوتت ضده ثماني دول.', [['REJECT', 'صوتت ضده']]],
    ['وأعلنت الإمارات خفض مستوى تمثيلها الدبلوماسي في طهران.', [['SANCTION', 'خفض مستوى تمثيلها']]],
  ])('%s', (text, expected) => {
    expect(triggers(text)).toEqual(expected);
  });
});

describe('findTriggers: arriving on a visit, condolences, joint exercises of a kind', () => {
  it('ووصل الوزير إلى دمشق في زيارة رسمية: the arrival is the visit', () => {
    expect(triggers('ووصل وزير الخارجية الروسي إلى دمشق في زيارة رسمية.')[0]).toEqual(['CONSULT', 'وصل']);
  });

  it.each([
    ['ووصلت فرق الإنقاذ إلى المدينة صباح الأحد.', [['AID', 'فرق الإنقاذ']]],
    ['وأجرت القوات الجوية للبلدين مناورات جوية مشتركة فوق الصحراء.', [['COOPERATE', 'مناورات جوية مشتركة']]],
  ])('%s', (text, expected) => {
    expect(triggers(text)).toEqual(expected);
  });
});

describe('findTriggers: a trigger word that is part of a body\'s name', () => {
  it.each([
    ['قتل رئيس جهاز دعم الاستقرار في طرابلس.', 'SUPPORT'],
    ['وانتشرت وحدات من جهاز مكافحة الإرهاب في المدينة.', 'ASSAULT'],
  ])('%s has no %s act', (text, type) => {
    expect(triggers(text).map(([t]) => t)).not.toContain(type);
  });

  it('the same noun with a conjunction of its own is an act (مجلس الأمن ودعم …)', () => {
    expect(triggers('وأعلنت الحكومة دعم الجيش في حربه.').map(([t]) => t)).toContain('SUPPORT');
  });

  it('the name تامر is not the verb تأمر', () => {
    expect(triggers('أعلن المتحدث العسكري العقيد تامر الرفاعي أن القوات الجوية استهدفت 66 هدفا.').map(([t]) => t)).toEqual(['ASSAULT']);
  });
});

describe('findTriggers: adverbs of purpose and describing participles are no acts', () => {
  it.each([
    ['وتظاهر المئات أمام البرلمان احتجاجا على غلاء الأسعار.', ['PROTEST']],
    ['وأضرب العمال رفضا لقرار الحكومة.', ['PROTEST']],
    ['ورفضت الوزارة بشكل قاطع هذا المقترح.', ['REJECT']],
    ['ودخلت قافلة مساعدات إلى المدينة المحاصرة.', ['AID']],
  ])('%s', (text, types) => {
    expect(triggers(text).map(([t]) => t)).toEqual(types);
  });

  it('a formal protest note is still an accusation (احتجاجا رسميا)', () => {
    expect(triggers('وقدمت الخارجية احتجاجا رسميا إلى السفير.').map(([t]) => t)).toContain('ACCUSE');
  });
});

describe('findTriggers: an agreement signed as a pronoun, stepped-up deployments', () => {
  it.each([
    ['وطالبت الدوحة بالالتزام بالاتفاق الذي وقعه الأمير في الرياض.', 'AGREE'],
    ['وكثفت وزارة الداخلية انتشارها في ميدان التحرير ومحيطه.', 'MOBILIZE'],
  ])('%s', (text, type) => {
    expect(triggers(text).map(([t]) => t)).toContain(type);
  });
});

describe('findTriggers: dispersing a crowd however it is counted', () => {
  it('أطلقت قوات الأمن الغاز لتفريق عشرات الآلاف من المشاركين', () => {
    expect(triggers('وأطلقت قوات الأمن القنابل المسيلة للدموع لتفريق عشرات الآلاف من المشاركين في المسيرة.').map(([t]) => t)).toContain('COERCE');
  });

  it('تفريق with no crowd after it is no act (تفريق الأصوات)', () => {
    expect(triggers('وأدى تفريق الأصوات بين القوائم إلى خسارة الحزب.').map(([t]) => t)).not.toContain('COERCE');
  });
});

describe('findTriggers: أوقف with the police as its subject is an arrest', () => {
  it.each([
    ['أوقفت عناصر الفرقة الوطنية للشرطة القضائية صباح أمس ناصر الزفزافي.', ['COERCE']],
    ['وأوقفت الحكومة العمل بالقرار مؤقتا.', []],
  ])('%s', (text, types) => {
    expect(triggers(text).map(([t]) => t)).toEqual(types);
  });
});

describe('findTriggers: the quoted name of a court case is no act', () => {
  it.each([
    ['في القضية المعروفة إعلاميا بـ«اقتحام السجون»، وقتل ثلاثة قضاة.', ['ASSAULT'], 'قتل'],
    ['ونفذت القوات عملية «اقتحام المخيم» فجر اليوم.', ['ASSAULT'], 'اقتحام'],
  ])('%s', (text, types, trigger) => {
    const got = triggers(text);
    expect([got.map(([t]) => t), got[0]?.[1]]).toEqual([types, trigger]);
  });
});

describe('findTriggers: calling an act a crime is an accusation; a neutral description is not', () => {
  it.each([
    ['ووصف وزير الخارجية الهجوم بأنه «عدوان غاشم لا مبرر له».', ['ACCUSE', 'ASSAULT']],
    ['وأدانت الحكومة القصف، واصفة إياه بأنه جريمة حرب.', ['ACCUSE', 'ASSAULT', 'ACCUSE']],
    ['ووصف الوزير المحادثات بأنها بناءة ومثمرة.', ['CONSULT']],
  ])('%s', (text, types) => {
    expect(triggers(text).map(([t]) => t)).toEqual(types);
  });
});

describe('findTriggers: holding someone responsible with a pronoun object', () => {
  it('حركة «الماك» التي تحملها الجزائر مسؤولية الحرائق', () => {
    expect(triggers('ودعم حركة «الماك» التي تحملها الجزائر مسؤولية الحرائق.').map(([t]) => t)).toContain('ACCUSE');
  });
});

describe('findTriggers: marches named by their kind, strikes in the plural', () => {
  it.each([
    ['وأعلنوا عزمهم تنظيم مسيرة في نواكشوط الخميس المقبل.', 'PROTEST'],
    ['ويأتي ذلك بعد أكثر من شهرين من الإضرابات التي شلت المدارس.', 'PROTEST'],
  ])('%s', (text, type) => {
    expect(triggers(text).map(([t]) => t)).toContain(type);
  });

  it('a career is no march (مسيرته المهنية)', () => {
    expect(triggers('وأنهى اللاعب مسيرته المهنية في النادي.')).toEqual([]);
  });
});

describe('findTriggers: brandishing force as a noun, not hesitating to hit back', () => {
  it.each([
    ['وسط تلويح بخيار التدخل العسكري في النيجر.', ['THREATEN']],
    ['وأكد أن الجيش لن يتردد في الرد على أي اعتداء.', ['THREATEN', 'ASSAULT']],
    ['وقال إن بلاده لن تتردد في تقديم العون للأشقاء.', []],
  ])('%s', (text, types) => {
    expect(triggers(text).map(([t]) => t)).toEqual(types);
  });
});

describe('findTriggers: warrants are coercive, restricted access too', () => {
  it.each([
    ['وأصدرت النيابة مذكرة بحث في حق ناصر الزفزافي.', 'COERCE'],
    ['وأصدر القضاء مذكرة قبض بحق المحافظ السابق.', 'COERCE'],
    ['وقيدت السلطات الإيرانية الوصول إلى تطبيقي إنستغرام وواتساب.', 'COERCE'],
  ])('%s', (text, type) => {
    expect(triggers(text).map(([t]) => t)).toContain(type);
  });
});

describe('findTriggers: volunteers flocking to enlist', () => {
  it.each([
    ['وتوافد آلاف المتطوعين اليوم على مراكز التطويع في بغداد.', ['MOBILIZE']],
    ['وتوافد آلاف الزوار على المعرض.', []],
  ])('%s', (text, types) => {
    expect(triggers(text).map(([t]) => t)).toEqual(types);
  });
});

describe('findTriggers: a complement written before the form (<word, stop 16)', () => {
  it('وحدات من الجيش انتشرت: the deploying forces before the verb count; a spreading rumour does not', () => {
    expect(triggers('وقالت مصادر أمنية إن وحدات من الجيش الوطني انتشرت في محيط البلدة.')).toContainEqual(['MOBILIZE', 'انتشرت']);
    expect(triggers('وأعلن الوزير أن الجيش سينتشر جنوب النهر خلال الأيام المقبلة.')).toContainEqual(['MOBILIZE', 'سينتشر']);
    expect(triggers('وقالت الوزارة إن الشائعات انتشرت على مواقع التواصل.').filter((t) => t[0] === 'MOBILIZE')).toEqual([]);
  });
});

describe('findTriggers: concessions, relief named by its load, forces on alert (stop 16)', () => {
  it('a policy yielded, a failure admitted, office handed over: CONCEDE', () => {
    expect(triggers('وأعلنت الحكومة اليوم تخفيض الرسوم الجمركية على السكر والزيت.')).toContainEqual(['CONCEDE', 'تخفيض الرسوم']);
    expect(triggers('قبل أن تتراجع عنه الحكومة تحت ضغط الشارع.')).toContainEqual(['CONCEDE', 'تتراجع عنه']);
    expect(triggers('وأقر وزير الداخلية أمس بوجود تقصير في التدخل الأمني.')).toContainEqual(['CONCEDE', 'أقر']);
    expect(triggers('وأبدى رئيس الوزراء استعداده لتسليم مهامه إلى الحكومة الجديدة.').map((t) => t[0])).toContain('CONCEDE');
    // approving a package is no admission
    expect(triggers('وأقر مجلس الوزراء حزمة من الإصلاحات.').filter((t) => t[0] === 'CONCEDE')).toEqual([]);
  });

  it('a convoy or shipment with its load, shelter for the displaced: AID; a convoy of vehicles alone is not', () => {
    expect(triggers('ووصلت إلى المدينة قافلة تضم 12 شاحنة محملة بالأدوية.')).toContainEqual(['AID', 'قافلة']);
    expect(triggers('وفتحت الحكومة المدارس لإيواء آلاف النازحين.')).toContainEqual(['AID', 'لإيواء']);
    expect(triggers('ومرت قافلة سيارات الوزير في الشارع.').filter((t) => t[0] === 'AID')).toEqual([]);
  });

  it('في حالة تأهب قصوى: MOBILIZE', () => {
    expect(triggers('وأعلنت الجبهة أن قواتها في حالة تأهب قصوى.')).toContainEqual(['MOBILIZE', 'حالة تأهب قصوى']);
  });
});

describe('findTriggers: reopening, intelligence shared, cooperation stepped up, hostilities ceasing (stop 16)', () => {
  it.each([
    ['وكانت المملكة قد أعادت فتح أجوائها وحدودها أمام قطر.', 'RETREAT'],
    ['أغلقت السلطات المطار ليلا قبل أن تعيد فتحه صباح اليوم.', 'RETREAT'],
    ['وتتبادل القوات الأميركية المعلومات الاستخباراتية مع الجيش.', 'COOPERATE'],
    ['وأكد البنتاغون أن واشنطن تزود الجيش التركي بمعلومات استخباراتية.', 'COOPERATE'],
    ['في وقت تعزز فيه باماكو تعاونها العسكري مع موسكو.', 'COOPERATE'],
    ['ودخل وقف الأعمال العدائية بين حزب الله وإسرائيل حيز التنفيذ.', 'AGREE'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toContain(type);
  });

});

describe('findTriggers: forced, held, cut, referred (stop 16)', () => {
  it.each([
    ['وأجبرت قوات الاحتلال مئات العائلات على مغادرة منازلها.', 'COERCE'],
    ['ولا يزال الرئيس محتجزاً داخل القصر الرئاسي منذ الأربعاء.', 'COERCE'],
    ['فيما لا يزال الإنترنت عبر الهواتف المحمولة مقطوعاً منذ الثلاثاء.', 'COERCE'],
    ['وقال الوكيل العام إن 40 شخصا أحيلوا على النيابة العامة.', 'COERCE'],
    ['وقررت الحكومة غلق نحو 80 مسجدا خارجة عن سيطرة الدولة.', 'COERCE'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toContain(type);
  });

  it('a count of detainees is no act: إطلاق سراح 50 محتجزاً في غزة', () => {
    expect(triggers('يفترض أن يتم إطلاق سراح 50 محتجزاً في غزة مقابل 150 أسيراً.').filter((t) => t[0] === 'COERCE')).toEqual([]);
  });
});

describe('findTriggers: a launch told of the missile named before (stop 16)', () => {
  it('اعترضت الدفاعات صاروخا باليستيا أطلقته الميليشيا: two attacks; أطلقته with no weapon before is none', () => {
    expect(triggers('اعترضت قوات الدفاع الجوي مساء الأحد صاروخا باليستيا أطلقته الميليشيا باتجاه المدينة.')).toContainEqual(['ASSAULT', 'أطلقته']);
    expect(triggers('وأشاد الوزير بالبرنامج الذي أطلقته الحكومة العام الماضي.').filter((t) => t[0] === 'ASSAULT')).toEqual([]);
  });
});

describe('findTriggers: expulsions by deadline, suspensions, embargoes, names called (stop 16)', () => {
  it.each([
    ['وأمهلت الدول الأربع الدبلوماسيين القطريين 48 ساعة لمغادرة أراضيها.', 'SANCTION'],
    ['وأمهلت الرياض المواطنين القطريين 14 يوما لمغادرة أراضيها.', 'COERCE'],
    ['ومنحت الدول الثلاث الدبلوماسيين القطريين مهلة 48 ساعة لمغادرة أراضيها.', 'SANCTION'],
    ['وطالبت جميع أعضاء البعثة الدبلوماسية الإيرانية بمغادرة أراضي المملكة خلال 48 ساعة.', 'SANCTION'],
    ['وعلق الاتحاد الإفريقي عضوية موريتانيا إلى حين عودة النظام الدستوري.', 'SANCTION'],
    ['إضافة إلى حظر بيع الأسلحة لدمشق.', 'SANCTION'],
    ['ووصفت حركة النهضة قرارات الرئيس بأنها «انقلاب على الدستور».', 'ACCUSE'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toContain(type);
  });

  it('a deadline that is no expulsion stays a threat; what a side called something is no accusation', () => {
    expect(triggers('وأمهل القادة العسكريين أسبوعا واحدا لإعادة الرئيس إلى السلطة.').map((t) => t[0])).toContain('THREATEN');
    expect(triggers('في المقابل، رفضت الجماعة ما وصفته بالانقلاب العسكري.').filter((t) => t[0] === 'ACCUSE')).toEqual([]);
  });
});

describe('findTriggers: vows of retribution and resistance (stop 16)', () => {
  it.each([
    ['وحمل الحرس الثوري إسرائيل المسؤولية، مؤكدا أنها «ستنال قصاصها العادل».', 'THREATEN'],
    ['وقال الحزب في بيان: «سنقاوم الغزو بكل الوسائل المتاحة».', 'THREATEN'],
    ['وكان جيش الاحتلال قد وجه صباح اليوم إنذارات إلى السكان بإخلاء منازلهم.', 'THREATEN'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toContain(type);
  });
});

describe('findTriggers: forms read from events.dev23 (stop 16)', () => {
  it.each([
    ['وكانت السلطات قد دفعت بنحو 6 آلاف جندي إلى الحدود الشرقية.', 'MOBILIZE'],
    ['وأمر رئيس الوزراء قوات الحشد بالاستعداد لدخول الأنبار.', 'MOBILIZE'],
    ['وبدأت المفوضية توزيع مواد غذائية وخيام على الواصلين.', 'AID'],
    ['وأكد أن العمليات «ستستمر حتى تطهير الساحل من المهربين».', 'THREATEN'],
    ['ونفت الحكومة أن يكون الجانب الأمريكي قد نسق معها مسبقا.', 'COOPERATE'],
    ['واتفق القائدان على استئناف الدوريات المشتركة على الحدود.', 'COOPERATE'],
    ['وأعلن مجلس الوزراء أن المذكرة «باطلة ولاغية».', 'REJECT'],
    ['انتهى أمس الجمعة حصار كنيسة المهد الذي استمر 39 يوما.', 'RETREAT'],
    ['وقال سكان إن مسلحين استولوا على عربات عسكرية من معسكر قريب.', 'COERCE'],
    ['وقررت الحكومة إعفاء السكر والزيت من الرسوم الجمركية.', 'CONCEDE'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toContain(type);
  });

  it('دفع with no troops is no mobilization; a plan to hand over power is no concession', () => {
    expect(triggers('ودفعت الحكومة رواتب الموظفين المتأخرة.').filter((t) => t[0] === 'MOBILIZE')).toEqual([]);
    expect(triggers('يدعم خطة الجامعة العربية لنقل السلطة.').filter((t) => t[0] === 'CONCEDE')).toEqual([]);
  });
});

describe('findTriggers: forms read from events.dev22 (stop 16)', () => {
  it.each([
    ['اجتاحت قوات الاحتلال الإسرائيلي مدينة طولكرم ومخيمها فجر الثلاثاء.', 'ASSAULT'],
    ['وقال رئيس الوزراء: "لن نتهاون مع الخارجين على القانون".', 'THREATEN'],
    ['رست أمس باخرة محملة بأدوية ومواد غذائية أرسلتها دولة الإمارات.', 'AID'],
    ['فرضت قوات الجيش والأمن حصاراً مشدداً على بلدة الحوطة.', 'COERCE'],
    ['وأشارت إلى أن صنعاء وواشنطن تنسقان أمنياً في ملاحقة قيادات التنظيم.', 'COOPERATE'],
    ['وأصدر السلطان أوامره بتوفير 50 ألف وظيفة للمواطنين.', 'CONCEDE'],
    ['وأعلن 42 نائبا من المعارضة انسحابهم من المجلس التأسيسي.', 'REJECT'],
    ['وكانت البعثة قد سلمت الجيش المالي الشهر الماضي معسكر بير.', 'RETREAT'],
    ['غادر ثلاثة آلاف مواطن المخيم بعد أن جرفت آليات الاحتلال شوارعه.', 'COERCE'],
    ['وتقدم لبنان أمس بشكوى عاجلة إلى مجلس الأمن الدولي ضد إسرائيل.', 'ACCUSE'],
    ['أطلقت قوات الأمن صباح أمس حملة تمشيط واسعة في أحياء المدينة.', 'COERCE'],
    ['وفي كسلا، رفعت لجنة أمن الولاية درجة الاستعداد إلى القصوى.', 'MOBILIZE'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toContain(type);
  });

  it('protests sweeping cities, a truck bomb and forces withdrawing are none of these', () => {
    expect(triggers('واجتاحت موجة الاحتجاجات عددا من الولايات.').filter((t) => t[0] === 'ASSAULT')).toEqual([]);
    expect(triggers('وقال شهود إن شاحنة محملة بطن من المتفجرات انفجرت قرب السوق.').filter((t) => t[0] === 'AID')).toEqual([]);
    expect(triggers('وأعلن الجيش انسحابه من المدينة.').map((t) => t[0])).toContain('RETREAT');
  });
});

describe('findTriggers: reopening, lifting with a pronoun, fighters leaving (stop 16)', () => {
  it.each([
    ['وكانت المملكة قد أعلنت مساء الإثنين إعادة فتح أجوائها وحدودها أمام قطر.', 'RETREAT'],
    ['وكانت السلطات قد فرضت حظر التجول في الخرطوم مساء السبت ورفعته صباح أمس.', 'RETREAT'],
    ['خرج مسلحو جيش المهدي صباح أمس الجمعة من صحن المرقد.', 'RETREAT'],
    ['ويقضي الاتفاق بخروج مقاتلي قوات سوريا الديمقراطية من الحيين.', 'RETREAT'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toContain(type);
  });

  it('crowds coming out to march are no withdrawal', () => {
    expect(triggers('وخرج آلاف المتظاهرين إلى شوارع العاصمة.').filter((t) => t[0] === 'RETREAT')).toEqual([]);
  });
});

describe('findTriggers: troops sent or deployed, and troops sent to back an ally (stop 16)', () => {
  it.each([
    ['وأعلنت وزارة الدفاع إرسال نحو 3000 جندي إضافي إلى الشرق الأوسط.', 'MOBILIZE'],
    ['وأرسلت مصر أربع قطع بحرية إلى خليج عدن لتأمين المضيق.', 'MOBILIZE'],
    ['أعلن أردوغان أن تركيا بدأت إرسال وحدات من جيشها إلى ليبيا لدعم حكومة الوفاق.', 'AID'],
    ['وأرسلت الحكومة طائرة محملة بالأدوية إلى المدينة.', 'AID'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toContain(type);
  });
});

describe('findTriggers: supplying weapons or drones (stop 16)', () => {
  it('متهما أبوظبي بتزويد قوات الدعم السريع بالطائرات المسيرة → AID; دعم with no material named stays SUPPORT', () => {
    expect(triggers('ومتهما أبوظبي بتزويد قوات الدعم السريع بالطائرات المسيرة.').map((t) => t[0])).toContain('AID');
    expect(triggers('واتهم المتحدث تركيا بدعم الوفاق بطائرات مسيرة ومدرعات.').map((t) => t[0])).toContain('AID');
    expect(triggers('وأعلنت الدول دعمها للعملية العسكرية.').map((t) => t[0])).not.toContain('AID');
  });
});

describe('findTriggers: crowds coming out, a march named after its marchers (stop 16)', () => {
  it.each([
    ['وكان مئات المصلين قد خرجوا ظهر الجمعة من المسجد العمري مطالبين بالإفراج عن المعتقلين.', 'PROTEST'],
    ['وخرج مئات من أنصار الرئيس المخلوع اليوم في مسيرة بشارع جمال عبد الناصر.', 'PROTEST'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toContain(type);
  });

  it('a drone (طائرة مسيرة) and a president coming out to speak are no protest', () => {
    expect(triggers('أطلقت الجماعة 18 طائرة مسيرة باتجاه السفن.').filter((t) => t[0] === 'PROTEST')).toEqual([]);
    expect(triggers('وخرج الرئيس في كلمة متلفزة إلى الشعب.').filter((t) => t[0] === 'PROTEST')).toEqual([]);
  });
});

describe('findTriggers: a dispersed gathering (stop 16)', () => {
  it('فيما فرقت وحدات من الشرطة تجمعا لأنصاره: the dispersal and the gathering, as the annotators list both', () => {
    expect(triggers('فيما فرقت وحدات من الشرطة تجمعا لأنصاره')).toEqual([['COERCE', 'فرقت'], ['PROTEST', 'تجمعا']]);
  });
});

describe('findTriggers: a ruler leaving the country or fleeing (stop 16)', () => {
  it('غادر الرئيس زين العابدين بن علي البلاد، فرّ الأسد إلى جهة مجهولة → CONCEDE; a minister leaving on a visit is none', () => {
    expect(triggers('غادر الرئيس التونسي زين العابدين بن علي البلاد مساء أمس.').map((t) => t[0])).toContain('CONCEDE');
    expect(triggers('فيما فرّ الأسد إلى جهة مجهولة قبل أن تعلن وسائل إعلام روسية وصوله.').map((t) => t[0])).toContain('CONCEDE');
    expect(triggers('وغادر وزير الخارجية البلاد متوجها إلى نيويورك للمشاركة في اجتماعات الجمعية العامة.').map((t) => t[0])).not.toContain('CONCEDE');
  });
});

describe('findTriggers: forces moving out (stop 16)', () => {
  it('قطعا من القوات البحرية تحركت باتجاه خليج عدن → MOBILIZE; a president moving to contain a crisis is none', () => {
    expect(triggers('وأعلنت القاهرة أن قطعا من القوات البحرية المصرية تحركت باتجاه خليج عدن.').map((t) => t[0])).toContain('MOBILIZE');
    expect(triggers('وتحرك الرئيس لاحتواء الأزمة بين الطرفين.')).toEqual([]);
  });
});

describe('findTriggers: releases in the subjunctive or with a pronoun (stop 16)', () => {
  it.each([
    ['واعتقلوا عددا من النواب قبل أن يطلقوا سراح معظمهم مساء اليوم نفسه.', 'RETREAT'],
    ['أوقفت قوات الأمن عددا من المحتجين قبل أن يأمر النائب العام بإطلاق سراحهم.', 'RETREAT'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toContain(type);
  });
});

describe('findTriggers: a form written exactly in one row and open in another keeps both readings (stop 18)', () => {
  it.each([
    ['واعترف وزير الداخلية بوجود تقصير في حماية المتظاهرين.', 'CONCEDE'],
    ['وأقر المتحدث باسم الجيش بمسؤولية القوات عن الحادث.', 'CONCEDE'],
    ['اعترفت البرازيل بدولة فلسطين.', 'SUPPORT'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toEqual([type]);
  });

  it('نشر كتيبتين إضافيتين: a deployment; نشر معلومات كاذبة is no aid', () => {
    expect(triggers('وأعلن الجيش نشر كتيبتين إضافيتين على الحدود.').map((t) => t[0])).toEqual(['MOBILIZE']);
    expect(triggers('واتهمت الحكومة القناة بنشر معلومات كاذبة عن الجيش.').map((t) => t[0])).not.toContain('AID');
  });
});

describe('findTriggers: lexicon gaps read on dev35 (stop 18)', () => {
  it.each([
    ['وقال شهود إن قوات الدرك منعت المعتصمين من التوجه إلى الطريق الرئيسي.', 'COERCE'],
    ['وصادرت الشرطة كميات من الأسلحة.', 'COERCE'],
    ['وحجزت عناصر الدرك زورقا مطاطيا كان مخبأ في مستودع.', 'COERCE'],
    ['وطالب النائب بخطة عاجلة للمحافظة التي تستضيف أكثر من 100 ألف نازح.', 'AID'],
    ['قبل أن تتدخل قوات الأمن لتفريقهم بالغاز المسيل للدموع.', 'COERCE'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toContain(type);
  });

  it.each([
    'وأعلن البيان الصادر عن الوزارة مصادرة الحريات خطا أحمر.',
    'نفت الجماعة في بيان نشره موقعها أي صلة لعناصرها بالحادث.',
    'تدخلت الشرطة وأطلقت الرصاص في الهواء لتفريق الحشود.',
    'واستقبل الرئيس وزير الخارجية الزائر في قصر الرئاسة.',
  ])('%s: no aid, no attack, no deployment', (text) => {
    const types = triggers(text).map((t) => t[0]);
    expect(types).not.toContain('MOBILIZE');
    expect(types).not.toContain('ASSAULT');
    expect(types).not.toContain('AID');
  });
});

describe('findTriggers: refusals in the future tense and surrenders with the subject between (stop 18)', () => {
  it.each([
    ['وقال المتحدث إن مقاتلي الجماعة لن ينسحبوا قبل تسليم المدينة.', 'REJECT'],
    ['وأكدت الحكومة أنها لن تفاوض الخاطفين.', 'REJECT'],
    ['وأعلنت بغداد أنها لن تسمح بعودة فرق التفتيش.', 'REJECT'],
    ['وسلّم عشرات من عناصر الجماعة أنفسهم إلى الجيش.', 'CONCEDE'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toContain(type);
  });

  it('لن تسمح بأي اعتداء is a warning, no refusal', () => {
    expect(triggers('وأكد الوزير أن المملكة لن تسمح بأي اعتداء على حدودها.').map((t) => t[0])).not.toContain('REJECT');
  });
});

describe('findTriggers: captures of officials and civilians (stop 18)', () => {
  it('وأسرت الجماعة وزير الدفاع → ASSAULT; ياسر عرفات is a name', () => {
    expect(triggers('واقتحمت الجماعة القاعدة الجوية وأسرت وزير الدفاع.').map((t) => t[0])).toEqual(['ASSAULT', 'ASSAULT']);
    expect(triggers('وحاصرت القوات مقر الرئيس ياسر عرفات وأسرت عشرات من عناصر الأمن.').filter((t) => t[1].includes('ياسر'))).toEqual([]);
  });
});

describe('findTriggers: لن تسمح refuses only with what is let in (stop 18)', () => {
  it('إيران لن تسمح للجماعات الإرهابية الاقتراب من حدودها is a warning, no refusal', () => {
    expect(triggers('مشددا على أن إيران لن تسمح للجماعات الإرهابية الاقتراب من حدودها.').map((t) => t[0])).not.toContain('REJECT');
  });
});

describe('findTriggers: lexicon gaps read on the dev sets, stop 18', () => {
  it.each([
    ['بدأ برنامج الأغذية العالمي توزيع حصص غذائية على النازحين.', 'AID'],
    ['ورست في الميناء سفينة محملة بأدوية وأغذية.', 'AID'],
    ['وقّع الرئيس، أمس الأربعاء في الرياض، على المبادرة الخليجية.', 'AGREE'],
    ['وقال إن البلدين ستستأنفان علاقاتهما الدبلوماسية خلال شهرين.', 'COOPERATE'],
    ['ووصلت قوات من الشرطة الاتحادية إلى المدينة لتعزيز خطوط الدفاع.', 'MOBILIZE'],
    ['وعززت قوات الأمن حواجزها على الطرق المؤدية إلى المدينة.', 'MOBILIZE'],
  ])('%s → %s', (text, type) => {
    expect(triggers(text).map((t) => t[0])).toContain(type);
  });

  it('إعادة النظر في العلاقات is no restoring of relations', () => {
    expect(triggers('وقرر المجلس إعادة النظر في العلاقات مع الجار الغربي.').map((t) => t[0])).not.toContain('COOPERATE');
  });
});

describe('findTriggers: an agreement ratified (stop 18)', () => {
  it.each([
    ['دخل الاتفاق حيز التنفيذ فجر اليوم بعد أن أقرته الحكومة مساء أمس.', 'أقرته'],
    ['دخل الاتفاق حيز التنفيذ بعد مصادقة المجلس الوزاري عليه مساء أمس.', 'مصادقة'],
  ])('%s', (text, word) => {
    expect(triggers(text).filter((t) => t[0] === 'AGREE').map((t) => t[1])).toContain(word);
  });
});

describe('findTriggers: giving up office, power or weapons (stop 18)', () => {
  it.each([
    'أعلن نائب الرئيس تخلي الرئيس عن منصب رئيس الجمهورية.',
    'أعلنت الحكومة تخليها عن برامج أسلحة الدمار الشامل.',
  ])('%s → CONCEDE', (text) => {
    expect(triggers(text).map((t) => t[0])).toContain('CONCEDE');
  });
});

triggerCases('findTriggers: taking control of a place named by a pronoun (stop 19)', [
    ['المدينة التي سيطرت عليها قوات الدعم السريع الأسبوع الماضي شهدت نزوحا.', [['ASSAULT', 'سيطرت']]],
    ['وسيطرت عليها حالة من الهلع بعد الانفجار.', []],
]);

triggerCases('findTriggers: killed by gunfire, the weapon written in the form (stop 19)', [
    ['وقالت مصادر نقابية إن 21 شخصا على الأقل قتلوا برصاص قوات الأمن.', [['ASSAULT', 'قتلوا برصاص']]],
    ['قتل ثلاثة متظاهرين برصاص الشرطة.', [['ASSAULT', 'برصاص']]],
]);

triggerCases('findTriggers: travelling on a visit or for talks (stop 19)', [
    ['توجه وزير الخارجية صباح اليوم إلى برلين للمشاركة في المؤتمر الدولي.', [['CONSULT', 'توجه']]],
    ['ووصل الوفد إلى القاهرة أمس لاستئناف المفاوضات.', [['CONSULT', 'وصل'], ['CONSULT', 'المفاوضات']]],
    ['توجه الناخبون إلى مراكز الاقتراع.', []],
    ['توجهت القوات إلى الجبهة للمشاركة في العمليات.', []],
]);

triggerCases('findTriggers: standing by, condolences and a reserved right to respond (stop 19)', [
    ['أكد الملك وقوف المملكة إلى جانب الإمارات.', [['SUPPORT', 'وقوف']]],
    ['أعرب الوزيران عن تعازيهما لأسر الضحايا.', [['SUPPORT', 'تعازيهما']]],
    ['وبعث الرئيس ببرقية عزاء إلى نظيره.', [['SUPPORT', 'ببرقية عزاء']]],
    ['أكدت الحكومة احتفاظها بحق الرد.', [['THREATEN', 'احتفاظها بحق الرد']]],
    ['وقوف السيارات ممنوع أمام المبنى.', []],
]);

triggerCases('findTriggers: brandishing or vowing force (stop 19)', [
    ['ولوّح الرئيس اليوم بعملية برية جديدة.', [['THREATEN', 'لوّح'], ['ASSAULT', 'عملية برية']]],
    ['ونقلت الصحف عن ولي العهد تعهده بملاحقة الفئة الضالة.', [['THREATEN', 'تعهده']]],
    ['تعهدت الدول المانحة بتقديم مساعدات.', [['AID', 'تقديم']]],
]);

triggerCases('findTriggers: meetings held, captives and positions handed over, aid teams sent, failures admitted (stop 19)', [
    ['وعقد المحافظ أمس اجتماعا مع وجهاء المدينة.', [['CONSULT', 'اجتماعا']]],
    ['سلمت الحركة مساء أمس ثلاث محتجزات إلى اللجنة الدولية للصليب الأحمر.', [['RETREAT', 'سلمت']]],
    ['سلمت القوات الأجنبية المسؤولية الأمنية في المحافظة إلى الجيش.', [['RETREAT', 'سلمت']]],
    ['سلم الرئيس الجائزة للفائز.', []],
    ['وأرسلت المنظمة فريقا جراحيا إلى المستشفى.', [['AID', 'أرسلت']]],
    ['وأقر وزير الداخلية بقطع خدمة الإنترنت.', [['CONCEDE', 'أقر'], ['COERCE', 'قطع خدمة الإنترنت']]],
]);

triggerCases('findTriggers: a joint statement or charter signed (stop 19)', [
  ['وقّع وزيرا الخارجية اليوم بيانا مشتركا يعلن إقامة علاقات دبلوماسية.', [['AGREE', 'وقّع'], ['COOPERATE', 'إقامة علاقات دبلوماسية']]],
]);

triggerCases('findTriggers: a military operation named in quotes (stop 19)', [
  ['أطلق الجيش التركي عملية «غصن الزيتون» في عفرين.', [['ASSAULT', 'عملية']]],
  ['ضمن عملية "الأرض المحروقة" في صعدة.', [['ASSAULT', 'عملية']]],
  ['أجريت للجريح عملية جراحية.', []],
]);

triggerCases('findTriggers: a request an act answered (stop 19)', [
  ['دخلت القوات البلاد بطلب من الحكومة.', [['MOBILIZE', 'دخلت القوات'], ['REQUEST', 'بطلب من']]],
  ['جاء التدخل بناء على طلب من المنامة.', [['REQUEST', 'بناء على طلب من']]],
]);

triggerCases('findTriggers: launchers, dispersals, recalls, cleared squares, greetings and bans (stop 20)', [
  ['وأطلق مسلحون صاروخين باتجاه المدينة.', [['ASSAULT', 'أطلق']]],
  ['أطلقت الفصائل رشقات متتالية نحو المستوطنات.', [['ASSAULT', 'أطلقت']]],
  ['فرقت الشرطة وقفة نظمها معلمون أمام الوزارة.', [['COERCE', 'فرقت'], ['PROTEST', 'وقفة']]],
  ['وأعلن الوزير أنه لن يسمح بعودة فرق التفتيش رغم المظاهرات.', [['REJECT', 'لن يسمح'], ['PROTEST', 'المظاهرات']]],
  ['وسحبت جنوب إفريقيا بدورها سفيرها لدى تل أبيب.', [['SANCTION', 'سحبت']]],
  ['وسحبت الحكومة وحداتها من المدينة.', [['RETREAT', 'سحبت']]],
  ['أخلت الشرطة الساحة من المعتصمين فجرا.', [['COERCE', 'أخلت']]],
  ['أخلت القوات مواقعها على الحدود.', [['RETREAT', 'أخلت']]],
  ['وكان وزير الخارجية في استقبال ضيفه لدى وصوله إلى المطار.', [['CONSULT', 'في استقبال']]],
  ['وأعلنت الداخلية حظر أي تجمعات في العاصمة.', [['COERCE', 'حظر أي تجمعات']]],
]);

triggerCases('findTriggers: a verb after a comma is not joined to the trigger before it (stop 20)', [
  ['ووصفت البيان بأنه اتهامات باطلة، واتهمت الحزب بتدبير الهجوم.', [['ACCUSE', 'وصفت'], ['ACCUSE', 'اتهامات'], ['ACCUSE', 'اتهمت'], ['ASSAULT', 'الهجوم']]],
  ['اندلعت مواجهات عنيفة ومعارك في الحي.', [['ASSAULT', 'مواجهات عنيفة ومعارك']]],
]);

triggerCases('findTriggers: a march with its marchers named before it (stop 20)', [
  ['شارك مئات الآلاف من المواطنين أمس الاثنين في مسيرات إحياء الذكرى السنوية للثورة.', [['PROTEST', 'مسيرات']]],
  ['وحلقت مسيرات فوق المدينة.', []],
]);

triggerCases('findTriggers: a call or contacts between two sides (stop 20)', [
  ['وجاء الانسحاب إثر اتصالات بين زعيمي الحزبين.', [['RETREAT', 'الانسحاب'], ['CONSULT', 'اتصالات']]],
  ['وقال وزير الاتصالات إن الشبكة عادت للعمل.', []],
]);

triggerCases('findTriggers: congratulations on a victory, name-calling, flight and traffic bans (stop 20)', [
  ['وهنأ الرئيس القوات المسلحة بالنصر على المتمردين.', [['SUPPORT', 'هنأ']]],
  ['ووصف رئيس الوزراء زعيم المعارضة بأنه «عدو».', [['ACCUSE', 'وصف']]],
  ['وأعلن رئيس الأركان حظر الطيران فوق المدينة.', [['COERCE', 'حظر الطيران']]],
  ['وفرضت السلطات حظرا على حركة السيارات في المدينة.', [['COERCE', 'حظرا على حركة']]],
  ['نحن هنا القوات المسلحة الوطنية.', []],
]);

triggerCases('findTriggers: forces, convoys and staff pulled out with the subject between (stop 20)', [
  ['سحب الجيش أمس آخر ألويته من المدينة.', [['RETREAT', 'سحب']]],
  ['وسحبت المنظمة عددا من موظفيها الأجانب مؤقتا.', [['RETREAT', 'سحبت']]],
  ['وسحب النائب ترشحه من السباق.', []],
]);

triggerCases('findTriggers: an envoy or delegation arriving is a visit (stop 21)', [
  ['وصل وفد حكومي رفيع إلى العاصمة أمس لبحث ملف الأسرى.', [['CONSULT', 'وصل']]],
  ['ويصل المبعوث الأممي إلى المنطقة الأسبوع المقبل.', [['CONSULT', 'يصل']]],
  ['ووصل إلى المدينة أمس وزير الداخلية لتفقد الأوضاع.', [['CONSULT', 'وصل']]],
  // … not a relief convoy, a toll or a dead end
  ['ووصلت إلى المدينة قافلة مساعدات يرافقها نائب المحافظ.', [['AID', 'قافلة مساعدات']]],
  ['وصل عدد الضحايا إلى ثلاثين بحسب رئيس البلدية.', []],
  ['وقال الرئيس إن الحوار وصل إلى طريق مسدود.', []],
]);

triggerCases('findTriggers: warnings that a side will not allow disorder or attack, or will not hesitate to act (stop 21)', [
  ['وأكد الوزير أن الدولة لن تسمح بالفوضى في الشارع.', [['THREATEN', 'لن تسمح']]],
  ['وقال إن بلاده لن تسمح بفرض أمر واقع على حدودها.', [['THREATEN', 'لن تسمح']]],
  ['وشدد على أن الحكومة لن تتردد في اتخاذ إجراءات رادعة.', [['THREATEN', 'لن تتردد']]],
  // … refusing to let inspectors back stays a rejection
  ['وأعلن أن بلاده لن تسمح بعودة المفتشين الدوليين.', [['REJECT', 'لن تسمح']]],
]);

triggerCases('findTriggers: brandishing a referral, a cut-off or a dispatch is a threat (stop 21)', [
  ['ولوّحت واشنطن بإحالة الملف إلى مجلس الأمن.', [['THREATEN', 'لوّحت']]],
  // (the cut-off itself is found too; extraction keeps it inside the threat)
  ['وكان الرئيس قد لوح في وقت سابق بوقف المساعدات عن البلدين.', [['THREATEN', 'لوح'], ['SANCTION', 'وقف المساعدات']]],
]);

triggerCases('findTriggers: "aims at" a goal is no strike (stop 21)', [
  ['متهمة الدوحة باحتضان جماعات تستهدف زعزعة الاستقرار في المنطقة.', [['ACCUSE', 'متهمة']]],
  ['وقال إن الحملة تستهدف النيل من الجيش.', []],
  // … a place or people aimed at still is
  ['واستهدفت الغارات مواقع للمسلحين.', [['ASSAULT', 'استهدفت الغارات']]],
]);

triggerCases('findTriggers: arrests counted "of them", arms seized with words between, camps and cells dismantled (stop 21)', [
  ['وأوقفت سبعة منهم.', [['COERCE', 'أوقفت']]],
  ['وضبطت فيه أسلحة وأحزمة ناسفة.', [['COERCE', 'ضبطت']]],
  ['فككت قوات الأمن مخيم المحتجين شرق المدينة.', [['COERCE', 'فككت']]],
  // … stopping operations or dismantling bombs is no arrest or crackdown
  ['وأوقفت الشركة عملياتها في الميناء.', []],
  ['وفككت الشركة مصنعها القديم.', []],
]);

triggerCases('findTriggers: deeming or calling an act piracy, collusion, a stab in the back or a declaration of war (stop 21)', [
  ['وهو ما اعتبرته طهران «قرصنة».', [['ACCUSE', 'اعتبرته']]],
  ['ووصف الرئيس التطبيع بأنه «طعنة في الظهر».', [['ACCUSE', 'وصف']]],
  ['واصفا قرارات الرئيس بأنها «انقلاب على الدستور».', [['ACCUSE', 'واصفا']]],
  // … a neutral judgement is none
  ['واعتبر الوزير أن القرار خطوة مهمة.', []],
]);

triggerCases('findTriggers: boycotting a session by a verb, interrupting a sermon (stop 21)', [
  ['وقاطع عدد من المتهمين الجلسات الأخيرة.', [['PROTEST', 'قاطع']]],
  ['واعتقلته الشرطة إثر مقاطعته خطيب الجمعة.', [['COERCE', 'اعتقلته'], ['PROTEST', 'مقاطعته']]],
  // … states boycotting goods stay a sanction
  ['وقاطعت الدول الأربع البضائع القطرية.', [['SANCTION', 'قاطعت']]],
]);

triggerCases('findTriggers: a deployment named by its noun with the force after it, or completed (stop 21)', [
  ['تظاهر المحامون وسط انتشار لوحدات من الجيش أمام المؤسسات.', [['PROTEST', 'تظاهر'], ['MOBILIZE', 'انتشار']]],
  ['وأكملت القوات الاتحادية انتشارها في المدينة.', [['MOBILIZE', 'أكملت']]],
  // … a disease or weapons spreading is none
  ['وحذرت الوزارة من انتشار الوباء بين الجنود.', [['THREATEN', 'حذرت']]],
]);

triggerCases('findTriggers: launching rockets or shells with a count between, not launch pads or satellites (stop 21)', [
  ['وردت الفصائل بإطلاق عشرات الصواريخ على مدن إسرائيلية.', [['ASSAULT', 'إطلاق']]],
  ['ردت فصائل المقاومة بإطلاق قذيفتي هاون على موقع عسكري.', [['ASSAULT', 'إطلاق']]],
  ['وقصفت الطائرات منصات لإطلاق الصواريخ في صعدة.', [['ASSAULT', 'قصفت']]],
  ['أعلنت الوكالة إطلاق قمر صناعي على متن صاروخ.', []],
]);

triggerCases('findTriggers: setting oneself on fire is a protest, not an attack (stop 21)', [
  ['وكان الشاب قد أضرم النار في جسده أمام مقر الولاية.', [['PROTEST', 'أضرم']]],
  ['احتجاجا على إحراق نفسه أمام البرلمان.', [['PROTEST', 'إحراق نفسه']]],
  // … arson by protesters on a building stays an attack, even on the same day
  ['أضرم المتطرفون النار في ثلاثة منازل، في اليوم نفسه.', [['ASSAULT', 'أضرم']]],
]);

triggerCases('findTriggers: an order to detain, close or ban, and a referral to the mufti, are coercion (stop 21)', [
  ['وأمرت النيابة العامة بحبسه أربعة أيام.', [['COERCE', 'أمرت'], ['COERCE', 'بحبسه']]],
  ['وأمر الحاكم العسكري بإغلاق الصحيفة.', [['COERCE', 'أمر'], ['COERCE', 'بإغلاق']]],
  ['قضت المحكمة أمس بإحالة أوراق المتهمين إلى المفتي.', [['COERCE', 'قضت']]],
  // … an order to send aid is no coercion
  ['وأمر الملك بإرسال مساعدات عاجلة.', [['AID', 'إرسال']]],
]);

triggerCases('findTriggers: forces or fighters leaving, with the subject before or after, or by the noun (stop 21)', [
  ['غادر آخر جنود القوة الفرنسية الأراضي المالية أمس.', [['RETREAT', 'غادر']]],
  ['وكان عشرات المسلحين قد غادروا المدينة مع عائلاتهم.', [['RETREAT', 'غادروا']]],
  ['وينص الاتفاق على مغادرة عدد من المقاتلين الأجانب الأراضي الليبية.', [['AGREE', 'الاتفاق'], ['RETREAT', 'مغادرة']]],
  // … diplomats told to leave stay a sanction, a traveller leaving is nothing
  ['وطالبت الوزارة السفير بمغادرة البلاد.', [['REQUEST', 'طالبت'], ['SANCTION', 'بمغادرة']]],
  ['وغادر الوزير العاصمة متوجها إلى باريس.', []],
]);

triggerCases('findTriggers: arming a side, camps and field hospitals set up (stop 21)', [
  ['واتهم الزعيم إثيوبيا بتسليح خصومه في الإقليم.', [['ACCUSE', 'اتهم'], ['AID', 'بتسليح']]],
  ['وأقامت الهيئة مخيما للنازحين قرب الحدود.', [['AID', 'أقامت']]],
  // … arming in general, or a camp set up for no one named, is none
  ['وتسليح الجيش يحتاج إلى وقت.', []],
  ['وأقام المحتجون مخيما أمام البرلمان.', []],
]);

triggerCases('findTriggers: vows of force by the participle, vows to strike back, protocols signed (stop 22)', [
  ['وقال رئيس المجلس إن المهمة لم تنته، متعهدا بملاحقة المسلحين في كل شبر.', [['THREATEN', 'متعهدا']]],
  ['وعاد الرئيس إلى المدينة، متعهدا باستعادة العاصمة قريبا.', [['THREATEN', 'متعهدا']]],
  ['وقالت واشنطن إنها سترد على أي هجوم يستهدف قواتها.', [['THREATEN', 'سترد'], ['ASSAULT', 'هجوم يستهدف']]],
  ['ووقعت الحكومة والحركة بروتوكولا لتبادل الأسرى.', [['AGREE', 'وقعت'], ['RETREAT', 'تبادل الأسرى']]],
  // … a pledge of money, or an answer to a letter, is none
  ['وقال الوزير، متعهدا بتخصيص أموال عاجلة للمحافظة.', []],
  ['وقال الوزير إنه سيرد على رسالة المنظمة خلال أيام.', []],
]);

triggerCases('findTriggers: an assassination in the passive, captives named by office (stop 22)', [
  ['واغتيل السياسي المعارض أمام منزله صباح الأربعاء.', [['ASSAULT', 'اغتيل']]],
  ['وأفاد ناشطون بأن المقاتلين أسروا محافظ المدينة.', [['ASSAULT', 'أسروا']]],
  // … while أسر with no captive after it is a family
  ['وزار الوفد أسر الضحايا.', [['CONSULT', 'زار']]],
]);

triggerCases('findTriggers: walking out in protest (stop 22)', [
  ['وأعلنت الكتلة انسحاب نوابها من مجلس النواب احتجاجا على القمع.', [['PROTEST', 'انسحاب']]],
  ['وانسحب نواب المعارضة من الجلسة احتجاجا على القرار.', [['PROTEST', 'انسحب']]],
  // … while forces withdrawing stay a retreat
  ['وانسحبت القوات من المدينة فجر اليوم.', [['RETREAT', 'انسحبت']]],
]);

triggerCases('findTriggers: towns taken back (stop 22)', [
  ['وأعلن رئيس الوزراء تحرير مدينة تكريت بالكامل.', [['ASSAULT', 'تحرير']]],
  ['وقال القائد إن القوات حررت ثلاث قرى في محور الخازر.', [['ASSAULT', 'حررت']]],
  // … hostages freed, and the names of fronts and squares, are none
  ['وأكد الوزير أن القوات حررت أكثر من 40 رهينة.', []],
  ['وتظاهر الآلاف في ميدان التحرير وسط المدينة.', [['PROTEST', 'تظاهر']]],
]);

triggerCases('findTriggers: a call or demand whose addressee is a pronoun (stop 22)', [
  ['وأجرى الأمير اتصالا هاتفيا بنظيره، دعاه فيه إلى التهدئة.', [['CONSULT', 'اتصالا هاتفيا'], ['REQUEST', 'دعاه']]],
  ['واتهمت السلطات الزعيم بتشكيل تنظيم مسلح، وطالبته بتسليم نفسه.', [['ACCUSE', 'اتهمت'], ['REQUEST', 'طالبته']]],
  // … a call with no إلى after it is none
  ['وزار الوزير صديقه الذي دعاه.', [['CONSULT', 'زار']]],
]);

triggerCases('findTriggers: a market falling is no retreat (stop 22)', [
  ['وتراجعت البورصة القطرية بنسبة 7 في المئة في تعاملات اليوم.', []],
  ['وتراجعت قيمة الجنيه في السوق الموازية خلال أسبوع.', []],
  // … forces falling back still are, and backing down from a decision is a concession
  ['وتراجعت قوات النظام نحو البادية بعد الهجوم.', [['RETREAT', 'تراجعت'], ['ASSAULT', 'الهجوم']]],
]);

triggerCases('findTriggers: the accusations denied point back; an exchange of them is an act (stop 22)', [
  ['ونفت الخارجية هذه الاتهامات جملة وتفصيلا.', [['REJECT', 'نفت']]],
  ['وتبادل الطرفان الاتهامات بخرق الهدنة.', [['ACCUSE', 'الاتهامات'], ['ASSAULT', 'خرق الهدنة']]],
  ['وقالت المنظمة إن اتهامات وجهت إلى الحكومة.', [['ACCUSE', 'اتهامات']]],
]);

triggerCases('findTriggers: accusations made, definite (stop 22)', [
  ['ورغم توجيه أرمينيا الاتهامات إلى تركيا بنقل مسلحين، إلا أن تركيا تنفي ذلك.', [['ACCUSE', 'الاتهامات'], ['AID', 'نقل'], ['REJECT', 'تنفي']]],
]);

triggerCases('findTriggers: a coup ousting a president, positions handed over (stop 22)', [
  ['أطاح عسكريون صباح أمس بالرئيس المنتخب.', [['COERCE', 'أطاح']]],
  ['وبدأ الحوثيون تسليم عدد من المواقع الجبلية للجان الميدانية.', [['RETREAT', 'تسليم']]],
  // … a handover of a report or a letter is none
  ['وجرى تسليم التقرير النهائي إلى الأمين العام.', []],
]);

describe('findTriggers: a verb told as done during the act before it is not merged into it (stop 23)', () => {
  it('حملة دهم واسعة اعتقل خلالها: a raid, then arrests', () => {
    const text = 'وشنت قوات الأمن حملة دهم واسعة اعتقل خلالها عشرات الشبان.';
    expect(findTriggers(buildDoc(text), findActors(text)).filter((t) => t.eventType === 'COERCE').map((t) => t.text)).toEqual(['حملة دهم', 'اعتقل']);
  });
});

describe('findTriggers: a word written with ة is no verb (stop 23)', () => {
  const types = (text: string): string[] => findTriggers(buildDoc(text), findActors(text)).map((t) => t.eventType);
  it('طالبة is a student, not طالبه "demanded him"; the pronoun form stays a call', () => {
    expect(types('واختطف مسلحون أكثر من مئة طالبة من مدرسة ثانوية.')).not.toContain('REQUEST');
    expect(types('وطالبه الوزير بتقديم استقالته.')).toContain('REQUEST');
  });
  it('hosting talks, a noun, is read by its own row (تستعد لندن لاستضافة مؤتمر دولي)', () => {
    expect(types('وتستعد لندن لاستضافة مؤتمر دولي حول الصومال.')).toEqual(['CONSULT']);
  });
});

describe('findTriggers: a definite word after a place\'s head noun names the place (stop 23)', () => {
  const types = (text: string): string[] => findTriggers(buildDoc(text), findActors(text)).map((t) => t.eventType);
  it('حي التضامن is a district, not solidarity; ساحة مواجهات stays clashes', () => {
    expect(types('وقصفت القوات حي التضامن بالمدفعية.')).toEqual(['ASSAULT']);
    expect(types('وتحولت المدينة إلى ساحة مواجهات بين الأمن والمحتجين.')).toEqual(['ASSAULT']);
  });
});

describe('findTriggers: a crowd is no mobilization (stop 23)', () => {
  const types = (text: string): string[] => findTriggers(buildDoc(text), findActors(text)).map((t) => t.eventType);
  it('أمام حشد من المسؤولين، بيان للحشد: no act; حشد آلاف الجنود stays MOBILIZE', () => {
    expect(types('وقال الرئيس أمام حشد من المسؤولين إن بلاده ستواصل الإصلاح.')).not.toContain('MOBILIZE');
    expect(types('وقتل عشرة عناصر بحسب بيان للحشد.')).not.toContain('MOBILIZE');
    expect(types('وواصلت القوات حشد آلاف الجنود حول المدينة.')).toEqual(['MOBILIZE']);
  });
});

describe('findTriggers: إيداع is a remand, not أيد* backing (stop 23)', () => {
  const types = (text: string): string[] => findTriggers(buildDoc(text), findActors(text)).map((t) => t.eventType);
  it('أمر قاضي التحقيق بإيداع رجلي أعمال الحبس المؤقت: no support; وأيد المجلس القرار stays SUPPORT', () => {
    expect(types('وأمر قاضي التحقيق بإيداع رجلي أعمال الحبس المؤقت.')).not.toContain('SUPPORT');
    expect(types('وأيد المجلس القرار بالإجماع.')).toEqual(['SUPPORT']);
  });
});

describe('findTriggers: forms the annotators never list as their row\'s type (stop 23)', () => {
  const types = (text: string): string[] => findTriggers(buildDoc(text), findActors(text)).map((t) => t.eventType);
  it('a decree dismissing an official is COERCE, not a concession', () => {
    expect(types('وأصدر الرئيس مرسوما بإقالة قائد الحرس الرئاسي.')).toContain('COERCE');
    expect(types('وأصدر الرئيس مرسوما بإقالة قائد الحرس الرئاسي.')).not.toContain('CONCEDE');
    // … while a bare dismissal of a government in answer to protest stays one
    expect(types('وأعلن الرئيس إقالة الحكومة.')).toContain('CONCEDE');
  });
  it('a conviction, a street vendor and the noun قمع are no acts', () => {
    expect(types('وسجن الناشطون بعد إدانتهم بتهمة الإساءة.')).not.toContain('ACCUSE');
    expect(types('وأضرم بائع متجول النار في نفسه.')).not.toContain('SUPPORT');
    expect(types('واتهمت المنظمة الأمن بقمع المتظاهرين.')).not.toContain('COERCE');
    // … while قمعت الشرطة المتظاهرين and أعلن استقالته stay acts
    expect(types('وقمعت الشرطة المتظاهرين بالهراوات.')).toContain('COERCE');
    expect(types('وأعلن الوزير استقالته.')).toContain('CONCEDE');
  });
});

describe('findTriggers: a definite meeting, visit, call or threat named again is no new act (stop 23)', () => {
  const types = (text: string): string[] => findTriggers(buildDoc(text), findActors(text)).map((t) => t.eventType);
  it('وتناول اللقاء …، رغم الدعوات، التهديدات: none; عقد الوزيران لقاء stays CONSULT', () => {
    expect(types('وتناول اللقاء الأوضاع في المنطقة.')).toEqual([]);
    expect(types('واستمرت الاحتجاجات رغم الدعوات إلى التهدئة.')).not.toContain('REQUEST');
    expect(types('وعقد الوزيران لقاء في القاهرة.')).toEqual(['CONSULT']);
  });
  it('mediation and a penalty are no acts of their own (في إطار الوساطة الكويتية، عقوبة الإعدام)', () => {
    expect(types('وجاء ذلك في إطار الوساطة الكويتية بين البلدين.')).not.toContain('COOPERATE');
    expect(types('ويواجه المتهمون عقوبة الإعدام.')).not.toContain('SANCTION');
  });
});

describe('findTriggers: purposes and vendors (stop 23)', () => {
  const types = (text: string): string[] => findTriggers(buildDoc(text), findActors(text)).map((t) => t.eventType);
  it('بائع السمك is a fish vendor, not بايع; بايع المسلحون stays a pledge', () => {
    expect(types('واندلعت الاحتجاجات عقب وفاة بائع السمك.')).not.toContain('SUPPORT');
    expect(types('وبايع المسلحون زعيم التنظيم.')).toEqual(['SUPPORT']);
  });
  it('a march in support (تأييدا للمقترح، دعما للمجلس) is the protest, not a support of its own', () => {
    expect(types('وتظاهر المئات تأييدا للمقترح.')).toEqual(['PROTEST']);
    expect(types('وتظاهر الآلاف دعما للمجلس العسكري.')).toEqual(['PROTEST']);
  });
  it('a resignation or surrender called for with the article is no act (دعوه إلى الاستقالة)', () => {
    expect(types('ودعا المحتجون الوزير إلى الاستقالة.')).toEqual(['REQUEST']);
  });
});
