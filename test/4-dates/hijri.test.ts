import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gregorianToHijri, hijriToGregorian } from '../../etl/4-dates/hijri.js';

interface Vector { hijri: [number, number, number]; gregorian: string; what: string }
const doc = JSON.parse(readFileSync(new URL('./umalqura-vectors.json', import.meta.url), 'utf8')) as { vectors: Vector[] };

describe('hijriToGregorian / gregorianToHijri (Umm al-Qura)', () => {
  it('has at least 50 independent vectors across 1420-1450 AH', () => {
    expect(doc.vectors.length).toBeGreaterThanOrEqual(50);
    expect(doc.vectors.every((v) => v.hijri[0] >= 1420 && v.hijri[0] <= 1450)).toBe(true);
  });
  it.each(doc.vectors.map((v) => [v.what, v] as const))('%s %#', (_w, v) => {
    expect(hijriToGregorian(...v.hijri)).toBe(v.gregorian);
    expect(gregorianToHijri(v.gregorian)).toEqual({ y: v.hijri[0], m: v.hijri[1], d: v.hijri[2] });
  });
  it('round-trips every day of 1440-1447 AH', () => {
    for (let iso = '2018-09-11'; iso < '2026-06-16'; iso = next(iso)) {
      const h = gregorianToHijri(iso);
      expect(hijriToGregorian(h.y, h.m, h.d)).toBe(iso);
    }
  });
  it('refuses days that do not exist', () => {
    expect(hijriToGregorian(1442, 13, 1)).toBeNull();
    expect(hijriToGregorian(1442, 1, 31)).toBeNull();
    // every Umm al-Qura month has 29 or 30 days: day 30 exists only when the next month starts a day later
    const d29 = hijriToGregorian(1441, 9, 29)!;
    const next1 = hijriToGregorian(1441, 10, 1)!;
    expect(hijriToGregorian(1441, 9, 30)).toBe(next1 === nextDay(d29) ? null : nextDay(d29));
  });
  it('uses the tabular Islamic calendar outside the Umm al-Qura table', () => {
    expect(hijriToGregorian(1, 1, 1)).toBe('0622-07-19'); // 16 July 622 Julian = 19 July proleptic Gregorian
    expect(gregorianToHijri('1800-01-01')).toEqual({ y: 1214, m: 8, d: 4 });
    const h = gregorianToHijri('2200-01-01');
    expect(hijriToGregorian(h.y, h.m, h.d)).toBe('2200-01-01');
    expect(hijriToGregorian(1299, 12, 29)).toBe('1882-11-11');
    expect(hijriToGregorian(1300, 1, 1)).toBe('1882-11-12');
  });
  it('throws on a malformed ISO day (a programmer error)', () => {
    expect(() => gregorianToHijri('1 Oct 2020')).toThrow(/hijri/);
  });
});

function next(iso: string): string {
  return nextDay(iso);
}
function nextDay(iso: string): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}
