import { describe, expect, it } from 'vitest';
import { findActors } from '../../etl/5-actors/index.js';

/** [surface, actorId] pairs of a text. */
const found = (text: string): [string, string][] => findActors(text).map((m) => [m.surface, m.actorId]);

describe('findActors: spelling variants resolve to one actor', () => {
  const cases: [string, string][] = [
    ['أذربيجان', 'Q227'], ['اذربيجان', 'Q227'], ['آذربيجان', 'Q227'],
    ['أرمينيا', 'Q399'], ['ارمينيا', 'Q399'],
    ['ناغورني قره باغ', 'artsakh-authorities'], ['ناغورنو قره باغ', 'artsakh-authorities'], ['قرة باغ', 'artsakh-authorities'],
    ['كاراباخ', 'artsakh-authorities'], ['ناغورنو كاراباخ', 'artsakh-authorities'],
    ['إردوغان', 'Q39259'], ['أردوغان', 'Q39259'], ['رجب طيب إردوغان', 'Q39259'],
    ['علييف', 'ilham-aliyev'], ['إلهام علييف', 'ilham-aliyev'],
    ['بيسكوف', 'dmitry-peskov'], ['ديميتري بيسكوف', 'dmitry-peskov'], ['دميتري بيسكوف', 'dmitry-peskov'],
    ['تشاووش أوغلو', 'mevlut-cavusoglu'], ['جاويش أوغلو', 'mevlut-cavusoglu'],
    ['غوتيريش', 'Q311440'], ['الناتو', 'Q7184'], ['حلف شمال الأطلسي', 'Q7184'],
    ['الحوثيين', 'houthis'], ['أنصار الله', 'houthis'], ['داعش', 'isis'], ['قسد', 'sdf'],
    ['زيلينسكي', 'Q3881980'], ['الدعم السريع', 'rapid-support-forces'], ['حماس', 'hamas'],
  ];
  it.each(cases)('%s → %s', (text, id) => {
    expect(found(text)).toEqual([[text, id]]);
  });
});

describe('findActors: clitics attached to names', () => {
  it.each([
    ['وأذربيجان', 'أذربيجان', 'Q227'],
    ['بأرمينيا', 'أرمينيا', 'Q399'],
    ['لروسيا', 'روسيا', 'Q159'],
    ['فتركيا', 'تركيا', 'Q43'],
    ['كإيران', 'إيران', 'Q794'],
    ['والكرملين', 'الكرملين', 'kremlin'],
    ['للكرملين', 'للكرملين', 'kremlin'],
    ['الأذربيجان', 'الأذربيجان', 'Q227'],
    ['لـ"سبوتنيك"', 'سبوتنيك', 'sputnik'],
  ])('%s', (text, surface, id) => {
    expect(found(text)).toEqual([[surface, id]]);
  });

  it('keeps offsets in the original text (harakat, tatweel, Arabic-Indic digits)', () => {
    const text = 'قالَ الرئيسُ بوتيـن ٢٠٢٠';
    const [m] = findActors(text);
    expect(text.slice(m.start, m.end)).toBe('بوتيـن');
    expect(m.actorId).toBe('Q7747');
  });

  it('does not take a clitic reading of an unrelated word', () => {
    expect(found('وقال إن البيان صدر اليوم')).toEqual([]);
  });
});

describe('findActors: institutions and state adjectives', () => {
  it.each([
    ['وزارة الدفاع الأذربيجانية', 'ministry-of-defence-azerbaijan'],
    ['وزارة الدفاع في أذربيجان', 'ministry-of-defence-azerbaijan'],
    ['الدفاع الأذربيجانية', 'ministry-of-defence-azerbaijan'],
    ['بوزارة الدفاع الأذربيجانية', 'ministry-of-defence-azerbaijan'],
    ['وزارة الدفاع الأرمنية', 'ministry-of-defence-armenia'],
    ['وزارة الدفاع الأرمينية', 'ministry-of-defence-armenia'],
    ['وزارة الخارجية الروسية', 'ministry-of-foreign-affairs-russia'],
    ['الخارجية التركية', 'ministry-of-foreign-affairs-turkey'],
    ['الحكومة الأرمينية', 'government-armenia'],
    ['مجلس الوزراء الأرميني', 'government-armenia'],
    ['الرئاسة الروسية', 'presidency-russia'],
    ['القوات الأرمينية', 'armed-forces-armenia'],
    ['قوات أرمينية', 'armed-forces-armenia'],
    ['الجيش السوري', 'armed-forces-syria'],
    ['وزارة الدفاع في قره باغ', 'ministry-of-defence-artsakh'],
    ['مجلس الأمن الروسي', 'russian-security-council'],
    ['مجلس الأمن الدولي', 'Q37470'],
    ['الجانب الأذربيجاني', 'Q227'],
    ['السلطات الأرمنية', 'Q399'],
    ['الرئيس التركي', 'Q43'],
    ['الأتراك', 'Q43'],
    ['الأذربيجانيين', 'Q227'],
  ])('%s → %s', (text, id) => {
    expect(findActors(text).map((m) => m.actorId)).toEqual([id]);
  });

  it('reads a dual adjective after two heads', () => {
    expect(found('هيئة الأركان ووزارة الدفاع التركيتين')).toEqual([['وزارة الدفاع التركيتين', 'ministry-of-defence-turkey']]);
  });

  it('gives a conjoined adjective the same institution of the other state', () => {
    expect(found('بين القوات الأرمينية والأذربيجانية')).toEqual([
      ['القوات الأرمينية', 'armed-forces-armenia'],
      ['أذربيجانية', 'armed-forces-azerbaijan'],
    ]);
  });

  it('ignores an adjective with no institution head', () => {
    expect(found('قرى أذرية وهدنة برعاية روسية')).toEqual([]);
  });

  it('finds a title and the person named after it as two mentions', () => {
    expect(found('الرئيس الروسي، فلاديمير بوتين')).toEqual([['الرئيس الروسي', 'Q159'], ['فلاديمير بوتين', 'Q7747']]);
  });

  it('prefers the longest name', () => {
    expect(found('مجموعة مينسك التابعة لمنظمة الأمن والتعاون في أوروبا')).toEqual([
      ['مجموعة مينسك التابعة لمنظمة الأمن والتعاون في أوروبا', 'osce-minsk-group'],
    ]);
  });

  it('finds non-overlapping mentions in order in a longer text', () => {
    const ids = findActors('وبحث الرئيس بوتين اليوم مع رئيس الوزراء الأرمني نيكول باشينيان الوضع في قره باغ').map((m) => m.actorId);
    expect(ids).toEqual(['Q7747', 'Q399', 'Q7035479', 'artsakh-authorities']);
  });
});
