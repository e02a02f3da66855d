/**
 * Table-driven acceptance cases for the date engine (GitHub issue 3): generated from the
 * lexicons × the written forms, plus handwritten sentences in the style of many outlets and years.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon, variants } from '../../etl/lexicon/load.js';
import { findDates, hijriToGregorian, solarHijriToGregorian } from '../../etl/4-dates/index.js';
import { check, day, isoPlus, isoWeekday, type Case } from './helpers.js';

const pad = (n: number) => String(n).padStart(2, '0');
const cases: [string, Case][] = [];
const add = (group: string, text: string, anchor: string | null, ...want: Case['want']) => cases.push([group, { text, anchor, want }]);

// ---- Gregorian month names of every family: day month year, month year, year-less with الماضي
let k = 0;
for (const row of loadLexicon('gregorian-months')) {
  if (row.needs === 'year') continue;
  const m = Number(row.month);
  for (const v of variants(row.variants)) {
    k++;
    const d = (k % 28) + 1;
    const y = 1990 + (k % 35);
    add('gregorian d m y', `وقع ذلك في ${d} ${v} ${y} بحسب المصادر.`, null, day(`${d} ${v} ${y}`, `${y}-${pad(m)}-${pad(d)}`));
    add('gregorian m y', `خلال ${v} ${y} ارتفعت الأسعار`, null, { surface: `${v} ${y}`, value: `${y}-${pad(m)}`, date: null, precision: 'month' });
    const anchor = '2021-06-15';
    const yy = `2021-${pad(m)}-${pad(d)}` < anchor ? 2021 : 2020;
    add('gregorian yearless past', `منذ ${d} ${v} الماضي`, anchor, day(`${d} ${v} الماضي`, `${yy}-${pad(m)}-${pad(d)}`, { relative: true, anchorDate: anchor }));
  }
}

// ---- Hijri month names: day month year هـ → Umm al-Qura day
k = 0;
for (const row of loadLexicon('hijri-months')) {
  const m = Number(row.month);
  for (const v of variants(row.variants)) {
    k++;
    const d = (k % 29) + 1;
    const y = 1420 + (k % 30);
    const iso = hijriToGregorian(y, m, d);
    add('hijri d m y', `صدر الأمر الملكي في ${d} ${v} ${y} هـ`, null,
      { surface: `${d} ${v} ${y} هـ`, calendar: 'hijri', originalValue: `${y}-${pad(m)}-${pad(d)}`, value: iso, date: iso, precision: 'day' });
  }
}

// ---- Solar Hijri month names with a Solar Hijri year
k = 0;
for (const row of loadLexicon('solar-hijri-months')) {
  const m = Number(row.month);
  for (const v of variants(row.variants)) {
    k++;
    const d = (k % 29) + 1;
    const y = 1390 + (k % 14);
    const iso = solarHijriToGregorian(y, m, d);
    add('solar d m y', `بتاريخ ${d} ${v} ${y} أعلنت الحكومة`, null,
      { surface: `${d} ${v} ${y}`, calendar: 'solar_hijri', originalValue: `${y}-${pad(m)}-${pad(d)}`, value: iso, date: iso, precision: 'day' });
  }
}

// ---- Weekdays against an anchor (2020-10-08 is a Thursday)
const A = '2020-10-08';
for (const row of loadLexicon('weekdays')) {
  const wd = Number(row.iso);
  const back = (isoWeekday(A) - wd + 7) % 7;
  const ahead = (wd - isoWeekday(A) + 7) % 7;
  for (const v of variants(row.variants)) {
    add('weekday past', `وقعت الحادثة ${v} الماضي`, A, day(`${v} الماضي`, isoPlus(A, -(back || 7)), { relative: true }));
    add('weekday next', `ستعقد الجلسة ${v} المقبل`, A, day(`${v} المقبل`, isoPlus(A, ahead || 7), { relative: true }));
    add('weekday bare', `وقال الوزير يوم ${v} إن المحادثات مستمرة`, A, day(`يوم ${v}`, isoPlus(A, -back), { relative: true }));
    add('today weekday', `أعلن اليوم ${v} عن خطة جديدة`, A, day(`اليوم ${v}`, isoPlus(A, -back), { relative: true }));
    add('weekday no anchor', `وصل الوفد ${v} الماضي`, null, { surface: `${v} الماضي`, value: null, date: null, precision: 'unknown', relative: true, anchorDate: null });
  }
}

// ---- Era marks and marked years
for (const [text, surface, value, calendar] of [
  ['تأسست عام 1992 للوساطة', 'عام 1992', '1992', 'gregorian'],
  ['في سنة 2020 تغير كل شيء', 'سنة 2020', '2020', 'gregorian'],
  ['وفي العام 2011 اندلعت الاحتجاجات', 'العام 2011', '2011', 'gregorian'],
  ['حدث ذلك 2020م في المدينة', '2020م', '2020', 'gregorian'],
  ['حدث ذلك 2019 م في المدينة', '2019 م', '2019', 'gregorian'],
  ['(سبوتنيك - 2020ء)', '2020ء', '2020', 'gregorian'],
  ['بنيت عام 1890 ميلادية', 'عام 1890 ميلادية', '1890', 'gregorian'],
  ['ولد عام 1365 هـ في الرياض', 'عام 1365 هـ', null, 'hijri'],
  ['في 1442هـ صدر القرار', '1442هـ', null, 'hijri'],
  ['في 1443 ه صدر القرار', '1443 ه', null, 'hijri'],
  ['منذ 1440 ھ تغير الوضع', '1440 ھ', null, 'hijri'],
  ['ميزانية عام 1444 هجري', 'عام 1444 هجري', null, 'hijri'],
  ['تأسس سنة 1357 هجرية', 'سنة 1357 هجرية', null, 'hijri'],
  ['في عامي 2019 و2020 تراجع النمو', 'عامي 2019', '2019', 'gregorian'],
] as const) {
  const want: Case['want'] = [{ surface, value, calendar, precision: 'year', date: null }];
  if (text.includes('و2020')) want.push({ surface: '2020', value: '2020', calendar: 'gregorian', precision: 'year', date: null });
  add('era and year', text, null, ...want);
}

// ---- Digits: ASCII, Arabic-Indic, Persian, mixed
add('digits', 'الثلاثاء ٦ أكتوبر ٢٠٢٠', null, day('الثلاثاء ٦ أكتوبر ٢٠٢٠', '2020-10-06'));
add('digits', 'في ۱۵ آب ۲۰۱۹', null, day('۱۵ آب ۲۰۱۹', '2019-08-15'));
add('digits', 'في 1٥ آذار ٢019', null, day('1٥ آذار ٢019', '2019-03-15'));
add('digits', '۱۰ مهر ۱۳۹۹', null, { surface: '۱۰ مهر ۱۳۹۹', calendar: 'solar_hijri', originalValue: '1399-07-10', date: '2020-10-01' });
add('digits', 'عام ١٩٩٢', null, { surface: 'عام ١٩٩٢', value: '1992', precision: 'year' });
add('digits', 'في ٢٠٢٠/١٠/٠٧', null, day('٢٠٢٠/١٠/٠٧', '2020-10-07'));

// ---- Seed forms (issue 3's named expressions)
add('seed', '(پاکستان پوائنٹ نیوز / سبوتنيك - 07 اكتوبر 2020ء) صرح', null, day('07 اكتوبر 2020ء', '2020-10-07'));
add('seed', 'الأحد 27 سبتمبر 2020 - 20:36 بتوقيت طهران', null,
  { surface: 'الأحد 27 سبتمبر 2020 - 20:36 بتوقيت طهران', kind: 'datetime', value: '2020-09-27T20:36+03:30', date: '2020-09-27', precision: 'minute', zone: 'Asia/Tehran', relative: false });
add('seed', 'تجددت الاشتباكات في 27 أيلول/سبتمبر الماضي', '2020-10-07', day('27 أيلول/سبتمبر الماضي', '2020-09-27', { relative: true, anchorDate: '2020-10-07' }));
add('seed', 'تجددت الاشتباكات في 27 أيلول/سبتمبر الجاري', '2020-10-01', day('27 أيلول/سبتمبر الجاري', '2020-09-27', { relative: true }));
add('seed', 'البيان الصادر في 1 تشرين الأول/أكتوبر 2020 ".', '2020-10-01', day('1 تشرين الأول/أكتوبر 2020', '2020-10-01', { relative: false, anchorDate: null }));
add('seed', 'الرئيس الروسي اكد اليوم الأربعاء، أن موسكو', '2020-10-07', day('اليوم الأربعاء', '2020-10-07', { relative: true }));
add('seed', 'غوتيريش، دعا أمس اللاعبين', '2020-10-07', day('أمس', '2020-10-06', { relative: true }));
add('seed', 'برعاية روسية السبت الماضي.', '2020-10-08', day('السبت الماضي', '2020-10-03', { relative: true }));
add('seed', '·منذ 3 سنوات 6 أشهر', '2020-10-08', { surface: 'منذ 3 سنوات 6 أشهر', kind: 'duration', value: 'P3Y6M', date: null, relative: false });
add('seed', 'وتدور حرب بشأنه منذ أكثر من أسبوعين.', '2020-10-08', { surface: 'منذ أكثر من أسبوعين', kind: 'duration', value: 'P2W', date: null });
add('seed', 'الصراع المستمر منذ 30 عاما.أذربيجان', '2020-10-07', { surface: 'منذ 30 عاما', kind: 'duration', value: 'P30Y' });
add('seed', 'وفي وقت سابق اليوم غرد علييف', '2020-10-08', day('في وقت سابق اليوم', '2020-10-08', { relative: true }));
add('seed', 'مجموعة مينسك (تأسست عام 1992، للوساطة', '2020-10-01', { surface: 'عام 1992', kind: 'date', value: '1992', date: null, precision: 'year' });

// ---- Relative days and periods
const R = '2020-10-07'; // a Wednesday
for (const [text, surface, value, precision, date] of [
  ['قال اليوم إن', 'اليوم', R, 'day', R],
  ['أعلن أمس أن', 'أمس', '2020-10-06', 'day', '2020-10-06'],
  ['بالأمس أعلن', 'الأمس', '2020-10-06', 'day', '2020-10-06'],
  ['وصل أول أمس إلى', 'أول أمس', '2020-10-05', 'day', '2020-10-05'],
  ['وصل أول من أمس إلى', 'أول من أمس', '2020-10-05', 'day', '2020-10-05'],
  ['يصل غدا إلى', 'غدا', '2020-10-08', 'day', '2020-10-08'],
  ['يصل غداً إلى', 'غداً', '2020-10-08', 'day', '2020-10-08'],
  ['إضراب ابتداء من غد الخميس', 'غد الخميس', '2020-10-08', 'day', '2020-10-08'],
  ['يصل صباح الغد', 'صباح الغد', '2020-10-08', 'day', '2020-10-08'],
  ['يصل بعد غد إلى', 'بعد غد', '2020-10-09', 'day', '2020-10-09'],
  ['وقع قبل يومين', 'قبل يومين', '2020-10-05', 'day', '2020-10-05'],
  ['وقع قبل ثلاثة أيام', 'قبل ثلاثة أيام', '2020-10-04', 'day', '2020-10-04'],
  ['وقع قبل 5 أيام', 'قبل 5 أيام', '2020-10-02', 'day', '2020-10-02'],
  ['وقع قبل أسبوع', 'قبل أسبوع', '2020-09-30', 'day', '2020-09-30'],
  ['وقع قبل أسبوعين', 'قبل أسبوعين', '2020-09-23', 'day', '2020-09-23'],
  // (من opening what the verb governs, حذر من أن, is no event counted from: two days before publication)
  ['حذرت قبل يومين من أنها ستمنع التجمع', 'قبل يومين', '2020-10-05', 'day', '2020-10-05'],
  ['انتهى قبل شهرين', 'قبل شهرين', '2020-08', 'month', null],
  ['تأسست قبل 30 عاما', 'قبل 30 عاما', '1990', 'year', null],
  ['اندلعت صباح الأحد', 'صباح الأحد', '2020-10-04', 'day', '2020-10-04'],
  ['وقع الانفجار مساء أمس', 'مساء أمس', '2020-10-06', 'day', '2020-10-06'],
  ['وقع الانفجار فجر اليوم', 'فجر اليوم', R, 'day', R],
  ['ذكرت في وقت سابق من اليوم أن', 'في وقت سابق من اليوم', R, 'day', R],
  ['ارتفعت الأسعار مطلع الشهر الجاري', 'مطلع الشهر الجاري', '2020-10', 'month', null],
  ['في الشهر الماضي', 'الشهر الماضي', '2020-09', 'month', null],
  ['الشهر المقبل', 'الشهر المقبل', '2020-11', 'month', null],
  ['العام الماضي', 'العام الماضي', '2019', 'year', null],
  ['السنة الماضية', 'السنة الماضية', '2019', 'year', null],
  ['العام المقبل', 'العام المقبل', '2021', 'year', null],
  ['هذا العام', 'هذا العام', '2020', 'year', null],
  ['الأسبوع الماضي', 'الأسبوع الماضي', '2020-W40', 'unknown', null],
  ['الأسبوع المقبل', 'الأسبوع المقبل', '2020-W42', 'unknown', null],
  ['أواخر العام الجاري', 'أواخر العام الجاري', '2020', 'year', null],
  ['في أكتوبر الماضي', 'أكتوبر الماضي', '2019-10', 'month', null],
  ['في مارس المقبل', 'مارس المقبل', '2021-03', 'month', null],
  ['في سبتمبر', 'سبتمبر', '2020-09', 'month', null],
  ['27 سبتمبر', '27 سبتمبر', '2020-09-27', 'day', '2020-09-27'],
  ['في 3 نوفمبر المقبل', '3 نوفمبر المقبل', '2020-11-03', 'day', '2020-11-03'],
  ['في 3 نوفمبر', '3 نوفمبر', '2020-11-03', 'day', '2020-11-03'],
  ['في 10 أكتوبر الماضي', '10 أكتوبر الماضي', '2019-10-10', 'day', '2019-10-10'],
  ['في الأول من أكتوبر', 'الأول من أكتوبر', '2020-10-01', 'day', '2020-10-01'],
  ['فجر الفاتح من أكتوبر', 'الفاتح من أكتوبر', '2020-10-01', 'day', '2020-10-01'],
  ['ابتداء من غرة أكتوبر', 'غرة أكتوبر', '2020-10-01', 'day', '2020-10-01'],
  ['في غرة شهر سبتمبر', 'غرة شهر سبتمبر', '2020-09-01', 'day', '2020-09-01'],
] as const) {
  add('relative', text, R, { surface, value, precision, date, relative: true, anchorDate: R });
}
add('relative mismatch', 'أكد اليوم الأربعاء أن', '2020-10-08', day('اليوم الأربعاء', '2020-10-07', { relative: true }));
add('relative mismatch', 'قال أمس الثلاثاء', '2020-10-07', day('أمس الثلاثاء', '2020-10-06', { relative: true }));
add('relative future', 'سيزور الرئيس القاهرة الأحد', '2020-10-07', day('الأحد', '2020-10-11', { relative: true }));
add('relative past', 'زار الرئيس القاهرة الأحد', '2020-10-07', day('الأحد', '2020-10-04', { relative: true }));
add('yearless winter', 'في 25 ديسمبر', '2021-01-05', day('25 ديسمبر', '2020-12-25', { relative: true }));
add('yearless winter', 'في 5 يناير', '2020-12-28', day('5 يناير', '2021-01-05', { relative: true }));
for (const text of ['اليوم', 'أمس', 'قبل يومين', 'الشهر الماضي', 'السبت الماضي', 'صباح الأحد']) {
  add('relative no anchor', `وقع الحادث ${text} في المدينة`, null, { surface: text, value: null, date: null, precision: 'unknown', relative: true, anchorDate: null });
}
add('yearless no anchor', 'في 27 أيلول/سبتمبر الماضي', null, { surface: '27 أيلول/سبتمبر الماضي', value: 'XXXX-09-27', date: null, precision: 'unknown', relative: true, anchorDate: null });
add('yearless no anchor', 'في 27 سبتمبر', null, { surface: '27 سبتمبر', value: 'XXXX-09-27', date: null, precision: 'unknown' });

// ---- Durations
for (const [text, surface, value] of [
  ['المستمر منذ 30 عاما', 'منذ 30 عاما', 'P30Y'],
  ['منذ أكثر من أسبوعين', 'منذ أكثر من أسبوعين', 'P2W'],
  ['منذ 3 سنوات 6 أشهر', 'منذ 3 سنوات 6 أشهر', 'P3Y6M'],
  ['منذ 3 سنوات و6 أشهر', 'منذ 3 سنوات و6 أشهر', 'P3Y6M'],
  ['لمدة ثلاثة أيام', 'لمدة ثلاثة أيام', 'P3D'],
  ['لمدة يومين', 'لمدة يومين', 'P2D'],
  ['خلال 24 ساعة', 'خلال 24 ساعة', 'PT24H'],
  ['خلال الساعات الـ24 الماضية', 'خلال الساعات الـ24 الماضية', 'PT24H'],
  ['خلال الأيام الأخيرة', 'خلال الأيام الأخيرة', 'PXD'],
  ['سجلت 1500 إصابة خلال الـ24 ساعة الماضية', 'خلال الـ24 ساعة الماضية', 'PT24H'],
  ['في الأسابيع القليلة الماضية', 'في الأسابيع القليلة الماضية', 'PXW'],
  ['منذ سنوات', 'منذ سنوات', 'PXY'],
  ['منذ عدة أشهر', 'منذ عدة أشهر', 'PXM'],
  ['على مدى عقدين', 'على مدى عقدين', 'P20Y'],
  ['منذ ثلاثة عقود', 'منذ ثلاثة عقود', 'P30Y'],
  ['طيلة خمسة عشر يوما', 'طيلة خمسة عشر يوما', 'P15D'],
  ['منذ خمسة وعشرين عاما', 'منذ خمسة وعشرين عاما', 'P25Y'],
  ['منذ عشرين عاما', 'منذ عشرين عاما', 'P20Y'],
  ['منذ نحو شهر', 'منذ نحو شهر', 'P1M'],
  ['لمدة 45 دقيقة', 'لمدة 45 دقيقة', 'PT45M'],
  ['منذ عام ونصف', 'منذ عام', 'P1Y'],
  ['بعد يومين من المحادثات', 'بعد يومين', 'P2D'],
  ['بعد ستة أيام على وفاة الشابة', 'بعد ستة أيام', 'P6D'],
  ['بعد 6 أيام على وفاتها', 'بعد 6 أيام', 'P6D'],
  ['بعد يوم واحد من عدوان واسع', 'بعد يوم', 'P1D'],
  ['بعد يومين فقط من الهجوم', 'بعد يومين', 'P2D'],
  // a day described is a day of events, not one day from the publication (بعد يوم دام في الناصرية)
  ['بعد يوم دامٍ في الناصرية', 'بعد يوم', 'P1D'],
  ['بعد أيام عصيبة من القتال', 'بعد أيام', 'PXD'],
] as const) {
  add('duration', text, R, { surface, value, kind: 'duration', date: null, relative: false });
}

// ---- Times and zones
for (const [text, surface, value, zone, precision] of [
  ['الأحد 27 سبتمبر 2020 - 20:36 بتوقيت طهران', 'الأحد 27 سبتمبر 2020 - 20:36 بتوقيت طهران', '2020-09-27T20:36+03:30', 'Asia/Tehran', 'minute'],
  ['السبت 15 يونيو 2019 - 10:05 بتوقيت طهران', 'السبت 15 يونيو 2019 - 10:05 بتوقيت طهران', '2019-06-15T10:05+04:30', 'Asia/Tehran', 'minute'],
  ['1 مارس 2023 الساعة 14:00 بتوقيت القدس', '1 مارس 2023 الساعة 14:00 بتوقيت القدس', '2023-03-01T14:00+02:00', 'Asia/Jerusalem', 'minute'],
  ['1 يوليو 2023 الساعة 14:00 بتوقيت القدس', '1 يوليو 2023 الساعة 14:00 بتوقيت القدس', '2023-07-01T14:00+03:00', 'Asia/Jerusalem', 'minute'],
  ['5 أغسطس 2021 الساعة 8 مساء بتوقيت مكة المكرمة', '5 أغسطس 2021 الساعة 8 مساء بتوقيت مكة المكرمة', '2021-08-05T20+03:00', 'Asia/Riyadh', 'hour'],
  ['2 فبراير 2015 - 09:30 بتوقيت موسكو', '2 فبراير 2015 - 09:30 بتوقيت موسكو', '2015-02-02T09:30+03:00', 'Europe/Moscow', 'minute'],
  ['2 فبراير 2014 - 09:30 بتوقيت موسكو', '2 فبراير 2014 - 09:30 بتوقيت موسكو', '2014-02-02T09:30+04:00', 'Europe/Moscow', 'minute'],
  ['12 يوليو 2022 - 18:00 بتوقيت بيروت', '12 يوليو 2022 - 18:00 بتوقيت بيروت', '2022-07-12T18:00+03:00', 'Asia/Beirut', 'minute'],
  ['12 يناير 2022 - 18:00 بتوقيت القاهرة', '12 يناير 2022 - 18:00 بتوقيت القاهرة', '2022-01-12T18:00+02:00', 'Africa/Cairo', 'minute'],
  ['3 مايو 2018 - 11:15 بتوقيت غرينتش', '3 مايو 2018 - 11:15 بتوقيت غرينتش', '2018-05-03T11:15+00:00', 'UTC', 'minute'],
  ['3 مايو 2018 - 11:15 بتوقيت جرينتش', '3 مايو 2018 - 11:15 بتوقيت جرينتش', '2018-05-03T11:15+00:00', 'UTC', 'minute'],
  ['3 مايو 2018 الساعة 11:15 (ت.غ)', '3 مايو 2018 الساعة 11:15 (ت.غ)', '2018-05-03T11:15+00:00', 'UTC', 'minute'],
  ['3 مايو 2018 - 11:15 GMT+3', '3 مايو 2018 - 11:15 GMT+3', '2018-05-03T11:15+03:00', 'Etc/GMT-3', 'minute'],
  ['20 نوفمبر 2020 - 13:00 بتوقيت باكو', '20 نوفمبر 2020 - 13:00 بتوقيت باكو', '2020-11-20T13:00+04:00', 'Asia/Baku', 'minute'],
  ['20 نوفمبر 2020 - 13:00 بتوقيت يريفان', '20 نوفمبر 2020 - 13:00 بتوقيت يريفان', '2020-11-20T13:00+04:00', 'Asia/Yerevan', 'minute'],
  ['20 نوفمبر 2020 - 13:00 بتوقيت أنقرة', '20 نوفمبر 2020 - 13:00 بتوقيت أنقرة', '2020-11-20T13:00+03:00', 'Europe/Istanbul', 'minute'],
  ['20 نوفمبر 2020 - 13:00 بتوقيت أبوظبي', '20 نوفمبر 2020 - 13:00 بتوقيت أبوظبي', '2020-11-20T13:00+04:00', 'Asia/Dubai', 'minute'],
  ['20 نوفمبر 2020 - 13:00 بتوقيت بغداد', '20 نوفمبر 2020 - 13:00 بتوقيت بغداد', '2020-11-20T13:00+03:00', 'Asia/Baghdad', 'minute'],
  ['20 نوفمبر 2020 - 13:00 بتوقيت الرياض', '20 نوفمبر 2020 - 13:00 بتوقيت الرياض', '2020-11-20T13:00+03:00', 'Asia/Riyadh', 'minute'],
  ['20 نوفمبر 2020 - 13:00 بتوقيت دمشق', '20 نوفمبر 2020 - 13:00 بتوقيت دمشق', '2020-11-20T13:00+02:00', 'Asia/Damascus', 'minute'],
] as const) {
  add('datetime zone', text, null, { surface, value, zone, precision, kind: 'datetime' });
}
add('datetime', 'نشر في: 12/10/2020 - 13:45', null, { surface: '12/10/2020 - 13:45', value: '2020-10-12T13:45', kind: 'datetime' });
add('datetime', 'آخر تحديث: الأربعاء 7 أكتوبر 2020 الساعة 10:12 م', null, { surface: 'الأربعاء 7 أكتوبر 2020 الساعة 10:12 م', value: '2020-10-07T22:12' });
add('datetime', 'الخميس 8 تشرين الأول 2020 | 09:15 ص', null, { surface: 'الخميس 8 تشرين الأول 2020 | 09:15 ص', value: '2020-10-08T09:15' });
add('datetime', '2020-10-07T14:30', null, { surface: '2020-10-07T14:30', value: '2020-10-07T14:30', kind: 'datetime' });
add('datetime', 'الأحد 4 ربيع الأول 1442هـ', null, { surface: 'الأحد 4 ربيع الأول 1442هـ', date: '2020-10-21', conflict: 'the weekday named is Sunday but 2020-10-21 is a Wednesday' });
// a Hijri day one off its weekday is the weekday's day (a local month start); further off, or Gregorian, only noted
add('datetime', 'الثلاثاء 22 جمادى الأولى 1442هـ', null, { surface: 'الثلاثاء 22 جمادى الأولى 1442هـ', date: '2021-01-05', value: '2021-01-05', originalValue: '1442-05-22', conflict: 'the weekday named is Tuesday but 2021-01-06 is a Wednesday; taken as 2021-01-05, the Tuesday next to it (a local month start)' });
add('datetime', 'الخميس 22 جمادى الأولى 1442هـ', null, { surface: 'الخميس 22 جمادى الأولى 1442هـ', date: '2021-01-07', conflict: 'the weekday named is Thursday but 2021-01-06 is a Wednesday; taken as 2021-01-07, the Thursday next to it (a local month start)' });
add('datetime', 'الاثنين 27 سبتمبر 2020', null, { surface: 'الاثنين 27 سبتمبر 2020', date: '2020-09-27', conflict: 'the weekday named is Monday but 2020-09-27 is a Sunday' });
// a day of the month the publication falls in, or of one next to it (الخامس من الشهر الجاري، 3 الجاري، 12 من الشهر الماضي)
add('relative', 'في الخامس من الشهر الجاري', '2023-10-12', { surface: 'الخامس من الشهر الجاري', date: '2023-10-05', relative: true });
add('relative', 'يوم 5 من الشهر الجاري', '2023-10-12', { surface: 'يوم 5 من الشهر الجاري', date: '2023-10-05' });
add('relative', 'في 3 الجاري', '2023-10-12', { surface: '3 الجاري', date: '2023-10-03' });
add('relative', 'في 12 من الشهر الماضي', '2023-01-12', { surface: '12 من الشهر الماضي', date: '2022-12-12' });
add('relative', 'وقع الهجوم الليلة قبل الماضية', '2023-10-12', { surface: 'الليلة قبل الماضية', date: '2023-10-10' });
// "the one before the last" (قبل الماضي): a week before the last such weekday, the month or week before the last
add('relative', 'وكانت المدينة قد شهدت السبت قبل الماضي مواجهات', '2010-08-17', { surface: 'السبت قبل الماضي', date: '2010-08-07', relative: true });
add('relative', 'الشهر قبل الماضي', '2010-08-17', { surface: 'الشهر قبل الماضي', value: '2010-06', precision: 'month' });
add('datetime', '2020-09-27 20:36', null, { surface: '2020-09-27 20:36', value: '2020-09-27T20:36', kind: 'datetime', zone: null });
add('datetime', 'الساعة 8 صباحا من يوم 5 مايو 2021', null,
  { surface: 'الساعة 8 صباحا من يوم 5 مايو 2021', kind: 'datetime', value: '2021-05-05T08', date: '2021-05-05', precision: 'hour' });
add('datetime', 'اليوم الساعة 10:30', R, { surface: 'اليوم الساعة 10:30', kind: 'datetime', value: `${R}T10:30`, relative: true });
add('datetime', 'الساعة 8 مساء أمس', R, { surface: 'الساعة 8 مساء أمس', kind: 'datetime', value: '2020-10-06T20', precision: 'hour' });
for (const [text, value] of [
  ['الساعة 8 صباحا', 'T08'], ['الساعة 8 مساء', 'T20'], ['الساعة 12 ظهرا', 'T12'], ['الساعة 2 ظهرا', 'T14'],
  ['الساعة 4 فجرا', 'T04'], ['الساعة 11 ليلا', 'T23'], ['الساعة 20:36', 'T20:36'], ['الساعة الثامنة والنصف مساء', 'T20:30'],
  ['الساعة العاشرة صباحا', 'T10'], ['الساعة الثانية عشرة ظهرا', 'T12'],
] as const) {
  add('time', `بدأت الجلسة ${text} وانتهت`, null, { surface: text, kind: 'time', value, date: null });
}

// ---- Dual datelines
add('dual', 'الخميس 14 صفر 1442 هـ الموافق 1 أكتوبر 2020 م', null,
  { surface: 'الخميس 14 صفر 1442 هـ', calendar: 'hijri', originalValue: '1442-02-14', value: '2020-10-01', date: '2020-10-01', conflict: undefined },
  { surface: '1 أكتوبر 2020 م', calendar: 'gregorian', date: '2020-10-01', conflict: undefined });
add('dual', '14 صفر 1442 هـ الموافق 2 أكتوبر 2020 م', null,
  { surface: '14 صفر 1442 هـ', date: '2020-10-01', conflict: 'dual dateline disagrees: hijri 1442-02-14 is 2020-10-01, gregorian 2020-10-02 is 2020-10-02' },
  { surface: '2 أكتوبر 2020 م', date: '2020-10-02', conflict: 'dual dateline disagrees: hijri 1442-02-14 is 2020-10-01, gregorian 2020-10-02 is 2020-10-02' });
add('dual', 'الجمعة 1 رمضان 1445 هـ / 11 مارس 2024', null,
  { surface: 'الجمعة 1 رمضان 1445 هـ', date: '2024-03-11' }, { surface: '11 مارس 2024', date: '2024-03-11' });
add('dual', '10 مهر 1399 (1 أكتوبر 2020)', null,
  { surface: '10 مهر 1399', calendar: 'solar_hijri', date: '2020-10-01' }, { surface: '1 أكتوبر 2020', date: '2020-10-01' });

// ---- آذر / آذار
add('azar', 'في 12 آذار 2020', null, day('12 آذار 2020', '2020-03-12'));
add('azar', 'في 12 آذر 1399', null, { surface: '12 آذر 1399', calendar: 'solar_hijri', originalValue: '1399-09-12', date: '2020-12-02' });
add('azar', 'في آذر 2020', null, { surface: 'آذر 2020', calendar: 'gregorian', value: '2020-03', precision: 'month' });

// ---- Not dates: counts, ages, bare numbers, common words that look like month names
for (const text of [
  'أدت المعارك إلى مقتل وجرح 2700 من عناصر هذه القوات',
  'الذين تقل أعمارهم عن 55 سنة',
  'تمكنت من تحرير 8 قرى أذرية جديدة',
  'ما أسفر عن وقوع 3 قتلى و5 جرحى',
  'بلغ عدد السكان 2020 نسمة',
  'في 2020 تغير كل شيء',
  'قال الرئيس رجب طيب إردوغان',
  'النتيجة انتهت بهدف مقابل صفر',
  'مارس الضغط على الحكومة',
  'حضر الأب والأم',
  'يحتفل العالم اليوم العالمي للمرأة',
  'في مثل هذا اليوم من عام',
  'الأمين العام للأمم المتحدة',
  'ارتفاع 500 م فوق سطح البحر',
  'على ارتفاع 2500 م فوق سطح البحر',
  'وصلت نسبة النمو 3.5 في المئة',
  'رقم الهاتف 0791234567',
  'قرار مجلس الأمن 2254',
  'الكيلو بـ 12 دينارا',
  'فاز الفريق 2:1 على منافسه',
  'التعليقات (1)',
  'قضى 20 عاما في السجن',
  'أصيب 15 شخصا بجروح',
  'نشر 300 جندي على الحدود',
  'يبلغ من العمر 45 عاما',
  'شارك 12 وزيرا في الاجتماع',
] as const) {
  add('not a date', text, R);
}

// ---- Handwritten news sentences from varied outlets and years
add('news', 'القاهرة - (د ب أ) - أعلنت الحكومة المصرية، الاثنين 25 يناير 2011، حالة الطوارئ', '2011-01-25', day('الاثنين 25 يناير 2011', '2011-01-25'));
add('news', 'بيروت - الأربعاء 4 آب/أغسطس 2021 - أحيا اللبنانيون ذكرى انفجار المرفأ', null, day('الأربعاء 4 آب/أغسطس 2021', '2021-08-04'));
add('news', 'الرباط في 15 شتنبر 2022 (ومع) أكد وزير الخارجية', null, day('15 شتنبر 2022', '2022-09-15'));
add('news', 'الجزائر - 05 جويلية 2019: خرج آلاف المتظاهرين', null, day('05 جويلية 2019', '2019-07-05'));
add('news', 'تونس في 14 جانفي 2021 (وات) - أحيا التونسيون', null, day('14 جانفي 2021', '2021-01-14'));
add('news', 'دمشق-سانا: استقبل الرئيس في 3 تموز 2018 وفدا', null, day('3 تموز 2018', '2018-07-03'));
add('news', 'بغداد/ 10 حزيران / يونيو 2014 /سقطت المدينة', null, day('10 حزيران / يونيو 2014', '2014-06-10'));
add('news', 'الرياض - واس: صدر في 27 رمضان 1443 هـ قرار', null, { surface: '27 رمضان 1443 هـ', calendar: 'hijri', date: '2022-04-28' });
add('news', 'أبوظبي في 2 ديسمبر/كانون الأول 2021 احتفلت الإمارات', null, day('2 ديسمبر/كانون الأول 2021', '2021-12-02'));
add('news', 'الدوحة - قنا - 18 ديسمبر 2022: توج المنتخب الأرجنتيني', null, day('18 ديسمبر 2022', '2022-12-18'));
add('news', 'طهران - إرنا - 21 شهريور 1401: أعلنت الخارجية', null, { surface: '21 شهريور 1401', calendar: 'solar_hijri', originalValue: '1401-06-21', date: '2022-09-12' });
add('news', 'الخرطوم، 25 أكتوبر 2021 (رويترز) - استولى الجيش على السلطة', null, day('25 أكتوبر 2021', '2021-10-25'));
add('news', 'غزة - الأحد 9 أيار 2021 - 18:00 بتوقيت القدس', null,
  { surface: 'الأحد 9 أيار 2021 - 18:00 بتوقيت القدس', value: '2021-05-09T18:00+03:00', date: '2021-05-09', zone: 'Asia/Jerusalem' });
add('news', 'وكانت الحكومة قد أعلنت في 12 مارس الماضي إغلاق المدارس', '2020-04-02', day('12 مارس الماضي', '2020-03-12', { relative: true }));
add('news', 'اجتمع المجلس يوم السبت الماضي، وقرر تمديد الهدنة لمدة أسبوع', '2019-05-14',
  day('يوم السبت الماضي', '2019-05-11', { relative: true }), { surface: 'لمدة أسبوع', value: 'P1W', kind: 'duration' });
add('news', 'وتابع: "نعمل منذ عام 2003 على إعادة الإعمار"', '2015-06-01', { surface: 'عام 2003', value: '2003', precision: 'year' });
add('news', 'عمّان - بترا - أكد جلالة الملك مساء أمس الخميس خلال لقائه', '2016-02-12', day('مساء أمس الخميس', '2016-02-11', { relative: true }));
add('news', 'الكويت - كونا - أعلنت وزارة الصحة اليوم الثلاثاء تسجيل 25 إصابة جديدة', '2020-03-31', day('اليوم الثلاثاء', '2020-03-31', { relative: true }));
add('news', 'وقع الزلزال في الساعة 4:17 فجرا بالتوقيت المحلي يوم 6 فبراير 2023', null,
  { surface: 'الساعة 4:17 فجرا بالتوقيت المحلي يوم 6 فبراير 2023', kind: 'datetime', value: '2023-02-06T04:17', date: '2023-02-06', zone: null });
add('news', 'مسقط - العمانية - الأحد 12 يناير 2020', null, day('الأحد 12 يناير 2020', '2020-01-12'));
add('news', 'بيان صادر بتاريخ 2017/06/05 عن الدول الأربع', null, day('2017/06/05', '2017-06-05'));
add('news', 'في الفترة من 1-3 نوفمبر 2019', null, day('3 نوفمبر 2019', '2019-11-03'));
add('news', 'ولد عام 1938 في حلب وتوفي في 16 نيسان 2014', null, { surface: 'عام 1938', value: '1938' }, day('16 نيسان 2014', '2014-04-16'));
add('news', 'تم تأجيل الانتخابات إلى 22 كانون الأول (ديسمبر) 2021', null, day('22 كانون الأول (ديسمبر) 2021', '2021-12-22'));
add('news', 'ذكرت الوكالة في وقت سابق الأحد أن', '2020-09-27', day('الأحد', '2020-09-27', { relative: true }));
add('news', 'الثلاثاء، 31 نوفمبر 2020', null, { surface: 'الثلاثاء، 31 نوفمبر 2020', value: null, date: null, precision: 'unknown' });

describe('date engine acceptance cases', () => {
  it('has at least 300 cases', () => {
    if (cases.length < 300) throw new Error(`only ${cases.length} cases`);
  });
  it.each(cases)('%s: %#', (_group, c) => check(c));
});

// "الغد" alone names a party or a newspaper as often as a day (حزب الغد، صحيفة الغد الأردنية): not read as tomorrow
describe('الغد alone', () => {
  it('صحيفة الغد الأردنية and غد أفضل are no dates', () => {
    expect(findDates('وقالت صحيفة الغد الأردنية إن الحكومة تسعى إلى غد أفضل', { anchor: '2020-10-07' })).toEqual([]);
  });
});
