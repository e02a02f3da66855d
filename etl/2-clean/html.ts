/** True when the text is an HTML page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4000).toLowerCase();
  return /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head) || (head.match(/<\/?(p|div|span|br|a)\b[^>]*>/g) ?? []).length >= 5;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', hellip: '…', ndash: '–', mdash: '—', zwnj: '\u200C', zwj: '\u200D', rlm: '\u200F', lrm: '\u200E' };

/** Decodes the HTML character references found in scraped text. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * Turns an HTML page into plain lines: drops scripts, styles, navigation, headers, footers,
 * asides and forms; block elements become line breaks; the headline (h1, else <title>) comes first.
 */
export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, ' ');
  s = s.replace(/<(script|style|noscript|nav|header|footer|aside|form|svg|iframe|template|select|button)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(s);
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(s);
  const headline = decodeEntities((h1?.[1] ?? title?.[1] ?? '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
  s = s.replace(/<head\b[\s\S]*?<\/head\s*>/i, ' ');
  if (h1) s = s.replace(h1[0], ' ');
  s = s.replace(/<(br|hr)\b[^>]*>/gi, '\n');
  s = s.replace(/<\/?(p|div|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|figure|figcaption|main)\b[^>]*>/gi, '\n\n');
  s = s.replace(/<[^>]+>/g, '');
  s = decodeEntities(s);
  const lines = s.split('\n').map((l) => l.replace(/[ \t\f\v\u00A0]+/g, ' ').trim());
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return headline ? `${headline}\n\n${text}` : text;
}
