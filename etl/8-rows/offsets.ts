/**
 * Converts UTF-16 indices (what JavaScript strings use) into code-point offsets (what the
 * tables promise, so that Python's body[a:b] and DuckDB's substring give the span back).
 */
export function codePointIndexer(body: string): (utf16Index: number) => number {
  if (!/[\uD800-\uDFFF]/.test(body)) return (i) => i; // no astral characters: the two agree
  const prefix = new Int32Array(body.length + 1);
  let cp = 0;
  for (let i = 0; i < body.length; i++) {
    prefix[i] = cp;
    const c = body.charCodeAt(i);
    // The low half of a surrogate pair belongs to the same code point as its high half.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && body.charCodeAt(i - 1) >= 0xd800 && body.charCodeAt(i - 1) <= 0xdbff)) cp++;
    else prefix[i] = cp - 1;
  }
  prefix[body.length] = cp;
  return (i) => prefix[i];
}
