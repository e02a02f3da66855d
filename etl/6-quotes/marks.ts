/** A matched pair of quotation marks; `open`/`close` are the UTF-16 indices of the marks. */
export interface QuotePair {
  open: number;
  close: number;
}

/** All quotation marks of a body: matched pairs, closers with no opener, openers never closed. */
export interface QuoteMarks {
  pairs: QuotePair[];
  orphanClosers: number[];
  unclosed: number[];
}

const MARKS = '"“”«»„';
// Characters after which a mark opens a quotation rather than closing one.
const BEFORE_OPEN = /[\s(\[:،,؛;\-–—]/;
// Characters before which a mark closes a quotation.
const AFTER_CLOSE = /[\s.,،:;؛!?؟)\]\-–—]/;

/** Decides whether the mark at i opens or closes, from its spacing, then from its shape. */
function direction(body: string, i: number, pending: boolean): 'open' | 'close' {
  const ch = body[i];
  if (ch === '«' || ch === '„') return 'open';
  if (ch === '»') return 'close';
  const prev = i > 0 ? body[i - 1] : ' ';
  const next = i + 1 < body.length ? body[i + 1] : ' ';
  const prevOpen = BEFORE_OPEN.test(prev) || MARKS.includes(prev);
  const nextClose = AFTER_CLOSE.test(next) || MARKS.includes(next);
  if (prevOpen && !nextClose) return 'open';
  if (!prevOpen && nextClose) return 'close';
  // Ambiguous spacing (لـ"سبوتنيك" or a lone mark between spaces): a straight mark toggles,
  // a curly one keeps its usual role in Arabic typesetting.
  if (ch === '"') return pending ? 'close' : 'open';
  return ch === '”' ? 'close' : (pending ? 'close' : 'open');
}

/**
 * Pairs the quotation marks of a body with a stack, so a quote inside a quote nests and a
 * closer with no opener (a broken quote) is reported instead of stealing a later opener.
 */
export function pairQuoteMarks(body: string): QuoteMarks {
  const stack: number[] = [];
  const pairs: QuotePair[] = [];
  const orphanClosers: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (!MARKS.includes(body[i])) continue;
    if (direction(body, i, stack.length > 0) === 'open') stack.push(i);
    else if (stack.length) pairs.push({ open: stack.pop()!, close: i });
    else orphanClosers.push(i);
  }
  pairs.sort((a, b) => a.open - b.open);
  return { pairs, orphanClosers, unclosed: stack };
}

/** True when the character is a quotation mark. */
export function isQuoteMark(ch: string): boolean {
  return MARKS.includes(ch);
}
