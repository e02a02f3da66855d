/**
 * Short sentences around the temporal expressions the engine meets, for `npm run bench`: a few
 * hundred, filled from month spellings of every family, both Hijri calendars, weekdays,
 * relative words, durations, times and zones, plus sentences whose numbers are not dates.
 */

const MONTHS = ['يناير', 'شباط', 'آذار', 'أبريل', 'أيار', 'حزيران', 'يوليو', 'أغسطس', 'أيلول/سبتمبر', 'تشرين الأول/أكتوبر', 'نوفمبر', 'كانون الأول', 'جانفي', 'أفريل', 'جويلية', 'شتنبر', 'اكتوبر', 'يونيو', 'غشت', 'دجنبر'];
const HIJRI = ['محرم', 'صفر', 'ربيع الأول', 'جمادى الآخرة', 'رجب', 'رمضان', 'شوال', 'ذو الحجة'];
const SOLAR = ['فروردین', 'اردیبهشت', 'تیر', 'شهریور', 'مهر', 'آبان', 'آذر', 'اسفند'];
const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const ZONES = ['طهران', 'مكة المكرمة', 'القدس', 'موسكو', 'بيروت', 'القاهرة', 'غرينتش', 'باكو'];
const RELATIVE = ['أمس', 'اليوم', 'أول أمس', 'غدا', 'بعد غد', 'في وقت سابق اليوم', 'مساء أمس', 'صباح اليوم', 'الأسبوع الماضي', 'الشهر الماضي', 'العام الماضي', 'مطلع الشهر الجاري', 'قبل يومين', 'قبل ثلاثة أيام', 'قبل أسبوع'];
const DURATIONS = ['منذ 30 عاما', 'منذ أكثر من أسبوعين', 'منذ 3 سنوات 6 أشهر', 'لمدة ثلاثة أيام', 'خلال 24 ساعة', 'منذ عقدين', 'خلال الأيام الأخيرة', 'منذ خمسة وعشرين عاما'];
const NOT_DATES = ['مقتل 2700 شخص', 'عن 55 سنة', 'تحرير 8 قرى', '3 قتلى و5 جرحى', 'نشر 300 جندي'];

const day = (i: number) => (i % 28) + 1;

const TEMPLATES: ((i: number) => string)[] = [
  (i) => `في ${day(i)} ${MONTHS[i % MONTHS.length]} الماضي.`,
  (i) => `(سبوتنيك - ${String(day(i)).padStart(2, '0')} ${MONTHS[(i + 5) % MONTHS.length]} ${2000 + (i % 25)}ء)`,
  (i) => `${WEEKDAYS[i % 7]} ${day(i)} ${MONTHS[(i + 3) % MONTHS.length]} ${2010 + (i % 15)} - ${10 + (i % 13)}:${String(i % 60).padStart(2, '0')} بتوقيت ${ZONES[i % ZONES.length]}`,
  (i) => `${day(i)} ${HIJRI[i % HIJRI.length]} ${1430 + (i % 15)} هـ`,
  (i) => `في ${day(i)} ${SOLAR[i % SOLAR.length]} ${1390 + (i % 12)}`,
  (i) => `قال ${RELATIVE[i % RELATIVE.length]}`,
  (i) => `دعا اليوم ${WEEKDAYS[i % 7]}`,
  (i) => `زاره ${WEEKDAYS[(i + 2) % 7]} الماضي`,
  (i) => `المستمر ${DURATIONS[i % DURATIONS.length]}`,
  (i) => `تأسست عام ${1950 + i}، وفيها ${NOT_DATES[i % NOT_DATES.length]}`,
  (i) => `${MONTHS[(i + 7) % MONTHS.length]} ${1995 + i}`,
  (i) => `الساعة ${(i % 12) + 1} ${i % 2 ? 'مساء' : 'صباحا'} ${RELATIVE[(i + 4) % RELATIVE.length]}`,
];

/** A few hundred short sentences, each holding one or more temporal expressions. */
export function sampleDateExpressions(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 25; i++) for (const t of TEMPLATES) out.push(t(i));
  return out;
}
