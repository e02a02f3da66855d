import { classifyLine } from './boilerplate.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { isDateLine, parseLeadDateline } from './dateline.js';
import { normalizeKey } from '../3-segment/normalize.js';

/** An article split into headline, dateline and body. */
export interface CleanArticle {
  title: string | null;
  /** the dateline's date text as written, for the date engine */
  datelineText: string | null;
  outlet: string | null;
  republishedBy: string | null;
  /** paragraphs joined by a blank line; every offset in the tables points into this string */
  body: string;
  paragraphCount: number;
  wordCount: number;
}

/** Lines longer than this are paragraphs, never headlines or datelines. */
const HEADLINE_MAX = 220;

/**
 * Cleans decoded article text: drops site furniture line by line, cuts comment sections and
 * reading lists, takes the first line as headline, finds the dateline, and keeps the rest,
 * unchanged inside each paragraph, as the body.
 */
export function cleanArticle(raw: string): CleanArticle {
  const text = looksLikeHtml(raw) ? htmlToText(raw) : raw;
  const lines = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split('\n');
  const kept: string[] = [];
  let bodyStarted = false;
  for (const line of lines) {
    const trimmed = line.replace(/[\s\u200B-\u200F]+$/u, '').replace(/^[\s\u200B-\u200F]+/u, '');
    if (!trimmed) continue;
    const cls = classifyLine(trimmed);
    if (cls === 'tail' && bodyStarted) break;
    if (cls !== 'text') continue;
    kept.push(trimmed);
    if (kept.length > 1 && trimmed.length >= 80) bodyStarted = true;
  }

  let title: string | null = null;
  let i = 0;
  if (kept.length > 1 && kept[0].length <= HEADLINE_MAX && !isDateLine(kept[0])) {
    title = kept[0];
    i = 1;
  }
  let datelineText: string | null = null;
  let outlet: string | null = null;
  let republishedBy: string | null = null;
  const paragraphs: string[] = [];
  const titleKey = title ? normalizeKey(title) : null;
  for (; i < kept.length; i++) {
    const line = kept[i];
    const early = paragraphs.length === 0;
    if (early && titleKey && normalizeKey(line) === titleKey) continue; // the headline repeated
    if (early && datelineText === null && isDateLine(line)) { datelineText = line; continue; }
    if (early && datelineText === null && outlet === null) {
      const d = parseLeadDateline(line);
      if (d) {
        datelineText = d.dateText;
        outlet = d.outlet;
        republishedBy = d.republishedBy;
        const rest = line.slice(d.consumed).trim();
        if (rest) paragraphs.push(rest);
        continue;
      }
    }
    paragraphs.push(line);
  }
  const body = paragraphs.join('\n\n');
  return {
    title,
    datelineText,
    outlet,
    republishedBy,
    body,
    paragraphCount: paragraphs.length,
    wordCount: countWords(body),
  };
}

/** Counts words: runs of letters or digits (punctuation and dashes alone are not words). */
export function countWords(body: string): number {
  return (body.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}\u0640'’-]*/gu) ?? []).length;
}
