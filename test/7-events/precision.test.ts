import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

// Rules that keep background, names and restatements out of the events table (issue 5).
// Every sentence is invented, from conflicts other than the seeds'.
const types = (text: string): string[] => run(text).map((e) => e.eventType);

describe('extractEvents: no event from names, topics and goals', () => {
  it('does not read an office name as an act (لجنة المفاوضات)', () => {
    expect(types('قال رئيس لجنة المفاوضات في الحكومة اليمنية إن الوفد وصل إلى مسقط.')).toEqual([]);
  });

  it('does not read the topic of a question as an act (سؤال حول إمكانية الوساطة)', () => {
    expect(types('وردا على سؤال حول إمكانية الوساطة التركية بين روسيا وأوكرانيا، قال المتحدث إن الوقت غير مناسب.')).toEqual([]);
  });

  it('reads talks named as the goal of a call as part of the call (العودة إلى المفاوضات)', () => {
    expect(types('دعا الرئيس الفرنسي إيمانويل ماكرون روسيا وأوكرانيا إلى وقف إطلاق النار والعودة إلى المفاوضات.')).toEqual(['REQUEST']);
  });

  it('does not read a purpose as an act (لدعم الجيش السوري), and keeps an intention future (تستعد لإرسال)', () => {
    const out = run('أعلنت روسيا أنها تستعد لإرسال قوات لدعم الجيش السوري.');
    expect(out.map((e) => [e.eventType, e.modality])).toEqual([['AID', 'future']]);
  });

  it('does not read a condition on any deployment as a deployment (أي نشر لقوات … يتطلب موافقة)', () => {
    expect(types('وقال المسؤول السوداني إن أي نشر لقوات أجنبية في دارفور يتطلب موافقة الحكومة.')).toEqual([]);
  });

  it('does not report fighting said to stop (المعارك تتوقف)', () => {
    const out = run('وقال المسؤول الأوكراني إنه إذا انسحبت القوات الروسية من أراضينا فإن المعارك تتوقف.');
    expect(out.map((e) => [e.eventType, e.modality])).toEqual([['RETREAT', 'hypothetical']]);
  });

  it('does not read publishing (نشرت وسائل إعلام) as a deployment; an alleged event is claimed', () => {
    const out = run('ونشرت وسائل إعلام مزاعم عن إرسال إيران أسلحة إلى الحوثيين.');
    expect(out.map(brief)).toEqual([{ type: 'AID', mode: null, a1: 'Q794', a2: 'houthis', modality: 'claimed', claimedBy: null }]);
  });
});

describe('extractEvents: participants', () => {
  it('takes the addressees of a joint call, not a co-signer (دعا X وY … Z وW إلى)', () => {
    const [e, ...rest] = run('دعا الرئيسان الفرنسي إيمانويل ماكرون والتركي رجب طيب إردوغان، في بيان مشترك حول الحرب، روسيا وأوكرانيا إلى وقف الأعمال القتالية.');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ eventType: 'REQUEST', actor1Id: 'Q3052772', actor2Id: 'Q159' });
  });

  it('gives a call addressed to no one named no actor2 (دعا رئيسا فرنسا وتركيا … إلى)', () => {
    const [e] = run('دعا رئيسا فرنسا وتركيا، إيمانويل ماكرون ورجب طيب إردوغان، إلى وقف القتال في غزة.');
    expect(e).toMatchObject({ eventType: 'REQUEST', actor1Id: 'Q142', actor2Id: null });
  });

  it('takes the one warned, not the topic of the warning (حذر X من …)', () => {
    const [e] = run('حذر الرئيس التركي رجب طيب إردوغان إسرائيل من توسيع الحرب إلى لبنان.');
    expect(e).toMatchObject({ eventType: 'THREATEN', actor1Id: 'Q39259', actor2Id: 'Q801' });
  });

  it('reads "the two countries" as the pair named before (البلدان يتبادلان الاتهامات)', () => {
    const out = run('اندلعت اشتباكات بين الهند وباكستان على خط المراقبة. ويتبادل البلدان الاتهامات حول خرق الهدنة التي توصلا إليها الشهر الماضي.');
    const accuse = out.find((e) => e.eventType === 'ACCUSE');
    const agree = out.find((e) => e.eventType === 'AGREE');
    expect(accuse).toMatchObject({ actor1Id: 'Q668', actor2Id: 'Q843' });
    expect(agree).toMatchObject({ actor1Id: 'Q668', actor2Id: 'Q843', modality: 'asserted' });
  });

  it('does not take a name inside a relative clause as the subject (الوزراء الذين يمثلون … يدينون)', () => {
    const [e] = run('وقال البيان إن الوزراء الذين يمثلون الدول الأعضاء في جامعة الدول العربية يدينون القصف على غزة.');
    expect(e).toMatchObject({ eventType: 'ACCUSE', actor1Id: null });
  });

  it('reads a leader stating his state\'s call as asserted (بوتين: موسكو تدعو)', () => {
    const [e] = run('وأكد الرئيس الروسي فلاديمير بوتين أن موسكو تدعو إلى وقف إطلاق النار في غزة.');
    expect(e).toMatchObject({ eventType: 'REQUEST', modality: 'asserted', claimedByActorId: null });
  });
});

describe('extractEvents: modality of accused events', () => {
  it('keeps the accused strike as a claim of the accuser, beside the accusation', () => {
    expect(run('اتهمت أوكرانيا روسيا بشن ضربات جوية على خاركيف.').map(brief)).toEqual([
      { type: 'ACCUSE', mode: null, a1: 'Q212', a2: 'Q159', modality: 'asserted', claimedBy: null },
      { type: 'ASSAULT', mode: 'aerial', a1: 'Q159', a2: null, modality: 'claimed', claimedBy: 'Q212' },
    ]);
  });
});

describe('extractEvents: restatements are one row', () => {
  it('merges the same clash told from the other side, and a bare mention of it', () => {
    const out = run('تجددت الاشتباكات بين روسيا وأوكرانيا أمس. وأعرب الأمين العام للأمم المتحدة عن قلقه من استمرار الاشتباكات بين أوكرانيا وروسيا، ومن تجدد القتال.');
    expect(out.map((e) => e.eventType)).toEqual(['ASSAULT']);
  });

  it('merges a proposal renewed on another day (نشر قوات)', () => {
    const out = run('اقترحت روسيا نشر قوات روسية في سوريا. وجددت موسكو اليوم اقتراح نشر قوات روسية في سوريا.');
    expect(out.map((e) => e.eventType)).toEqual(['MOBILIZE']);
  });

  it('merges a headline call into the call it announces', () => {
    const out = run('دعوات لوقف القتال في السودان\nدعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف القتال في السودان.');
    expect(out.map((e) => [e.eventType, e.actor1Id])).toEqual([['REQUEST', 'Q311440']]);
  });

  it('keeps one side\'s attack and a strike on that side apart', () => {
    const out = run('قصفت قوات الدعم السريع أحياء سكنية في الفاشر. وشن الطيران الحربي غارات على مواقع الدعم السريع.');
    expect(out.map((e) => [e.eventType, e.actor1Id, e.actor2Id])).toEqual([
      ['ASSAULT', 'rapid-support-forces', null],
      ['ASSAULT', null, 'rapid-support-forces'],
    ]);
  });

  it('keeps two coercive acts named with different words in one sentence', () => {
    const out = run('أعلن قائد الجيش عبد الفتاح البرهان حالة الطوارئ في البلاد وحل مجلسي السيادة والوزراء.');
    expect(out.map((e) => [e.eventType, e.trigger])).toEqual([['COERCE', 'حالة الطوارئ'], ['COERCE', 'حل مجلسي']]);
  });

  it('keeps two clashes between different sides', () => {
    const out = run('قصفت القوات الروسية خاركيف. وهاجمت إسرائيل مواقع في لبنان.');
    expect(out.map((e) => e.eventType)).toEqual(['ASSAULT', 'ASSAULT']);
  });
});

describe('extractEvents: who worries did not act', () => {
  it('does not make the worried side the attacker (أعرب عن قلقه إزاء تجدد القتال)', () => {
    const [e] = run('وأعربت تركيا عن قلقها البالغ إزاء تجدد القتال في إدلب.');
    expect(e).toMatchObject({ eventType: 'ASSAULT', actor1Id: null });
  });
});

describe('extractEvents: a past halt reports the event', () => {
  it('keeps shelling that stopped (القصف توقف بعد ساعتين)', () => {
    expect(types('وقال سكان في غزة إن القصف الإسرائيلي توقف بعد ساعتين.')).toEqual(['ASSAULT']);
  });
});
