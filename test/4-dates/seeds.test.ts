/** The seed articles: their date expressions are found, and no count or age becomes a date. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findDates } from '../../etl/4-dates/index.js';
import { projectRoot } from '../../etl/lexicon/load.js';

const dir = join(projectRoot(), 'seeds');
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const read = (prefix: string) => readFileSync(join(dir, seeds.find((f) => f.startsWith(prefix))!), 'utf8');

describe('seed articles', () => {
  it.each(seeds)('%s: no count or age becomes a date', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of findDates(text, { anchor: '2020-10-07' })) {
      // every mention holds a temporal word, not just a number next to a noun
      expect(m.surface).not.toMatch(/^\d+ (?:قتيل|قتلى|جرحى|قرى|سنة)$/);
      expect(m.surface).not.toMatch(/2700|55 سنة|8 قرى|3 قتلى|5 جرحى|\(1\)/);
    }
  });
  it('finds the expressions of 000 (anchor 2020-10-07)', () => {
    const ms = findDates(read('000'), { anchor: '2020-10-07' });
    const by = (s: string) => ms.find((m) => m.surface === s);
    expect(by('07 اكتوبر 2020ء')).toMatchObject({ value: '2020-10-07', date: '2020-10-07', precision: 'day' });
    expect(by('اليوم الأربعاء')).toMatchObject({ date: '2020-10-07', relative: true });
    expect(by('أمس')).toMatchObject({ date: '2020-10-06' });
    expect(by('27 أيلول/سبتمبر الماضي')).toMatchObject({ date: '2020-09-27' });
    expect(by('منذ 30 عاما')).toMatchObject({ kind: 'duration', value: 'P30Y' });
  });
  it('finds the expressions of 001 (anchor 2020-10-08)', () => {
    const ms = findDates(read('001'), { anchor: '2020-10-08' });
    const by = (s: string) => ms.find((m) => m.surface === s);
    expect(by('منذ أكثر من أسبوعين')).toMatchObject({ kind: 'duration', value: 'P2W' });
    expect(by('في وقت سابق اليوم')).toMatchObject({ date: '2020-10-08' });
    expect(by('السبت الماضي')).toMatchObject({ date: '2020-10-03' });
    expect(by('منذ 3 سنوات 6 أشهر')).toMatchObject({ kind: 'duration', value: 'P3Y6M' });
    expect(ms.some((m) => /3 قتلى|5 جرحى|8 قرى/.test(m.surface))).toBe(false);
  });
  it('finds the expressions of 002 (anchor 2020-10-01)', () => {
    const ms = findDates(read('002'), { anchor: '2020-10-01' });
    const by = (s: string) => ms.find((m) => m.surface === s);
    expect(by('1 تشرين الأول/أكتوبر 2020')).toMatchObject({ date: '2020-10-01', relative: false });
    expect(by('27 أيلول/سبتمبر الجاري')).toMatchObject({ date: '2020-09-27' });
    expect(by('في وقت سابق من اليوم')).toMatchObject({ date: '2020-10-01' });
  });
  it('finds the dateline of 003', () => {
    const [m] = findDates(read('003'), { anchor: null });
    expect(m).toMatchObject({
      surface: 'الأحد 27 سبتمبر 2020 - 20:36 بتوقيت طهران', kind: 'datetime', value: '2020-09-27T20:36+03:30',
      date: '2020-09-27', precision: 'minute', zone: 'Asia/Tehran',
    });
  });
  it('finds the founding year of 004 and not the casualty count', () => {
    const ms = findDates(read('004'), { anchor: '2020-10-01' });
    expect(ms.find((m) => m.surface === 'عام 1992')).toMatchObject({ kind: 'date', value: '1992', date: null, precision: 'year' });
    expect(ms.some((m) => m.surface.includes('2700'))).toBe(false);
  });
});
