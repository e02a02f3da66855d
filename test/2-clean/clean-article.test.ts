import { describe, expect, it } from 'vitest';
import { cleanArticle, countWords } from '../../etl/2-clean/clean-article.js';

const PARA = 'قالت وزارة الخارجية في بيان اليوم إن المحادثات بين الجانبين ستستأنف الأسبوع المقبل في العاصمة بحضور الوسطاء الدوليين.';

describe('cleanArticle', () => {
  it('takes the headline, a parenthesized dateline with site and agency, and the body', () => {
    const raw = `عنوان الخبر هنا\n\n(موقع الأخبار / رويترز - 12 مارس 2021) ${PARA}\n\nفقرة ثانية.`;
    const c = cleanArticle(raw);
    expect(c.title).toBe('عنوان الخبر هنا');
    expect(c.datelineText).toBe('12 مارس 2021');
    expect(c.outlet).toBe('Reuters');
    expect(c.republishedBy).toBe('موقع الأخبار');
    expect(c.body).toBe(`${PARA}\n\nفقرة ثانية.`);
    expect(c.paragraphCount).toBe(2);
  });

  it('takes a date line of its own and drops a repeated headline and site furniture', () => {
    const raw = ['البث المباشر', '', 'عنوان', '', 'الخميس 1 أكتوبر 2020 - 10:05 بتوقيت القدس', 'عنوان', '', PARA, '', 'شاركوا هذا الخبر مع أصدقائكم', '', 'جميع الحقوق محفوظة'].join('\r\n');
    const c = cleanArticle(raw);
    expect(c.title).toBe('عنوان');
    expect(c.datelineText).toBe('الخميس 1 أكتوبر 2020 - 10:05 بتوقيت القدس');
    expect(c.body).toBe(PARA);
  });

  it('cuts the comment section and everything after it', () => {
    const raw = `عنوان\n\n${PARA}\n\nالتعليقات (2)\n\n    زائر\n    ·منذ 3 سنوات\n    تعليق طويل جدا من قارئ غاضب على ما جاء في الخبر أعلاه ولا علاقة له بالنص.\n1\n\nالأكثر قراءة`;
    const c = cleanArticle(raw);
    expect(c.body).toBe(PARA);
  });

  it('takes the outlet from a "City (Agency) -" dateline', () => {
    const c = cleanArticle(`عنوان\n\nالقاهرة (رويترز) - ${PARA}`);
    expect(c.outlet).toBe('Reuters');
    expect(c.body).toBe(PARA);
  });

  it('turns an HTML page into an article', () => {
    const html = `<!doctype html><html><head><title>موقع</title><script>var x=1;</script></head><body><nav>الرئيسية | أخبار</nav><h1>عنوان الصفحة</h1><p>${PARA}</p><p>فقرة &amp; أخرى.</p><footer>جميع الحقوق محفوظة</footer></body></html>`;
    const c = cleanArticle(html);
    expect(c.title).toBe('عنوان الصفحة');
    expect(c.body).toBe(`${PARA}\n\nفقرة & أخرى.`);
  });

  it('keeps the author text inside paragraphs unchanged (diacritics, tatweel, digits)', () => {
    const p = 'قـــال الرئيسُ في ٢٧ سبتمبر ٢٠٢٠ إن «الوضع» خطير جداً وإن الحكومة ستتخذ كل الإجراءات اللازمة لحماية المواطنين.';
    expect(cleanArticle(`عنوان\n\n${p}`).body).toBe(p);
  });

  it('counts words', () => {
    expect(countWords('قال الرئيس: "نعم" - 2020.')).toBe(4);
  });
});
