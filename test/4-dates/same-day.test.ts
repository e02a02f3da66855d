import { describe, expect, test } from 'vitest';
import { findDates } from '../../etl/4-dates/index.js';

const brief = (text: string, anchor: string | null = '2022-01-25') =>
  findDates(text, { anchor }).map((d) => [d.surface, d.date, d.relative, d.anchorDate]);

describe('"the same day" and "the next day" refer to the last day stated', () => {
  test('اليوم نفسه / في اليوم ذاته take the day stated before, not the publication day', () => {
    expect(brief('أعلنت الجزائر، يوم الثلاثاء 24 غشت 2021، قطع العلاقات. ورفضت الرباط مساء اليوم نفسه القرار.')).toEqual([
      ['يوم الثلاثاء 24 غشت 2021', '2021-08-24', false, null],
      ['مساء اليوم نفسه', '2021-08-24', true, '2021-08-24'],
    ]);
    expect(brief('نفذ الأطباء إضرابا يوم 20 جانفي 2022. وهددت النقابة، في اليوم ذاته، بالتصعيد.')).toEqual([
      ['يوم 20 جانفي 2022', '2022-01-20', false, null],
      ['اليوم ذاته', '2022-01-20', true, '2022-01-20'],
    ]);
  });

  test('اليوم التالي / غداة ذلك are the day after, across the Hijri calendar too', () => {
    const got = brief('اندلعت الاشتباكات في 14 صفر 1442 هـ، وفي اليوم التالي أعلن الجيش السيطرة على المدينة.');
    expect(got[1]).toEqual(['اليوم التالي', '2020-10-02', true, '2020-10-01']);
    expect(brief('وقع الانفجار في 4 آب/أغسطس 2020، وغداة ذلك استقال الوزير.')[1]).toEqual(['غداة ذلك', '2020-08-05', true, '2020-08-04']);
  });

  test('الليلة ذاتها / في الليلة نفسها is the night of the day stated before, not tonight', () => {
    expect(brief('هاجم مسلحون السوق يوم 20 جانفي 2022. وقالت الشرطة إن مسلحين هاجموا في الليلة ذاتها مقر الوزارة.')).toEqual([
      ['يوم 20 جانفي 2022', '2022-01-20', false, null],
      ['الليلة ذاتها', '2022-01-20', true, '2022-01-20'],
    ]);
  });

  test('with no day stated before, the phrase stays unresolved (no guess from the publication day)', () => {
    expect(brief('وفي اليوم نفسه، أعلنت الحكومة حالة الطوارئ.')).toEqual([]);
    expect(brief('وفي الليلة نفسها، أعلنت الحكومة حظر التجول.')).toEqual([]);
    expect(brief('سيعقد الاجتماع في شهر مارس 2021، وفي اليوم التالي تبدأ المفاوضات.').map((r) => r[0])).not.toContain('اليوم التالي');
    // (… nor is a superlative day, في اليوم الأكثر دموية، اليوم الأعنف, so the same day is the one stated before it)
    expect(brief('قتل 492 شخصا في غارات أمس الاثنين، في اليوم الأكثر دموية منذ حرب تموز 2006. وكان الجيش قد وجه صباح اليوم نفسه إنذارات.', '2024-09-24').map((r) => r[1])).toEqual(['2024-09-23', null, '2024-09-23']);
    expect(brief('وقتل خمسة في اليوم الأعنف منذ بدء الاحتجاجات.')).toEqual([]);
    // (… and the Maghrebi اليوم الموالي is no اليوم, today)
    expect(brief('وفي اليوم الموالي، جمدت جمعية البنوك عمليات التوطين.')).toEqual([]);
    expect(brief('علقت الجزائر المعاهدة يوم 8 جوان 2022. وفي اليوم الموالي، جمدت جمعية البنوك عمليات التوطين.')[1]).toEqual(['اليوم الموالي', '2022-06-09', true, '2022-06-08']);
  });
});

describe('"the same day" passes over a day still to come', () => {
  test('حددت الثاني من يونيو المقبل موعدا … وفي اليوم ذاته قتل …: the day already past', () => {
    const got = brief('أحالت المحكمة أمس السبت أوراق المتهمين إلى المفتي، وحددت الثاني من يونيو المقبل موعدا للحكم. وفي اليوم ذاته، قتل ثلاثة قضاة.', '2015-05-17');
    expect(got[got.length - 1]).toEqual(['اليوم ذاته', '2015-05-16', true, '2015-05-16']);
  });
});

describe('a night told by the two days it joins is one expression, dated to its first day', () => {
  test('ليل الثلاثاء الأربعاء / ليلة الخميس إلى الجمعة / ليلة السبت على الأحد', () => {
    expect(brief('قصفت الطائرات ليل الثلاثاء الأربعاء مواقع المسلحين.', '2022-01-27')).toEqual([['ليل الثلاثاء الأربعاء', '2022-01-25', true, '2022-01-27']]);
    expect(brief('وقعت الاشتباكات ليلة الخميس إلى الجمعة قرب الحدود.', '2022-01-29')).toEqual([['ليلة الخميس إلى الجمعة', '2022-01-27', true, '2022-01-29']]);
    expect(brief('اعتقلت الشرطة في ليلة السبت على الأحد ثلاثة شبان.', '2022-01-24')).toEqual([['ليلة السبت على الأحد', '2022-01-22', true, '2022-01-24']]);
  });

  test('الليلة الفاصلة بين الجمعة والسبت is that night, not tonight', () => {
    expect(brief('شنت الطائرات في الليلة الفاصلة بين الجمعة والسبت غارات على المدينة.', '2022-01-25')).toEqual([
      ['الليلة الفاصلة بين الجمعة والسبت', '2022-01-21', true, '2022-01-25'],
    ]);
  });

  test('… but two weekdays that are not one night after the other stay two days', () => {
    expect(brief('تظاهر المئات ليل الثلاثاء، والخميس عاد الهدوء.', '2022-01-27').map((d) => d[1])).toEqual(['2022-01-25', '2022-01-27']);
    expect(brief('قصفت الطائرات ليل الثلاثاء الخميس مواقع.', '2022-01-27')).toHaveLength(2);
  });
});

describe('"the same day" passes over a day told as background in an earlier sentence (stop 27)', () => {
  test('منذ السبت 12 مارس: the news day before it is the antecedent', () => {
    const got = brief('أصيب عشرون شخصا مساء أمس الخميس في مواجهات بالمدينة. وقالت الشرطة إن 80 شخصا أوقفوا منذ السبت 12 مارس. وفي العاصمة، تظاهر المئات مساء اليوم نفسه.', '2022-03-18');
    expect(got[got.length - 1]).toEqual(['مساء اليوم نفسه', '2022-03-17', true, '2022-03-17']);
  });

  test('a month day with الماضي, or one years back, is background too', () => {
    const last = brief('أضرب الأطباء أمس الثلاثاء احتجاجا على قانون أقره البرلمان في 3 يناير الماضي. ونظم الممرضون في اليوم نفسه وقفة.', '2022-03-16');
    expect(last[last.length - 1]).toEqual(['اليوم نفسه', '2022-03-15', true, '2022-03-15']);
    const old = brief('علقت الحكومة يوم الأربعاء 9 مارس المعاهدة التي وقعتها في 4 مايو 1999. وفي اليوم الموالي، جمدت البنوك التحويلات.', '2022-03-12');
    expect(old[old.length - 1]).toEqual(['اليوم الموالي', '2022-03-10', true, '2022-03-09']);
  });

  test('a weekday with الماضي, or a background day in the phrase\'s own sentence, stays the antecedent', () => {
    const week = brief('بدأ الإضراب أمس الأحد. وكانت الشرطة قد فرقت الخميس الماضي وقفة، واعتقلت عددا منهم قبل أن تفرج عنهم في اليوم ذاته.', '2022-03-14');
    expect(week[week.length - 1]).toEqual(['اليوم ذاته', '2022-03-10', true, '2022-03-10']);
    const own = brief('صدر الحكم أمس الاثنين. وكانت الشرطة قد اعتقلتهم في الثالث من يناير الماضي، ووضع آخر قيد الإقامة الجبرية في اليوم نفسه.', '2022-03-15');
    expect(own[own.length - 1]).toEqual(['اليوم نفسه', '2022-01-03', true, '2022-01-03']);
  });
});
