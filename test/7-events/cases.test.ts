import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

// Short invented sentences from several conflicts; each lists every event expected, in order.
// Fields: type, PLOVER mode, actor ids, modality, claimer, and any counts / country / date stated.
const cases: [string, Record<string, unknown>[]][] = [
  ["قصفت القوات الروسية مدينة خاركيف بالصواريخ.", [{"type":"ASSAULT","mode":"heavy-weapons","a1":"armed-forces-russia","a2":null,"modality":"asserted","claimedBy":null,"countryIso3":"UKR"}]],
  ["شنت طائرات إسرائيلية غارات جوية على قطاع غزة أسفرت عن مقتل 12 شخصا.", [{"type":"ASSAULT","mode":"aerial","a1":"air-force-israel","a2":null,"modality":"asserted","claimedBy":null,"killed":12,"countryIso3":"PSE"}]],
  ["استهدفت جماعة الحوثي بطائرة مسيرة منشأة في الرياض.", [{"type":"ASSAULT","mode":"drone","a1":"houthis","a2":null,"modality":"asserted","claimedBy":null,"countryIso3":"SAU"}]],
  ["اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الخرطوم.", [{"type":"ASSAULT","mode":null,"a1":"sudanese-armed-forces","a2":"rapid-support-forces","modality":"asserted","claimedBy":null,"countryIso3":"SDN"}]],
  ["أطلق الجيش الإسرائيلي النار على متظاهرين في جنين.", [{"type":"ASSAULT","mode":null,"a1":"israel-defense-forces","a2":null,"modality":"asserted","claimedBy":null,"countryIso3":"PSE"}]],
  ["أسقطت الدفاعات الجوية السورية صواريخ إسرائيلية.", [{"type":"ASSAULT","mode":"heavy-weapons","a1":"air-defence-syria","a2":null,"modality":"asserted","claimedBy":null}]],
  ["قتل 5 جنود وأصيب 12 آخرون في هجوم على حاجز في سيناء.", [{"type":"ASSAULT","mode":null,"a1":null,"a2":null,"modality":"asserted","claimedBy":null,"killed":5,"wounded":12,"countryIso3":"EGY"}]],
  ["أسفر القصف عن مقتل ثلاثة مدنيين وإصابة سبعة آخرين.", [{"type":"ASSAULT","mode":null,"a1":null,"a2":null,"modality":"asserted","claimedBy":null,"killed":3,"wounded":7}]],
  ["أدت المعارك إلى مقتل وجرح 2700 من عناصر القوات.", [{"type":"ASSAULT","mode":null,"a1":null,"a2":null,"modality":"asserted","claimedBy":null,"casualties":2700}]],
  ["قتل عشرات المدنيين في غارة على إدلب.", [{"type":"ASSAULT","mode":"aerial","a1":null,"a2":null,"modality":"asserted","claimedBy":null,"countryIso3":"SYR"}]],
  ["أعلنت أوكرانيا التعبئة العامة.", [{"type":"MOBILIZE","mode":null,"a1":"Q212","a2":null,"modality":"asserted","claimedBy":null}]],
  ["أعلنت روسيا تعبئة جزئية واستدعاء الاحتياط.", [{"type":"MOBILIZE","mode":null,"a1":"Q159","a2":null,"modality":"asserted","claimedBy":null}]],
  ["فرضت السلطات السودانية حظر التجول في الخرطوم.", [{"type":"COERCE","mode":"curfew","a1":"Q1049","a2":null,"modality":"asserted","claimedBy":null,"countryIso3":"SDN"}]],
  ["أعلنت الحكومة الأوكرانية الأحكام العرفية في البلاد.", [{"type":"COERCE","mode":"martial-law","a1":"government-ukraine","a2":null,"modality":"asserted","claimedBy":null}]],
  ["دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الطرفين إلى وقف إطلاق النار.", [{"type":"REQUEST","mode":null,"a1":"Q311440","a2":null,"modality":"asserted","claimedBy":null}]],
  ["طالبت جامعة الدول العربية بوقف العدوان على غزة.", [{"type":"REQUEST","mode":null,"a1":"Q7172","a2":null,"modality":"asserted","claimedBy":null}]],
  ["ناشدت اللجنة الدولية للصليب الأحمر الأطراف حماية المدنيين.", [{"type":"REQUEST","mode":null,"a1":"Q71068","a2":null,"modality":"asserted","claimedBy":null}]],
  ["بحث وزير الخارجية الأمريكي أنتوني بلينكن مع نظيره السعودي فيصل بن فرحان الوضع في السودان.", [{"type":"CONSULT","mode":null,"a1":"antony-blinken","a2":"faisal-bin-farhan","modality":"asserted","claimedBy":null}]],
  ["أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس الأوكراني فولوديمير زيلينسكي.", [{"type":"CONSULT","mode":null,"a1":"Q3052772","a2":"Q3881980","modality":"asserted","claimedBy":null}]],
  ["التقى الرئيس المصري عبد الفتاح السيسي رئيس الوزراء القطري.", [{"type":"CONSULT","mode":null,"a1":"abdel-fattah-el-sisi","a2":"Q846","modality":"asserted","claimedBy":null}]],
  ["توصلت إسرائيل وحماس إلى هدنة إنسانية بوساطة قطرية.", [{"type":"AGREE","mode":null,"a1":"Q801","a2":"hamas","modality":"asserted","claimedBy":null}]],
  ["وقعت الحكومة اليمنية وجماعة الحوثي اتفاقا جديدا.", [{"type":"AGREE","mode":null,"a1":"government-yemen","a2":"houthis","modality":"asserted","claimedBy":null}]],
  ["اتهمت روسيا أوكرانيا بقصف محطة زابوريجيا.", [{"type":"ACCUSE","mode":null,"a1":"Q159","a2":"Q212","modality":"asserted","claimedBy":null},{"type":"ASSAULT","mode":null,"a1":"Q212","a2":null,"modality":"claimed","claimedBy":"Q159","countryIso3":"UKR"}]],
  ["حمّلت الخارجية السورية إسرائيل المسؤولية عن التصعيد.", [{"type":"ACCUSE","mode":null,"a1":"ministry-of-foreign-affairs-syria","a2":"Q801","modality":"asserted","claimedBy":null}]],
  ["رفضت حركة حماس المقترح الإسرائيلي.", [{"type":"REJECT","mode":null,"a1":"hamas","a2":null,"modality":"asserted","claimedBy":null}]],
  ["نفت وزارة الدفاع الروسية استهداف المدنيين في ماريوبول.", [{"type":"REJECT","mode":null,"a1":"ministry-of-defence-russia","a2":null,"modality":"asserted","claimedBy":null},{"type":"ASSAULT","mode":null,"a1":null,"a2":null,"modality":"denied","claimedBy":null,"countryIso3":"UKR"}]],
  ["أعلنت تركيا دعمها لأذربيجان.", [{"type":"SUPPORT","mode":null,"a1":"Q43","a2":"Q227","modality":"asserted","claimedBy":null}]],
  ["تقف إيران إلى جانب سوريا.", [{"type":"SUPPORT","mode":null,"a1":"Q794","a2":"Q858","modality":"asserted","claimedBy":null}]],
  ["عرضت قطر الوساطة بين الطرفين.", [{"type":"COOPERATE","mode":null,"a1":"Q846","a2":null,"modality":"asserted","claimedBy":null}]],
  ["أرسلت تركيا مساعدات إنسانية إلى سوريا.", [{"type":"AID","mode":null,"a1":"Q43","a2":"Q858","modality":"asserted","claimedBy":null}]],
  ["هدد الحوثيون باستهداف السفن في البحر الأحمر.", [{"type":"THREATEN","mode":null,"a1":"houthis","a2":null,"modality":"asserted","claimedBy":null}]],
  ["حذرت الولايات المتحدة إيران من عواقب التصعيد.", [{"type":"THREATEN","mode":null,"a1":"Q30","a2":"Q794","modality":"asserted","claimedBy":null}]],
  ["فرض الاتحاد الأوروبي عقوبات على روسيا.", [{"type":"SANCTION","mode":null,"a1":"Q458","a2":"Q159","modality":"asserted","claimedBy":null}]],
  ["قطعت الجزائر العلاقات الدبلوماسية مع المغرب.", [{"type":"SANCTION","mode":null,"a1":"Q262","a2":"Q1028","modality":"asserted","claimedBy":null}]],
  ["تظاهر آلاف الفلسطينيين في رام الله.", [{"type":"PROTEST","mode":null,"a1":"Q219060","a2":null,"modality":"asserted","claimedBy":null,"countryIso3":"PSE"}]],
  ["انسحبت القوات الروسية من خيرسون.", [{"type":"RETREAT","mode":null,"a1":"armed-forces-russia","a2":null,"modality":"asserted","claimedBy":null,"countryIso3":"UKR"}]],
  ["أفرجت حماس عن أسرى إسرائيليين.", [{"type":"RETREAT","mode":"release","a1":"hamas","a2":null,"modality":"asserted","claimedBy":null}]],
  ["ستواصل روسيا العملية العسكرية في أوكرانيا.", [{"type":"ASSAULT","mode":null,"a1":"Q159","a2":null,"modality":"future","claimedBy":null,"countryIso3":"UKR"}]],
  ["إذا هاجمت إسرائيل لبنان فإن حزب الله سيرد.", [{"type":"ASSAULT","mode":null,"a1":"Q801","a2":"Q822","modality":"hypothetical","claimedBy":null}]],
  ["قالت وزارة الصحة في غزة إن الغارات الإسرائيلية أسفرت عن مقتل 30 شخصا.", [{"type":"ASSAULT","mode":"aerial","a1":null,"a2":null,"modality":"claimed","claimedBy":"gaza-ministry-of-health","killed":30,"countryIso3":"PSE"}]],
  ["ذكرت وكالة سانا أن الطيران الإسرائيلي قصف مواقع قرب دمشق.", [{"type":"ASSAULT","mode":null,"a1":"air-force-israel","a2":null,"modality":"claimed","claimedBy":"sana","countryIso3":"SYR"}]],
  ["قتل 4 أشخاص في قصف على دونيتسك وفقا لوكالة تاس.", [{"type":"ASSAULT","mode":null,"a1":null,"a2":null,"modality":"claimed","claimedBy":"Q223799","killed":4,"countryIso3":"UKR"}]],
  ["لم تعلن أرمينيا التعبئة.", []],
  ["لا تزال المنطقة تشهد قصفا بالمدفعية.", [{"type":"ASSAULT","mode":"heavy-weapons","a1":null,"a2":null,"modality":"asserted","claimedBy":null}]],
  ["تدور الآن معارك عنيفة في باخموت.", [{"type":"ASSAULT","mode":null,"a1":null,"a2":null,"modality":"asserted","claimedBy":null,"countryIso3":"UKR","eventDate":"2023-10-10"}]],
  ["قصفت القوات الأرمينية مدينة غنجة أمس.", [{"type":"ASSAULT","mode":null,"a1":"armed-forces-armenia","a2":null,"modality":"asserted","claimedBy":null,"countryIso3":"AZE"}]],
  ["اتهمت أرمينيا أذربيجان بشن هجوم على ستيباناكيرت.", [{"type":"ACCUSE","mode":null,"a1":"Q399","a2":"Q227","modality":"asserted","claimedBy":null},{"type":"ASSAULT","mode":null,"a1":"Q227","a2":null,"modality":"claimed","claimedBy":"Q399","countryIso3":"AZE"}]],
  ["وصلت مقاتلات وصواريخ جديدة إلى القاعدة قبل أيام من الاشتباكات على الحدود.", [{"type":"ASSAULT","mode":null,"a1":null,"a2":null,"modality":"asserted","claimedBy":null}]],
  ["قال المتحدث إن إسرائيل تسعى إلى تبرير هجماتها أمام الرأي العام.", []],
  ["وأسفرت هجماتها على مدينة الحديدة عن مقتل 7 مدنيين.", [{"type":"ASSAULT","mode":null,"a1":null,"a2":null,"modality":"asserted","claimedBy":null,"killed":7,"countryIso3":"YEM"}]],
  ["رفضت دمشق اقتراحا يقضي بنشر قوات دولية في الجنوب.", [{"type":"REJECT","mode":null,"a1":"Q858","a2":null,"modality":"asserted","claimedBy":null},{"type":"AID","mode":null,"a1":null,"a2":null,"modality":"hypothetical","claimedBy":null}]],
  ["انفجرت سيارة مفخخة قرب سوق شعبي في بغداد.", [{"type":"ASSAULT","mode":null,"a1":null,"a2":null,"modality":"asserted","claimedBy":null,"countryIso3":"IRQ"}]],
  ["ألقت الشرطة التونسية القبض على خمسة مشتبه بهم.", [{"type":"COERCE","mode":null,"a1":"police-tunisia","a2":null,"modality":"asserted","claimedBy":null}]],
  ["داهمت قوات الأمن منزل الناشط في القاهرة.", [{"type":"COERCE","mode":null,"a1":null,"a2":null,"modality":"asserted","claimedBy":null,"countryIso3":"EGY"}]],
  ["وافقت حماس على المقترح المصري.", [{"type":"AGREE","mode":null,"a1":"hamas","a2":null,"modality":"asserted","claimedBy":null}]],
  ["استخدمت روسيا حق النقض ضد مشروع القرار.", [{"type":"REJECT","mode":null,"a1":"Q159","a2":null,"modality":"asserted","claimedBy":null}]],
  ["زودت الولايات المتحدة أوكرانيا بصواريخ جديدة.", [{"type":"AID","mode":null,"a1":"Q30","a2":"Q212","modality":"asserted","claimedBy":null}]],
  ["أخلت القوات الحكومية مواقعها في ريف حماة.", [{"type":"RETREAT","mode":null,"a1":null,"a2":null,"modality":"asserted","claimedBy":null,"countryIso3":"SYR"}]],
  ["رفع الجيش حالة التأهب القصوى على الحدود.", [{"type":"MOBILIZE","mode":null,"a1":null,"a2":null,"modality":"asserted","claimedBy":null}]],
  ["سجل اللاعب ضربة جزاء في الدقيقة الأخيرة.", []],
  ["وصل الوفد فجر اليوم إلى الدوحة.", []],
  ["أطلقت السلطات الإيرانية سراح صحفي فرنسي.", [{"type":"RETREAT","mode":"release","a1":"Q794","a2":null,"modality":"asserted","claimedBy":null}]],
  ["قررت الحكومة رفع حظر التجول في العاصمة.", [{"type":"RETREAT","mode":"ease","a1":null,"a2":null,"modality":"asserted","claimedBy":null}]],
  ["اعترفت إسبانيا بدولة فلسطين.", [{"type":"SUPPORT","mode":null,"a1":"Q29","a2":null,"modality":"asserted","claimedBy":null}]],
  ["فتحت النيابة العامة تحقيقا في الحادث.", [{"type":"ACCUSE","mode":"investigate","a1":null,"a2":null,"modality":"asserted","claimedBy":null}]],
  ["اعترف المتهم بارتكاب الجريمة.", []],
  ["تظاهر المئات أمام مقر الولاية للمطالبة بتوفير فرص العمل.", [{"type":"PROTEST","mode":null,"a1":null,"a2":null,"modality":"asserted","claimedBy":null},{"type":"REQUEST","mode":null,"a1":null,"a2":null,"modality":"asserted","claimedBy":null}]],
  ["تدخلت الشرطة لتفريق المحتجين في وسط المدينة.", [{"type":"COERCE","mode":null,"a1":null,"a2":null,"modality":"asserted","claimedBy":null}]],
  ["أكدت طهران أنها تحتفظ بحق الرد على الهجوم.", [{"type":"THREATEN","mode":null,"a1":"Q794","a2":null,"modality":"asserted","claimedBy":null}]],
  ["أشاد الرئيس الأمريكي بالجهود المصرية.", [{"type":"SUPPORT","mode":null,"a1":"Q30","a2":null,"modality":"asserted","claimedBy":null}]],
  ["ضرب زلزال بقوة 6 درجات جنوب تركيا.", []],
  ["أقال الرئيس التونسي رئيس الحكومة هشام المشيشي.", [{"type":"COERCE","mode":null,"a1":"Q948","a2":null,"modality":"asserted","claimedBy":null}]],
  ["أرسلت الجزائر فرق إنقاذ إلى المغرب.", [{"type":"AID","mode":null,"a1":"Q262","a2":"Q1028","modality":"asserted","claimedBy":null}]],
  ["نحرص على حماية المدنيين في العزلة الصحية.", []],
];

describe('extractEvents: one sentence at a time', () => {
  it.each(cases)('%s', (text, expected) => {
    const got = run(text).map((e) => {
      const b = brief(e);
      for (const k of ['killed', 'wounded', 'casualties', 'countryIso3', 'eventDate'] as const) if (e[k] !== null) b[k] = e[k];
      return b;
    });
    expect(got).toEqual(expected);
  });
});
