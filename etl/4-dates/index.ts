/**
 * The date engine: finds temporal expressions in Arabic text and normalizes them (TIMEX3 in
 * spirit), with Hijri and Solar Hijri conversions.
 */
export { findDates } from './find.js';
export { hijriToGregorian, gregorianToHijri } from './hijri.js';
export { solarHijriToGregorian, gregorianToSolarHijri } from './solar-hijri.js';
