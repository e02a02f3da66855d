/** A sentence of the body, with its UTF-16 span and the paragraph it belongs to. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

/** A paragraph of the body with its UTF-16 span. */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
  index: number;
}

/** Splits a body into paragraphs at blank-line (or single newline) boundaries. */
export function splitParagraphs(body: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) continue;
    out.push({ start: m.index + lead, end: m.index + lead + text.length, text, index: out.length });
  }
  return out;
}

// A sentence ends at . ! ? ؟ (possibly repeated) followed by space/end, but not inside quotes
// and not after a single-letter abbreviation or a digit (2.5, ت.غ).
const QUOTE_OPEN = '"“«„';
const QUOTE_CLOSE = '"”»“';

/**
 * Splits a body into sentences without breaking inside a quotation.
 * Offsets are UTF-16 indices into `body`.
 */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  for (const p of splitParagraphs(body)) {
    let sentStart = p.start;
    let depth = 0;
    for (let i = p.start; i < p.end; i++) {
      const ch = body[i];
      if (ch === '"') {
        depth = depth > 0 ? depth - 1 : depth + 1;
        continue;
      }
      if (QUOTE_OPEN.includes(ch) && !QUOTE_CLOSE.includes(ch)) { depth++; continue; }
      if (QUOTE_CLOSE.includes(ch) && !QUOTE_OPEN.includes(ch)) { depth = Math.max(0, depth - 1); continue; }
      if (depth > 0) continue;
      if (ch === '.' || ch === '!' || ch === '?' || ch === '؟') {
        const prev = body[i - 1] ?? '';
        const next = body[i + 1] ?? ' ';
        if (ch === '.' && /[0-9٠-٩]/.test(prev) && /[0-9٠-٩]/.test(next)) continue;
        if (ch === '.' && /\S/.test(next) && next !== '.' ) continue;
        // د. موسى، م. خالد: a one-letter word before the point is an abbreviation
        if (ch === '.' && /\p{L}/u.test(prev) && !/\p{L}/u.test(body[i - 2] ?? ' ')) continue;
        let j = i + 1;
        while (j < p.end && /[.!?؟"”»]/.test(body[j])) j++;
        pushSentence(out, body, sentStart, j, p.index);
        sentStart = j;
        i = j - 1;
      }
    }
    pushSentence(out, body, sentStart, p.end, p.index);
  }
  return out;
}

function pushSentence(out: Sentence[], body: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  if (end > start) out.push({ start, end, text: body.slice(start, end), paragraph });
}
